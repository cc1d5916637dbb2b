import { coversCategory } from '../catalog/taxonomy.js';
import type { CollectEntry, Disclosure, Manifest, Recipient, Role } from '../manifest/model.js';
import { observableChannels } from '../manifest/model.js';
import type { ExportOptions, ExportResult } from './common.js';
import { csvText, entriesOn, getRecipient, mapCategory, mapPurpose, selectSurfaces, uniqueSorted } from './common.js';
import { playAccountCreation, playCsvHeader, playDataTypes, playPurposes } from './google-play-form.js';

interface TypeAnswer {
  collected: boolean;
  /** Every contributing entry is `stored_by: not_stored`. */
  ephemeral: boolean;
  /** Every contributing entry is `required: false`. */
  optional: boolean;
  collectionPurposes: Set<string>;
  shared: boolean;
  sharingPurposes: Set<string>;
}

/** Google's "shared" leaves out transfers to service providers, for legal reasons, on the user's own action, and of anonymised data (§1.3). */
const notSharedDisclosures: readonly Disclosure[] = ['service_provider', 'legal', 'user_directed', 'aggregate_only', 'business_transfer'];
/** When `disclosure` is missing, these roles read as one of the exceptions above. */
const notSharedRoles: readonly Role[] = ['processor', 'sub_processor', 'authority', 'acquirer', 'other_users'];
const authenticationPurpose = 'essential.service.authentication';
const passwordCategory = 'user.authorization.password';
const ssoServices: readonly string[] = ['social_login', 'authentication'];

/**
 * The Data safety form as the Play Console's CSV import reads it (manifest-model §1.3, §2.6): every
 * question of the form, answered where the manifest decides it. Collected types come from `collect`
 * entries with a code-observable channel (data an SDK collects inside a processor's UI still counts);
 * shared types from recipients outside Google's exceptions.
 */
export function exportGooglePlay(manifest: Manifest, options: ExportOptions = {}): ExportResult {
  const warnings: string[] = [];
  const entries = entriesOn(manifest, selectSurfaces(manifest, 'google_play', options)).filter(
    (entry) => entry.stored_by !== 'on_device' && (entry.channel === undefined || observableChannels.includes(entry.channel)),
  );
  const answers = new Map<string, TypeAnswer>();
  const answerFor = (type: string): TypeAnswer => {
    let answer = answers.get(type);
    if (answer === undefined) {
      answer = { collected: false, ephemeral: true, optional: true, collectionPurposes: new Set(), shared: false, sharingPurposes: new Set() };
      answers.set(type, answer);
    }
    return answer;
  };
  const general = new Set<string>();
  for (const entry of entries) {
    const purposes = googlePurposes(entry.purposes);
    for (const category of entry.categories) {
      const mapped = mapCategory(category.key, 'google');
      if (mapped.hasSpecificChildren) general.add(category.key);
      for (const type of mapped.values) {
        const answer = answerFor(type);
        answer.collected = true;
        answer.ephemeral &&= entry.stored_by === 'not_stored';
        answer.optional &&= entry.required === false;
        for (const purpose of purposes) answer.collectionPurposes.add(purpose);
      }
    }
  }
  for (const recipient of manifest.recipients) {
    if (!isShared(recipient)) continue;
    const purposes = googlePurposes(recipient.purposes.length > 0 ? recipient.purposes : purposesListing(entries, recipient.id));
    for (const type of sharedTypes(recipient, entries)) {
      const answer = answerFor(type);
      answer.shared = true;
      for (const purpose of purposes) answer.sharingPurposes.add(purpose);
    }
  }
  for (const key of uniqueSorted(general)) {
    warnings.push(`\`${key}\` is too general for a Data safety type and was left out. Declare its specific categories to export them.`);
  }
  for (const type of playDataTypes) {
    const answer = answers.get(type.id);
    if (answer?.collected === true && answer.collectionPurposes.size === 0) {
      warnings.push(`\`${type.label}\` is collected for no purpose Google knows; answer "Why is this user data collected?" in the Play Console.`);
    }
  }
  const records: string[][] = [[...playCsvHeader]];
  const collectsAny = [...answers.values()].some((answer) => answer.collected || answer.shared);
  records.push(['PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', '', yesNo(collectsAny), 'REQUIRED', 'Does your app collect or share any of the required user data types?']);
  const encrypted = manifest.security.encryption_in_transit;
  if (encrypted === undefined) warnings.push('`security.encryption_in_transit` is not set, so "Is all of the user data collected by your app encrypted in transit?" is left blank.');
  records.push(['PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT', '', encrypted === undefined ? '' : yesNo(encrypted), 'MAYBE_REQUIRED', 'Is all of the user data collected by your app encrypted in transit?']);
  const methods = accountCreation(manifest, entries);
  if (methods.size === 0) warnings.push('How users create accounts could not be derived; set `export.google_play.account_creation` in the manifest.');
  for (const method of playAccountCreation) {
    records.push(['PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', method.id, methods.has(method.key) ? 'TRUE' : '', 'MULTIPLE_CHOICE', `Which of the following methods of account creation does your app support? / ${method.label}`]);
  }
  records.push(['PSL_ACCOUNT_DELETION_URL', '', manifest.export.google_play?.deletion_url ?? '', 'MAYBE_REQUIRED', 'Add a link that users can use to request that their account and associated data is deleted']);
  for (const type of playDataTypes) {
    const answer = answers.get(type.id);
    records.push([type.group, `PSL_${type.id}`, answer === undefined ? '' : 'TRUE', 'MULTIPLE_CHOICE', type.label]);
  }
  for (const type of playDataTypes) records.push(...usageRecords(type.id, type.label, answers.get(type.id)));
  return { text: csvText(records), warnings };
}

