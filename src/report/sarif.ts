import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../check/finding.js';
import { repositoryUrl, ruleDocsUrl } from '../rule-docs.js';
import type { Report } from './model.js';
import { findingTypeTitles, getAcceptance, sortFindings } from './present.js';

/** What a format needs to know about a rule beyond its findings; built from the rules' `meta`. */
export interface SarifRuleMeta {
  /** One sentence: the rule's `meta.docs.description`. */
  description: string;
  /** The rule's default severity; without it, the most severe of its findings in this report. */
  severity?: Severity;
}

export interface SarifOptions {
  /** Keyed by full rule id (`candor/declared-recipients`). */
  ruleMeta?: Readonly<Record<string, SarifRuleMeta>>;
}

type SarifLevel = 'error' | 'warning' | 'note';

const levels: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };
const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

// GitHub code scanning resolves `%SRCROOT%` to the checkout; `originalUriBaseIds` is ignored there.
const srcRoot = '%SRCROOT%';

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region?: SarifRegion;
  };
  message?: { text: string };
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification?: string }[];
  properties: Record<string, string>;
}

/**
 * The report as SARIF 2.1.0 for code-scanning tools: one run, one rule per rule id used, results in report
 * order with relative, segment-encoded URIs. A manifest-level finding points at its line in the manifest.
 */
export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const findings = sortFindings(report.findings);
  const rules = buildRules(findings, report.tool.version, options.ruleMeta ?? {});
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: SarifResult[] = [];
  for (const finding of findings) results.push(buildResult(finding, report, ruleIndex.get(finding.ruleId) ?? 0));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: repositoryUrl,
            rules,
          },
        },
        // Columns come from JavaScript strings and the TypeScript compiler: UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function buildRules(findings: readonly Finding[], version: string, ruleMeta: Readonly<Record<string, SarifRuleMeta>>): SarifRule[] {
  const firstByRule = new Map<string, Finding>();
  const worst = new Map<string, Severity>();
  for (const finding of findings) {
    if (!firstByRule.has(finding.ruleId)) firstByRule.set(finding.ruleId, finding);
    const current = worst.get(finding.ruleId);
    if (current === undefined || severityRank[finding.severity] < severityRank[current]) worst.set(finding.ruleId, finding.severity);
  }
  const rules: SarifRule[] = [];
  for (const [id, finding] of firstByRule) {
    const meta = Object.hasOwn(ruleMeta, id) ? ruleMeta[id] : undefined;
    const name = id.startsWith('candor/') ? id.slice('candor/'.length) : id;
    rules.push({
      id,
      name,
      shortDescription: { text: meta?.description ?? `${findingTypeTitles[finding.type]}.` },
      helpUri: ruleDocsUrl(id, version),
      defaultConfiguration: { level: levels[meta?.severity ?? worst.get(id) ?? 'warning'] },
      properties: { tags: ['privacy', finding.type] },
    });
  }
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function buildResult(finding: Finding, report: Report, ruleIndex: number): SarifResult {
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levels[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: toArtifactLocation(finding.file), region: toRegion(finding) } }],
    partialFingerprints: { 'candor/v1': finding.fingerprint },
    properties: buildProperties(finding),
  };
  const manifestLocation = getManifestLocation(finding, report.manifest);
  if (manifestLocation !== undefined) result.relatedLocations = [manifestLocation];
  const acceptance = getAcceptance(finding);
  if (acceptance !== undefined) {
    const by = acceptance.author === undefined ? '' : ` by ${acceptance.author}`;
    const until = acceptance.expires === undefined ? '' : ` until ${acceptance.expires}`;
    const justification = [acceptance.reason, by + until === '' ? undefined : `Accepted${by}${until}.`].filter((part) => part !== undefined).join(' ');
    result.suppressions = [{ kind: 'external', status: 'accepted', ...(justification === '' ? {} : { justification }) }];
  }
  return result;
}

function buildProperties(finding: Finding): Record<string, string> {
  const properties: Record<string, string> = { type: finding.type };
  if (finding.vendor !== undefined) properties.vendor = finding.vendor;
  if (finding.category !== undefined) properties.category = finding.category;
  if (finding.key !== undefined) properties.key = finding.key;
  if (finding.claim !== undefined) properties.claim = finding.claim;
  if (finding.manifestPath !== undefined) properties.manifestPath = finding.manifestPath;
  return properties;
}

/** For a finding in code, the manifest entry it is about, so a reviewer can jump to both. */
function getManifestLocation(finding: Finding, manifest: string | null): SarifLocation | undefined {
  if (manifest === null || finding.manifestLine === undefined || finding.file === manifest) return undefined;
  const region: SarifRegion = { startLine: finding.manifestLine };
  if (finding.manifestColumn !== undefined && finding.manifestColumn >= 1) region.startColumn = finding.manifestColumn;
  return {
    physicalLocation: { artifactLocation: toArtifactLocation(manifest), region },
    message: { text: `Manifest entry \`${finding.manifestPath ?? 'privacy.yaml'}\`` },
  };
}

function toRegion(finding: Finding): SarifRegion | undefined {
  if (!(finding.line >= 1)) return undefined;
  const region: SarifRegion = { startLine: finding.line };
  if (finding.column >= 1) region.startColumn = finding.column;
  // SARIF's endColumn is exclusive like Candor's; a range that ends before it starts is dropped, not sent.
  if (finding.endLine >= finding.line) {
    region.endLine = finding.endLine;
    if (finding.endColumn >= 1 && (finding.endLine > finding.line || finding.endColumn > finding.column)) region.endColumn = finding.endColumn;
  }
  return region;
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

/** Relative POSIX paths become `%SRCROOT%`-based URIs with each segment encoded; absolute paths become `file:` URIs. */
export function toArtifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const posix = path.replaceAll('\\', '/');
  if (isAbsolutePath(path)) return { uri: pathToFileURL(path).href };
  const segments = posix.split('/').filter((segment) => segment !== '' && segment !== '.');
  return { uri: segments.map((segment) => encodeURIComponent(segment)).join('/'), uriBaseId: srcRoot };
}
