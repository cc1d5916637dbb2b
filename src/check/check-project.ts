import { coversCategory } from '../catalog/taxonomy.js';
import type { FileAnalysis, Observation } from '../core/observation.js';
import { observableChannels } from '../manifest/model.js';
import type { CheckContext } from './context.js';
import { makeFinding } from './context.js';
import type { Finding } from './finding.js';
import { inScope } from './scope.js';
import { matchesItemName } from './storage.js';

const signalNames = { do_not_track: 'Do Not Track', global_privacy_control: 'Global Privacy Control' } as const;

/** Observation kinds that back a `collect` declaration. */
const backingKinds = new Set(['form-field', 'browser-api', 'payment', 'flow']);

/**
 * Checks that need the whole project: declarations nothing in the code backs (the policy says more
 * than the code does) and signals said to be honoured that no code reads. Findings point at the
 * manifest line of the declaration.
 */
export function checkProject(analyses: readonly FileAnalysis[], context: CheckContext): Finding[] {
  const observations: { observation: Observation; surfaces: ReadonlySet<string> }[] = [];
  for (const analysis of analyses) {
    const relative = context.manifestRelative(analysis.file);
    if (context.scope.isExcluded(relative)) continue;
    const surfaces = context.scope.surfacesOf(relative);
    for (const observation of analysis.observations) observations.push({ observation, surfaces });
  }
  const findings: Finding[] = [];
  const atManifest = (path: readonly (string | number)[]) => {
    const position = context.locate(path);
    return { line: position.line, column: position.column, endLine: position.line, endColumn: position.column };
  };
  const { manifest } = context;

  const usedVendors = new Set(observations.map(({ observation }) => observation.vendor).filter((vendor) => vendor !== undefined));
  for (const recipient of manifest.recipients) {
    if (recipient.vendor === undefined) continue;
    const vendor = context.catalog.vendorById.get(recipient.vendor);
    // A vendor with no code signature (a hosting company) cannot be seen in code: nothing to report.
    if (vendor === undefined || ((vendor.packages ?? []).length === 0 && (vendor.hosts ?? []).length === 0 && (vendor.globals ?? []).length === 0)) continue;
    const related = new Set([recipient.vendor, ...(vendor.related ?? []), ...context.catalog.vendors.filter((other) => other.related?.includes(recipient.vendor ?? '') === true).map((other) => other.id)]);
    if ([...related].some((id) => usedVendors.has(id))) continue;
    const path = ['recipients', recipient.index];
    findings.push(
      makeFinding(context, {
        ruleId: 'no-unused-declaration',
        messageId: 'unusedRecipient',
        data: { recipient: recipient.id, vendor: recipient.vendor },
        range: atManifest(path),
        file: context.manifestFile,
        vendor: recipient.vendor,
        manifestPath: path,
      }),
    );
  }

  for (const entry of manifest.collect) {
    if (entry.channel === undefined || !observableChannels.includes(entry.channel) || entry.channel === 'import') continue;
    const backed = observations.some(
      ({ observation, surfaces }) =>
        backingKinds.has(observation.kind) &&
        observation.category !== undefined &&
        inScope(entry.surfaces, surfaces) &&
        entry.categories.some(({ key }) => coversCategory(key, observation.category ?? '') || coversCategory(observation.category ?? '', key)),
    );
    if (backed) continue;
    const path = ['collect', entry.index];
    findings.push(
      makeFinding(context, {
        ruleId: 'no-unused-declaration',
        messageId: 'unusedCollect',
        data: { entry: entry.id, categories: entry.categories.map(({ key }) => `\`${key}\``).join(', '), channel: entry.channel },
        range: atManifest(path),
        file: context.manifestFile,
        manifestPath: path,
      }),
    );
  }

  for (const item of manifest.device_storage.items) {
    const used = observations.some(
      ({ observation, surfaces }) =>
        (observation.kind === 'cookie' || observation.kind === 'storage') &&
        observation.storageType === item.type &&
        observation.key !== undefined &&
        inScope(item.surfaces, surfaces) &&
        matchesItemName(item, observation.key),
    );
    if (used) continue;
    const path = ['device_storage', 'items', item.index];
    findings.push(
      makeFinding(context, {
        ruleId: 'no-unused-declaration',
        messageId: 'unusedStorage',
        data: { key: item.name },
        range: atManifest(path),
        file: context.manifestFile,
        key: item.name,
        manifestPath: path,
      }),
    );
  }

  for (const field of ['do_not_track', 'global_privacy_control'] as const) {
    if (manifest.signals[field] !== 'honored') continue;
    if (observations.some(({ observation }) => observation.signal === field)) continue;
    const path = ['signals', field];
    findings.push(
      makeFinding(context, {
        ruleId: 'no-violated-claim',
        messageId: 'signalNotRead',
        // A signal mismatch is a warning (manifest-model §2.4 "Finding families").
        severity: 'warning',
        data: { field, signal: signalNames[field] },
        range: atManifest(path),
        file: context.manifestFile,
        manifestPath: path,
      }),
    );
  }
  return findings;
}
