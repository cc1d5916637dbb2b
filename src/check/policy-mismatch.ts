import { categoryLabel, coversCategory } from '../catalog/taxonomy.js';
import type { VendorEntry } from '../catalog/types.js';
import { vendors as catalogVendors } from '../catalog/vendors/index.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/model.js';
import type { NotCollectedClaim, PolicyClaim } from '../policy/claims.js';
import type { PolicyReading } from '../policy/read-policy.js';
import type { Finding, Severity } from './finding.js';
import { ruleMessages } from './messages.js';
import { manifestFinding } from './manifest-consistency.js';
import type { ManifestFindingInput } from './manifest-consistency.js';

export const policyMismatchMessages = ruleMessages['policy-mismatch'];

export type PolicyMismatchMessageId = keyof typeof policyMismatchMessages;

const ruleId = 'candor/policy-mismatch';

export interface PolicyMismatchInput {
  loaded: LoadedManifest;
  reading: PolicyReading;
  /** Scan root; findings' `file` is the manifest path relative to it. */
  root: string;
  /** The policy text's path as messages show it; defaults to `reading.file`. */
  policyFile?: string;
  /** The policy text itself: a manifest entry whose `quote` stands in it is described by it, whatever the reader made of the wording. */
  policyText?: string;
  /** Vendor catalog (default: Candor's), for vendors related to a declared one (Logmatic.io → Datadog). */
  vendors?: readonly VendorEntry[];
}

/** Denial types the manifest can carry as claims, and whose absence there loses a code check. */
const checkedDenials: ReadonlySet<NotCollectedClaim['type']> = new Set([
  'not_collected',
  'not_stored',
  'not_sold',
  'no_third_party_cookies',
  'no_cross_site_tracking',
  'no_global_identifier',
  'no_advertising',
  'no_third_party_advertising',
  'no_targeted_advertising',
  'no_personal_data_in_storage',
  'user_entered_only',
]);

/**
 * Where the published policy text and the manifest disagree: a vendor or collected category in one and
 * not the other, a category the text denies while the manifest declares it, a promise the text makes
 * that the manifest does not record as a claim, and Do Not Track or CCPA table answers that differ.
 * Findings point at the manifest entry and quote the policy sentence.
 */
