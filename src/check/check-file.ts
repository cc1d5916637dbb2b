import { categoryLabel, coversCategory, isSensitiveCategory } from '../catalog/taxonomy.js';
import type { FileAnalysis, Observation } from '../core/observation.js';
import type { Claim, CollectEntry, Precision } from '../manifest/model.js';
import type { CheckContext } from './context.js';
import { makeFinding } from './context.js';
import type { Finding } from './finding.js';
import { inScope } from './scope.js';
import { checkStorage, isThirdPartyCookie, storageLabel } from './storage.js';

/** Finest first; a finding earlier in this list than its declaration exceeds the declared precision. */
const precisionOrder: readonly Precision[] = ['precise', 'approximate', 'postal_code', 'city', 'region', 'country'];

/** Observation kinds that are collection by the controller (flows are checked against recipients instead). */
const collectingKinds = new Set(['form-field', 'browser-api', 'payment']);

const signalFields = { do_not_track: 'Do Not Track', global_privacy_control: 'Global Privacy Control' } as const;

/**
 * The per-file cross-check: every observation of one file against the manifest. Both engines call
 * this; project-level checks (unused declarations, policy text) live in `check-project.ts`.
 */
export function checkFile(analysis: FileAnalysis, context: CheckContext): Finding[] {
  const relative = context.manifestRelative(analysis.file);
  if (context.scope.isExcluded(relative)) return [];
  const surfaces = context.scope.surfacesOf(relative);
  // A claim limited to some `collect` entries (`applies_to`) is about where a value came from, which
  // code cannot tell apart (an email from the order form or the newsletter): people attest those.
  const claims = context.manifest.claims.filter((claim) => inScope(claim.surfaces, surfaces) && claim.applies_to.length === 0);
  const findings: Finding[] = [];
  for (const observation of analysis.observations) {
    if (observation.vendor !== undefined && context.isOwnVendor(observation.vendor)) continue;
    const violated = checkClaims(observation, claims, surfaces, context, findings);
    if (collectingKinds.has(observation.kind) && observation.category !== undefined && observation.signal === undefined && !violated) {
      checkCollection(observation, observation.category, surfaces, context, findings);
    }
    checkSignal(observation, context, findings);
    checkRecipient(observation, context, findings);
    checkFlow(observation, context, findings);
    checkStorage(observation, surfaces, context, findings);
  }
  return findings;
}

function checkCollection(observation: Observation, category: string, surfaces: ReadonlySet<string>, context: CheckContext, findings: Finding[]): void {
  const covering: { entry: CollectEntry; precision: Precision | undefined }[] = [];
  for (const entry of context.manifest.collect) {
    if (!inScope(entry.surfaces, surfaces)) continue;
    for (const declared of entry.categories) {
      // A declared child also covers a finding of its generic parent that the detector cannot narrow.
      if (coversCategory(declared.key, category) || coversCategory(category, declared.key)) {
        covering.push({ entry, precision: declared.precision ?? entry.precision });
        break;
      }
    }
  }
  if (covering.length === 0) {
    const sensitive = isSensitiveCategory(category) && context.manifest.policy.completeness !== 'partial';
    findings.push(
      makeFinding(context, {
        ruleId: 'no-undeclared-collection',
        messageId: 'undeclaredCollection',
        data: { category, reason: observation.reason ?? categoryLabel(category) },
        range: observation,
        file: observation.file,
        observation,
        severity: sensitive ? 'error' : 'warning',
        manifestPath: ['collect'],
      }),
    );
    return;
  }
  if (observation.precision !== undefined) {
    const finest = Math.min(...covering.map(({ precision }) => (precision === undefined || precision === 'unspecified' ? -1 : precisionOrder.indexOf(precision))));
    const found = precisionOrder.indexOf(observation.precision);
    if (finest >= 0 && found < finest) {
      const declared = covering.find(({ precision }) => precision !== undefined && precisionOrder.indexOf(precision) === finest);
      if (declared !== undefined) {
        findings.push(
          makeFinding(context, {
            ruleId: 'no-violated-claim',
            messageId: 'exceedsPrecision',
            data: { precision: observation.precision, declared: declared.precision ?? '', entry: declared.entry.id, reason: observation.reason ?? '' },
            range: observation,
            file: observation.file,
            observation,
            manifestPath: ['collect', declared.entry.index],
          }),
        );
      }
    }
  }
  if (observation.kind === 'form-field' && observation.storedBy === 'first_party' && covering.every(({ entry }) => entry.stored_by === 'recipient_only')) {
    const entry = covering[0]?.entry;
    if (entry !== undefined) {
      findings.push(
        makeFinding(context, {
          ruleId: 'no-violated-claim',
          messageId: 'storedByRecipientOnly',
          data: { category, entry: entry.id },
          range: observation,
          file: observation.file,
          observation,
          manifestPath: ['collect', entry.index, 'stored_by'],
        }),
      );
    }
  }
}

