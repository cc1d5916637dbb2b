import { relative } from 'node:path';
import { categoryAncestors, categoryLabel, coversCategory, getCategory } from '../catalog/taxonomy.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { CcpaRow, Claim, CollectEntry, Manifest } from '../manifest/model.js';
import type { Finding, FindingType, Severity } from './finding.js';
import { formatMessage, ruleMessages } from './messages.js';

export const manifestConsistencyMessages = ruleMessages['manifest-consistency'];

export type ManifestConsistencyMessageId = keyof typeof manifestConsistencyMessages;

const ruleId = 'candor/manifest-consistency';

/** CCPA rows of `regional.ccpa` and their category letters (Cal. Civ. Code §1798.140(v)(1), §1798.140(ae)). */
const ccpaLetters: Readonly<Record<CcpaRow, string>> = {
  identifiers: 'A',
  customer_records: 'B',
  protected_classifications: 'C',
  commercial: 'D',
  biometric: 'E',
  internet_activity: 'F',
  geolocation: 'G',
  sensory: 'H',
  professional: 'I',
  education: 'J',
  inferences: 'K',
  sensitive: 'L',
};

/**
 * Purposes that imply a CCPA row without a category saying so: a purchase is commercial information (D),
 * ad targeting builds an inferred profile (K). Weaker than a category, so reported as `info`.
 */
const purposeRows: readonly { purpose: string; row: CcpaRow }[] = [
  { purpose: 'essential.service.payment_processing', row: 'commercial' },
  { purpose: 'marketing.advertising', row: 'inferences' },
];

/** Categories that capture typing before submission: at odds with a `user_entered_only` claim. */
const typingCaptureCategories: readonly string[] = ['user.behavior.keystrokes', 'user.behavior.session_recording'];

/** Where a finding about a manifest entry points, and what it says. */
export interface ManifestFindingInput {
  type: FindingType;
  ruleId: string;
  messageId: string;
  template: string;
  data: Record<string, string>;
  severity: Severity;
  loaded: LoadedManifest;
  /** Scan root; the finding's `file` is the manifest path relative to it. */
  root: string;
  /** YAML path of the entry (`['regional', 'ccpa', 'categories', 'geolocation']`). */
  path: readonly (string | number)[];
  /** The same path as reports show it (`regional.ccpa.categories.geolocation`, `collect[automatic]`). */
  manifestPath: string;
  quote?: string;
  vendor?: string;
  category?: string;
  claim?: string;
}

/** A finding about the manifest itself: `file`, line and column are the manifest entry's. */
export function manifestFinding(input: ManifestFindingInput): Finding {
  const position = input.loaded.locate(input.path);
  const finding: Finding = {
    type: input.type,
    ruleId: input.ruleId,
    messageId: input.messageId,
    data: input.data,
    severity: input.severity,
    message: formatMessage(input.template, input.data),
    file: relative(input.root, input.loaded.path).split('\\').join('/'),
    line: position.line,
    column: position.column,
    endLine: position.line,
    endColumn: position.column,
    manifestPath: input.manifestPath,
    manifestLine: position.line,
    manifestColumn: position.column,
    // Fingerprints are filled centrally from the finding's identity.
    fingerprint: '',
  };
  if (input.quote !== undefined) finding.quote = input.quote;
  if (input.vendor !== undefined) finding.vendor = input.vendor;
  if (input.category !== undefined) finding.category = input.category;
  if (input.claim !== undefined) finding.claim = input.claim;
  return finding;
}

/**
 * Where the manifest contradicts itself, before any code is read: a published CCPA table that says
 * "not collected" for a row its own `collect` entries fill, a claim that denies what `collect` declares,
 * a `user_entered_only` claim next to keystroke or session recording, a `not_sold` claim next to a
 * recipient the data is sold to.
 */