function yesNo(value: boolean): string {
  return value ? 'TRUE' : 'FALSE';
}

function googlePurposes(purposes: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const purpose of purposes) {
    const google = mapPurpose(purpose, 'google');
    if (google !== undefined) out.add(google);
  }
  return out;
}

function isShared(recipient: Recipient): boolean {
  // A business transfer is a contingency ("if we are acquired"), not a transfer the app makes today.
  if (recipient.disclosure !== undefined) return !notSharedDisclosures.includes(recipient.disclosure);
  return recipient.role === undefined || !notSharedRoles.includes(recipient.role);
}

function purposesListing(entries: readonly CollectEntry[], recipientId: string): string[] {
  return entries.filter((entry) => entry.recipients.includes(recipientId) || entry.via.includes(recipientId)).flatMap((entry) => entry.purposes);
}

/** What a recipient receives, as Data safety types: its own keys, and every collected category those keys cover (`user` covers all). */
function sharedTypes(recipient: Recipient, entries: readonly CollectEntry[]): Set<string> {
  const types = new Set<string>();
  for (const received of recipient.receives) {
    for (const type of mapCategory(received, 'google').values) types.add(type);
    for (const entry of entries) {
      for (const category of entry.categories) {
        if (coversCategory(received, category.key)) for (const type of mapCategory(category.key, 'google').values) types.add(type);
      }
    }
  }
  return types;
}

/** `export.google_play.account_creation`, else inferred: a password in an authentication entry, an SSO recipient behind one. */
function accountCreation(manifest: Manifest, entries: readonly CollectEntry[]): Set<string> {
  const configured = manifest.export.google_play?.account_creation ?? [];
  if (configured.length > 0) return new Set(configured);
  const methods = new Set<string>();
  for (const entry of entries) {
    if (!entry.purposes.some((purpose) => coversPurpose(authenticationPurpose, purpose))) continue;
    if (entry.categories.some((category) => coversCategory(passwordCategory, category.key))) methods.add('username_password');
    for (const id of [...entry.recipients, ...entry.via]) {
      const service = getRecipient(manifest, id)?.service;
      if (service !== undefined && ssoServices.includes(service)) methods.add('oauth');
    }
  }
  return methods;
}

function coversPurpose(declared: string, found: string): boolean {
  return found === declared || found.startsWith(`${declared}.`);
}

function usageRecords(type: string, label: string, answer: TypeAnswer | undefined): string[][] {
  const question = `PSL_DATA_USAGE_RESPONSES:PSL_${type}`;
  const name = label.slice(label.indexOf(' / ') + 3);
  const prefix = `Data usage and handling (${name})`;
  const collected = answer?.collected === true;
  const records: string[][] = [
    [`${question}:PSL_DATA_USAGE_COLLECTION_AND_SHARING`, 'PSL_DATA_USAGE_ONLY_COLLECTED', collected ? 'TRUE' : '', 'MULTIPLE_CHOICE', `${prefix} / Is this data collected, shared, or both? / Collected`],
    [`${question}:PSL_DATA_USAGE_COLLECTION_AND_SHARING`, 'PSL_DATA_USAGE_ONLY_SHARED', answer?.shared === true ? 'TRUE' : '', 'MULTIPLE_CHOICE', `${prefix} / Is this data collected, shared, or both? / Shared`],
    [`${question}:PSL_DATA_USAGE_EPHEMERAL`, '', collected ? yesNo(answer.ephemeral) : '', 'MAYBE_REQUIRED', `${prefix} / Is this data processed ephemerally?`],
    [`${question}:DATA_USAGE_USER_CONTROL`, 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL', collected && answer.optional ? 'TRUE' : '', 'SINGLE_CHOICE', `${prefix} / Is this data required for your app, or can users choose whether it's collected? / Users can choose whether this data is collected`],
    [`${question}:DATA_USAGE_USER_CONTROL`, 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED', collected && !answer.optional ? 'TRUE' : '', 'SINGLE_CHOICE', `${prefix} / Is this data required for your app, or can users choose whether it's collected? / Data collection is required (users can't turn off this data collection)`],
  ];
  for (const purpose of playPurposes) {
    records.push([`${question}:DATA_USAGE_COLLECTION_PURPOSE`, purpose.id, collected && answer.collectionPurposes.has(purpose.id) ? 'TRUE' : '', 'MULTIPLE_CHOICE', `${prefix} / Why is this user data collected? Select all that apply. / ${purpose.label}`]);
  }
  for (const purpose of playPurposes) {
    records.push([`${question}:DATA_USAGE_SHARING_PURPOSE`, purpose.id, answer?.sharingPurposes.has(purpose.id) === true ? 'TRUE' : '', 'MULTIPLE_CHOICE', `${prefix} / Why is this user data shared? Select all that apply. / ${purpose.label}`]);
  }
  return records;
}