/** Reports every claim the observation breaks; true when one is about its category. */
function checkClaims(observation: Observation, claims: readonly Claim[], surfaces: ReadonlySet<string>, context: CheckContext, findings: Finding[]): boolean {
  let categoryClaimViolated = false;
  const vendor = observation.vendor === undefined ? undefined : context.catalog.vendorById.get(observation.vendor);
  const isAdvertising = vendor?.service === 'advertising' && (observation.kind === 'sdk' || observation.kind === 'payment');
  const report = (claim: Claim, messageId: Parameters<typeof makeFinding<'no-violated-claim'>>[1]['messageId'], data: Record<string, string>): void => {
    findings.push(
      makeFinding(context, {
        ruleId: 'no-violated-claim',
        messageId,
        data: { claim: claim.id, ...data },
        range: observation,
        file: observation.file,
        observation,
        claim: claim.id,
        manifestPath: ['claims', claim.index],
        ...(claim.quote === undefined ? {} : { quote: claim.quote }),
      }),
    );
  };
  const category = observation.category;
  const claimCovers = (claim: Claim): boolean => category !== undefined && (claim.categories.length === 0 || claim.categories.some((declared) => coversCategory(declared, category)));
  const reason = observation.reason ?? '';

  for (const claim of claims) {
    switch (claim.type) {
      case 'not_collected':
        if (category !== undefined && observation.signal === undefined && observation.kind !== 'cookie' && observation.kind !== 'storage' && observation.kind !== 'sdk' && observation.kind !== 'network' && claimCovers(claim) && exceedsClaimPrecision(claim, observation)) {
          report(claim, 'notCollected', { category, reason });
          categoryClaimViolated = true;
        }
        break;
      case 'not_stored':
        if (observation.kind === 'form-field' && observation.storedBy === 'first_party' && category !== undefined && claimCovers(claim)) {
          report(claim, 'notStored', { category });
          categoryClaimViolated = true;
        }
        break;
      case 'not_shared':
        if (observation.kind === 'flow' && category !== undefined && claimCovers(claim) && !isExcepted(claim, observation, context)) {
          report(claim, 'notShared', { category, recipient: observation.vendor ?? observation.host ?? '', reason });
        }
        break;
      case 'not_sold':
        if (isAdvertising && vendor !== undefined) {
          const sold = vendor.receives.find((received) => claim.categories.length === 0 || claim.categories.some((declared) => coversCategory(declared, received)));
          if (sold !== undefined) report(claim, 'notSold', { vendor: vendor.id, category: sold });
        }
        break;
      case 'no_third_party_cookies':
        if (isThirdPartyCookie(observation, context, surfaces)) report(claim, 'thirdPartyCookie', { key: observation.key ?? '', reason, rule: `claim \`${claim.id}\`` });
        break;
      case 'no_cross_site_tracking':
        if (isAdvertising || category === 'user.unique_id.pseudonymous' || isThirdPartyCookie(observation, context, surfaces)) {
          report(claim, 'crossSiteTracking', { reason: describe(observation, vendor?.name) });
        }
        break;
      case 'no_global_identifier':
        // Fingerprinting, or an identifier in a cookie every site embedding the script can read.
        if ((category === 'user.unique_id.pseudonymous' && observation.kind === 'browser-api') || isThirdPartyCookie(observation, context, surfaces)) {
          report(claim, 'globalIdentifier', { reason: describe(observation, vendor?.name) });
        }
        break;
      case 'no_advertising':
      case 'no_targeted_advertising':
        if (isAdvertising && vendor !== undefined) report(claim, 'advertising', { vendor: vendor.id });
        break;
      case 'no_third_party_advertising':
        if (isAdvertising && vendor !== undefined && vendor.adNetwork === true) report(claim, 'advertising', { vendor: vendor.id });
        break;
      case 'no_personal_data_in_storage':
        if ((observation.kind === 'cookie' || observation.kind === 'storage') && observation.contains !== undefined && observation.contains.length > 0 && observation.implied !== true) {
          const type = observation.storageType;
          if (claim.types.length === 0 || (type !== undefined && claim.types.some((declared) => declared === type))) {
            report(claim, 'personalDataInStorage', { storage: storageLabel(observation), key: observation.key ?? '', category: observation.contains.join('`, `') });
          }
        }
        break;
      case 'user_entered_only':
        if (category !== undefined && (category === 'user.behavior.keystrokes' || category === 'user.content.form_input') && observation.kind !== 'sdk') {
          report(claim, 'userEnteredOnly', { category, reason });
        }
        break;
      case 'encryption_in_transit':
        if (observation.kind === 'network' && observation.insecure === true) report(claim, 'insecureTransport', { host: observation.host ?? '' });
        break;
      default:
        // consent_before, purpose_limitation, notice_at_collection and statement need a person to attest them.
        break;
    }
  }
  const thirdPartyCookies = context.manifest.device_storage.third_party_cookies;
  if (thirdPartyCookies === 'none' && !claims.some((claim) => claim.type === 'no_third_party_cookies') && isThirdPartyCookie(observation, context, surfaces)) {
    findings.push(
      makeFinding(context, {
        ruleId: 'no-violated-claim',
        messageId: 'thirdPartyCookie',
        data: { key: observation.key ?? '', reason, rule: '`device_storage.third_party_cookies: none`' },
        range: observation,
        file: observation.file,
        observation,
        manifestPath: ['device_storage', 'third_party_cookies'],
      }),
    );
  }
  return categoryClaimViolated;
}