export function checkPolicyMismatch(input: PolicyMismatchInput): Finding[] {
  const { loaded, reading } = input;
  const { manifest } = loaded;
  const policy = input.policyFile ?? reading.file ?? 'policy';
  // A partial text (headings only) cannot be expected to name everything: its silences are info only.
  const silence: Severity = reading.partial ? 'info' : 'warning';
  const findings: Finding[] = [];
  const report = (
    messageId: PolicyMismatchMessageId,
    severity: Severity,
    data: Record<string, string>,
    rest: Pick<ManifestFindingInput, 'path' | 'manifestPath'> & Partial<ManifestFindingInput>,
  ): void => {
    findings.push(
      manifestFinding({ loaded, root: input.root, type: 'policy-mismatch', ruleId, ...rest, messageId, template: policyMismatchMessages[messageId], data, severity }),
    );
  };
  const claims = reading.claims;
  const related = relatedVendors(input.vendors ?? catalogVendors);
  const own = new Set(manifest.controller.vendor_ids);

  const named = new Set<string>();
  for (const claim of claims) {
    if (claim.kind !== 'vendor' || claim.denied) continue;
    named.add(claim.vendor);
    if (claim.self || own.has(claim.vendor) || declaresVendor(manifest, claim.vendor, related)) continue;
    report('vendorNotDeclared', 'warning', { name: claim.name, vendor: claim.vendor }, { path: ['recipients'], manifestPath: 'recipients', quote: claim.quote, vendor: claim.vendor });
  }
  manifest.recipients.forEach((recipient, index) => {
    const vendor = recipient.vendor;
    if (vendor === undefined || named.has(vendor) || [...named].some((name) => related.get(name)?.has(vendor) === true)) return;
    report('vendorNotNamed', silence, { recipient: recipient.id, vendor, policy }, { path: ['recipients', index], manifestPath: `recipients[${recipient.id}]`, vendor });
  });

  const collected = claims.filter((claim) => claim.kind === 'collected');
  // A category the text mentions as held by a processor, never sold or never shared is still described;
  // one it denies outright is reported as `deniedButDeclared` instead.
  const described = [...collected.map((claim) => claim.category), ...claims.flatMap((claim) => (claim.kind === 'not-collected' ? claim.categories : []))];
  const declared = manifest.collect.flatMap((entry) => entry.categories.map((item) => ({ entry, key: item.key })));
  for (const claim of collected) {
    if (declared.some((item) => sameBranch(item.key, claim.category))) continue;
    report('categoryNotDeclared', 'warning', { category: claim.category, label: categoryLabel(claim.category) }, { path: ['collect'], manifestPath: 'collect', quote: claim.quote, category: claim.category });
  }
  const quoted = quotedIn(input.policyText);
  manifest.collect.forEach((entry, entryIndex) => {
    if (quoted(entry.quote)) return;
    entry.categories.forEach((item, itemIndex) => {
      // `user` ("anything about you") cannot be matched against wording; nothing to compare.
      if (item.key === 'user' || described.some((category) => category !== 'user' && sameBranch(item.key, category))) return;
      const data = { entry: entry.id, category: item.key, label: categoryLabel(item.key), policy };
      // Info only: a manifest may rightly be more precise than the prose, and the reader may miss a phrasing.
      report('categoryNotInText', 'info', data, { path: ['collect', entryIndex, 'categories', itemIndex], manifestPath: `collect[${entry.id}].categories[${itemIndex}]`, category: item.key });
    });
  });

  for (const claim of claims) {
    if (claim.kind !== 'not-collected') continue;
    if (claim.type === 'not_collected') reportDenied(claim);
    if (checkedDenials.has(claim.type) && !recordsClaim(manifest, claim)) {
      const about = claim.categories.length === 0 ? '' : ` about ${claim.categories.map((category) => `\`${category}\``).join(', ')}`;
      report('claimMissing', 'warning', { claimType: claim.type, about }, { path: ['claims'], manifestPath: 'claims', quote: claim.quote });
    }
  }

  function reportDenied(claim: NotCollectedClaim): void {
    for (const category of claim.categories) {
      if (category === 'user') continue;
      // Where the manifest records the denial as a claim limited to some surfaces, only collection on those
      // surfaces contradicts it (Mouseflow denies recording passwords on its clients' sites, not its own sign-up).
      const recorded = manifest.claims.filter((recordedClaim) => recordedClaim.type === claim.type && recordedClaim.categories.some((key) => coversCategory(key, category)));
      const scope = recorded.length > 0 && recorded.every((recordedClaim) => recordedClaim.surfaces.length > 0) ? new Set(recorded.flatMap((recordedClaim) => recordedClaim.surfaces)) : undefined;
      manifest.collect.forEach((entry, entryIndex) => {
        if (scope !== undefined && entry.surfaces.length > 0 && !entry.surfaces.some((surface) => scope.has(surface))) return;
        entry.categories.forEach((item, itemIndex) => {
          if (!coversCategory(category, item.key)) return;
          const data = { category, label: categoryLabel(category), entry: entry.id, declared: item.key };
          report('deniedButDeclared', 'error', data, {
            path: ['collect', entryIndex, 'categories', itemIndex],
            manifestPath: `collect[${entry.id}].categories[${itemIndex}]`,
            quote: claim.quote,
            category: item.key,
          });
        });
      });
    }
  }

  for (const claim of claims) {
    if (claim.kind === 'signal') reportSignal(claim);
    if (claim.kind === 'ccpa') reportCcpa(claim);
  }

  function reportSignal(claim: Extract<PolicyClaim, { kind: 'signal' }>): void {
    const stance = manifest.signals[claim.signal];
    if (stance === undefined || stance === claim.status) return;
    const data = { signal: claim.signal === 'do_not_track' ? 'Do Not Track' : 'Global Privacy Control', text: claim.status.replace('_', ' '), field: claim.signal, manifest: stance };
    report('signalMismatch', 'warning', data, { path: ['signals', claim.signal], manifestPath: `signals.${claim.signal}`, quote: claim.quote });
  }

  function reportCcpa(claim: Extract<PolicyClaim, { kind: 'ccpa' }>): void {
    const stance = (manifest.regional.ccpa?.categories as Record<string, string> | undefined)?.[claim.row];
    const text = claim.collected ? 'collected' : 'not_collected';
    if (stance === undefined || stance === text) return;
    const data = { row: claim.row, text: text.replace('_', ' '), manifest: stance };
    report('ccpaMismatch', 'warning', data, { path: ['regional', 'ccpa', 'categories', claim.row], manifestPath: `regional.ccpa.categories.${claim.row}`, quote: claim.quote });
  }

  return findings;
}

/** Either key covers the other: the text's "location information" and the manifest's `user.location.imprecise` agree. */
function sameBranch(a: string, b: string): boolean {
  return coversCategory(a, b) || coversCategory(b, a);
}

/** Vendor id → ids it is related to, both ways (Logmatic.io ↔ Datadog). */
function relatedVendors(vendors: readonly VendorEntry[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const set = map.get(a) ?? new Set<string>();
    set.add(b);
    map.set(a, set);
  };
  for (const vendor of vendors) {
    for (const other of vendor.related ?? []) {
      link(vendor.id, other);
      link(other, vendor.id);
    }
  }
  return map;
}

function declaresVendor(manifest: Manifest, vendor: string, related: Map<string, Set<string>>): boolean {
  return manifest.recipients.some((recipient) => recipient.vendor === vendor || (recipient.vendor !== undefined && related.get(vendor)?.has(recipient.vendor) === true));
}

/** The manifest has a claim of the same type covering each category the text denies. */
/** Whitespace, case and typographic quotes do not matter when finding a manifest `quote` in the policy text. */
function normalizeQuote(text: string): string {
  return text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

function quotedIn(policyText: string | undefined): (quote: string | undefined) => boolean {
  const text = policyText === undefined ? '' : normalizeQuote(policyText);
  return (quote) => quote !== undefined && text !== '' && text.includes(normalizeQuote(quote));
}

function recordsClaim(manifest: Manifest, denial: NotCollectedClaim): boolean {
  const sameType = manifest.claims.filter((claim) => claim.type === denial.type);
  if (denial.categories.length === 0) return sameType.length > 0;
  // A denial about personal data in general is recorded by any claim of its type.
  return denial.categories.every(
    (category) => category === 'user' || sameType.some((claim) => claim.categories.length === 0 || claim.categories.some((key) => coversCategory(key, category))),
  );
}
