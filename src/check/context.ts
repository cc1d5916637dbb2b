import type { VendorEntry } from '../catalog/types.js';
import type { DetectionCatalog } from '../core/detection-catalog.js';
import type { SourceRange } from '../core/facts.js';
import type { Observation } from '../core/observation.js';
import type { LoadedManifest, SourcePosition } from '../manifest/load.js';
import type { Manifest, Recipient } from '../manifest/model.js';
import type { Finding, Severity } from './finding.js';
import type { RuleId } from './messages.js';
import { formatMessage, ruleFindingTypes, ruleMessages } from './messages.js';
import type { ManifestScope } from './scope.js';
import { createScope } from './scope.js';

/** What the cross-check needs besides observations; built once per manifest and shared by every file. */
export interface CheckContext {
  manifest: Manifest;
  /** The manifest's path as reports show it (relative to the scanned root). */
  manifestFile: string;
  locate(path: readonly (string | number)[]): SourcePosition;
  scope: ManifestScope;
  catalog: DetectionCatalog;
  /** A report path (relative to the scanned root) made relative to the manifest's directory, for surface globs. */
  manifestRelative(file: string): string;
  /** The recipient that declares a vendor (directly, or as a related vendor: Logmatic.io → Datadog). */
  recipientForVendor(vendorId: string): Recipient | undefined;
  /** The controller's own services: first party, never recipients. */
  isOwnVendor(vendorId: string): boolean;
}

export function createCheckContext(
  loaded: LoadedManifest,
  catalog: DetectionCatalog,
  manifestFile: string,
  manifestRelative: (file: string) => string,
): CheckContext {
  const { manifest } = loaded;
  const own = new Set(manifest.controller.vendor_ids);
  const byVendor = new Map<string, Recipient>();
  for (const recipient of manifest.recipients) {
    if (recipient.vendor === undefined || byVendor.has(recipient.vendor)) continue;
    byVendor.set(recipient.vendor, recipient);
  }
  const related = (vendor: VendorEntry | undefined): readonly string[] => vendor?.related ?? [];
  return {
    manifest,
    manifestFile,
    locate: (path) => loaded.locate(path),
    scope: createScope(manifest),
    catalog,
    manifestRelative,
    recipientForVendor(vendorId) {
      const direct = byVendor.get(vendorId);
      if (direct !== undefined) return direct;
      for (const relative of related(catalog.vendorById.get(vendorId))) {
        const recipient = byVendor.get(relative);
        if (recipient !== undefined) return recipient;
      }
      for (const [declared, recipient] of byVendor) {
        if (related(catalog.vendorById.get(declared)).includes(vendorId)) return recipient;
      }
      return undefined;
    },
    isOwnVendor: (vendorId) => own.has(vendorId),
  };
}

export interface FindingInput<R extends RuleId> {
  ruleId: R;
  messageId: keyof (typeof ruleMessages)[R] & string;
  data: Record<string, string>;
  range: SourceRange;
  file: string;
  severity?: Severity;
  observation?: Observation;
  manifestPath?: readonly (string | number)[];
  claim?: string;
  vendor?: string;
  category?: string;
  key?: string;
  evidence?: string;
  quote?: string;
}

/** Renders a finding from its rule's message template. The fingerprint is filled in later, over all findings. */
export function makeFinding<R extends RuleId>(context: CheckContext, input: FindingInput<R>): Finding {
  const messages: Readonly<Record<string, string>> = ruleMessages[input.ruleId];
  const template = messages[input.messageId] ?? '';
  const { type, severity } = ruleFindingTypes[input.ruleId];
  const finding: Finding = {
    type,
    ruleId: `candor/${input.ruleId}`,
    messageId: input.messageId,
    data: input.data,
    severity: input.severity ?? severity,
    message: formatMessage(template, input.data),
    file: input.file,
    line: input.range.line,
    column: input.range.column,
    endLine: input.range.endLine,
    endColumn: input.range.endColumn,
    fingerprint: '',
  };
  const vendor = input.vendor ?? input.observation?.vendor;
  const category = input.category ?? input.observation?.category;
  const key = input.key ?? input.observation?.key;
  const evidence = input.evidence ?? input.observation?.evidence;
  if (vendor !== undefined) finding.vendor = vendor;
  if (category !== undefined) finding.category = category;
  if (key !== undefined) finding.key = key;
  if (input.claim !== undefined) finding.claim = input.claim;
  if (evidence !== undefined) finding.evidence = evidence;
  if (input.quote !== undefined) finding.quote = input.quote;
  if (input.manifestPath !== undefined) {
    finding.manifestPath = formatManifestPath(context.manifest, input.manifestPath);
    const position = context.locate(input.manifestPath);
    finding.manifestLine = position.line;
    finding.manifestColumn = position.column;
  }
  return finding;
}

/** `['claims', 3]` → `claims[no-passwords]` (entries with ids are named by id, which survives reordering). */
export function formatManifestPath(manifest: Manifest, path: readonly (string | number)[]): string {
  let text = '';
  let node: unknown = manifest;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const entry: unknown = Array.isArray(node) ? node.find((item: unknown) => isIndexed(item) && item.index === segment) ?? node[segment] : undefined;
      const id = isIndexed(entry) && 'id' in entry && typeof entry.id === 'string' ? entry.id : isIndexed(entry) && 'name' in entry && typeof entry.name === 'string' ? entry.name : String(segment);
      text += `[${id}]`;
      node = entry;
    } else {
      text += text === '' ? segment : `.${segment}`;
      node = typeof node === 'object' && node !== null && segment in node ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return text;
}

function isIndexed(value: unknown): value is { index: number } & Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'index' in value && typeof value.index === 'number';
}