/** A claim on `user.location` with `precision: precise` is only broken by location at least that fine. */
function exceedsClaimPrecision(claim: Claim, observation: Observation): boolean {
  if (claim.precision === undefined || claim.precision === 'unspecified' || observation.precision === undefined) return true;
  return precisionOrder.indexOf(observation.precision) <= precisionOrder.indexOf(claim.precision);
}

function isExcepted(claim: Claim, observation: Observation, context: CheckContext): boolean {
  const recipient = observation.vendor === undefined ? undefined : context.recipientForVendor(observation.vendor);
  if (recipient === undefined) return false;
  return claim.except.recipients.includes(recipient.id) || (recipient.role !== undefined && claim.except.roles.includes(recipient.role));
}

function describe(observation: Observation, vendorName: string | undefined): string {
  // A vendor's cookie is named as such, so it does not repeat the finding about the vendor's SDK on the same line.
  if (observation.kind === 'cookie' && observation.key !== undefined) return `Cookie \`${observation.key}\`${vendorName === undefined ? '' : ` (${vendorName})`}`;
  if (vendorName !== undefined) return vendorName;
  return observation.reason === undefined ? 'This code' : observation.reason.charAt(0).toUpperCase() + observation.reason.slice(1);
}

function checkSignal(observation: Observation, context: CheckContext, findings: Finding[]): void {
  if (observation.signal === undefined) return;
  const stance = context.manifest.signals[observation.signal];
  if (stance !== 'not_honored') return;
  findings.push(
    makeFinding(context, {
      ruleId: 'no-violated-claim',
      messageId: 'signalNotHonored',
      // A signal mismatch is a warning (manifest-model §2.4 "Finding families"): reading a signal is not yet acting on it.
      severity: 'warning',
      data: { signal: signalFields[observation.signal], field: observation.signal, api: observation.api ?? observation.evidence },
      range: observation,
      file: observation.file,
      observation,
      manifestPath: ['signals', observation.signal],
    }),
  );
}

function checkRecipient(observation: Observation, context: CheckContext, findings: Finding[]): void {
  if (observation.kind === 'sdk' || observation.kind === 'payment') {
    // Hosted payment fields name their processor too, but the processor's own evidence reports it once.
    if (observation.vendor === undefined || observation.category !== undefined) return;
    if (context.recipientForVendor(observation.vendor) !== undefined) return;
    const vendor = context.catalog.vendorById.get(observation.vendor);
    findings.push(
      makeFinding(context, {
        ruleId: 'no-undeclared-recipient',
        messageId: 'undeclaredVendor',
        data: { vendor: observation.vendor, name: vendor?.name ?? observation.vendor, service: (vendor?.service ?? 'other').replace(/_/g, ' ') },
        range: observation,
        file: observation.file,
        observation,
        manifestPath: ['recipients'],
      }),
    );
    return;
  }
  if (observation.kind === 'network' && observation.host !== undefined && !context.scope.isFirstPartyHost(observation.host)) {
    findings.push(
      makeFinding(context, {
        ruleId: 'no-undeclared-recipient',
        messageId: 'undeclaredHost',
        data: { host: observation.host },
        range: observation,
        file: observation.file,
        observation,
        key: observation.host,
        manifestPath: ['recipients'],
      }),
    );
  }
}

function checkFlow(observation: Observation, context: CheckContext, findings: Finding[]): void {
  if (observation.kind !== 'flow' || observation.category === undefined) return;
  if (observation.host !== undefined && observation.vendor === undefined) return;
  if (observation.vendor === undefined) return;
  const recipient = context.recipientForVendor(observation.vendor);
  if (recipient === undefined) return;
  const category = observation.category;
  const received = recipient.receives_declared ? recipient.receives : [...recipient.receives, ...(context.catalog.vendorById.get(observation.vendor)?.collects ?? [])];
  if (received.some((declared) => coversCategory(declared, category))) return;
  findings.push(
    makeFinding(context, {
      ruleId: 'no-undeclared-flow',
      messageId: 'undeclaredFlow',
      data: { category, recipient: recipient.id, reason: observation.reason ?? '' },
      range: observation,
      file: observation.file,
      observation,
      manifestPath: ['recipients', recipient.index, 'receives'],
    }),
  );
}