export function checkManifestConsistency(loaded: LoadedManifest, root: string): Finding[] {
  const findings: Finding[] = [];
  const base = { loaded, root, type: 'manifest-inconsistency' as const, ruleId };
  const report = (messageId: ManifestConsistencyMessageId, severity: Severity, data: Record<string, string>, rest: Pick<ManifestFindingInput, 'path' | 'manifestPath'> & Partial<ManifestFindingInput>): void => {
    findings.push(manifestFinding({ ...base, ...rest, messageId, template: manifestConsistencyMessages[messageId], data, severity }));
  };
  const { manifest } = loaded;

  for (const [row, stance] of Object.entries(manifest.regional.ccpa?.categories ?? {}) as [CcpaRow, string][]) {
    if (stance !== 'not_collected') continue;
    const letter = ccpaLetters[row];
    const path = ['regional', 'ccpa', 'categories', row];
    const manifestPath = `regional.ccpa.categories.${row}`;
    for (const entry of identifiableEntries(manifest)) {
      const category = entry.categories.find((item) => ccpaLettersOf(item.key).includes(letter))?.key;
      if (category !== undefined) {
        const data = { row, letter, entry: entry.id, category, label: categoryLabel(category) };
        report('ccpaRowContradicted', 'warning', data, withQuote({ path, manifestPath, category }, entry.quote));
        continue;
      }
      const purpose = entry.purposes.find((key) => purposeRows.some((rule) => rule.row === row && coversPurpose(rule.purpose, key)));
      if (purpose !== undefined) report('ccpaRowByPurpose', 'info', { row, letter, entry: entry.id, purpose }, withQuote({ path, manifestPath }, entry.quote));
    }
  }

  manifest.claims.forEach((claim, index) => {
    const path = ['claims', index];
    const manifestPath = `claims[${claim.id}]`;
    for (const entry of manifest.collect) {
      if (!overlaps(claim.surfaces, entry.surfaces)) continue;
      let typingReported = false;
      for (const item of entry.categories) {
        const denied = claim.categories.find((category) => category !== 'user' && coversCategory(category, item.key));
        if (claim.type === 'not_collected' && denied !== undefined) {
          const data = { claim: claim.id, denied, entry: entry.id, category: item.key, label: categoryLabel(item.key) };
          report('claimDeniesCollect', 'warning', data, withQuote({ path, manifestPath, category: item.key, claim: claim.id }, claim.quote));
        } else if (claim.type === 'not_stored' && denied !== undefined && entry.stored_by === 'first_party') {
          const data = { claim: claim.id, denied, entry: entry.id, category: item.key };
          report('claimDeniesStorage', 'warning', data, withQuote({ path, manifestPath, category: item.key, claim: claim.id }, claim.quote));
        } else if (claim.type === 'user_entered_only' && !typingReported && typingCaptureCategories.some((key) => coversCategory(key, item.key))) {
          // One finding per entry: keystrokes and session recording in one entry are one contradiction.
          typingReported = true;
          const data = { claim: claim.id, entry: entry.id, category: item.key, label: categoryLabel(item.key) };
          report('userEnteredOnlyCaptured', 'warning', data, withQuote({ path, manifestPath, category: item.key, claim: claim.id }, claim.quote));
        }
      }
    }
    if (claim.type === 'not_sold') reportSold(claim, path, manifestPath);
  });

  function reportSold(claim: Claim, path: (string | number)[], manifestPath: string): void {
    for (const recipient of manifest.recipients) {
      if (recipient.disclosure !== 'sale') continue;
      const denied = claim.categories.find((category) => recipient.receives.some((key) => coversCategory(category, key) || coversCategory(key, category)));
      if (denied === undefined) continue;
      const data = { claim: claim.id, denied, recipient: recipient.id };
      report('notSoldButSold', 'warning', data, withQuote({ path, manifestPath, claim: claim.id }, claim.quote));
    }
  }

  return findings;
}

function withQuote<T extends object>(input: T, quote: string | undefined): T & { quote?: string } {
  return quote === undefined ? input : { ...input, quote };
}

/** Collect entries about identifiable people: the CCPA does not cover de-identified or aggregate data. */
function identifiableEntries(manifest: Manifest): CollectEntry[] {
  return manifest.collect.filter((entry) => entry.identifiability !== 'aggregated' && entry.identifiability !== 'anonymous');
}

/**
 * CCPA letters of a category: its own, else its nearest ancestor's. The root `user` ("anything") has none,
 * so a vague `[user]` entry never contradicts a table row.
 */
function ccpaLettersOf(key: string): readonly string[] {
  const own = getCategory(key)?.ccpa;
  if (own !== undefined) return own;
  for (const ancestor of categoryAncestors(key)) {
    const inherited = getCategory(ancestor)?.ccpa;
    if (inherited !== undefined) return inherited;
  }
  return [];
}

function coversPurpose(declared: string, key: string): boolean {
  return key === declared || key.startsWith(`${declared}.`);
}

/** Two scopes overlap when either is everything (empty) or they share a surface. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((surface) => b.includes(surface));
}
