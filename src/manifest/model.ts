/**
 * The normalised manifest: what the loader hands to the rest of Candor. Field names are those of
 * `privacy.yaml`; values are canonical (fideslang category, data-use and subject keys, kebab-case vendor
 * ids), optional lists are `[]`, optional blocks are present, and every list entry keeps the index it had
 * in the file so findings can point back at it (`LoadedManifest.locate`).
 *
 * The vocabularies below are the single source for the zod schema, the JSON Schema and the docs
 * (reference/manifest-model.md §2.3, §2.4).
 */
import { cookieCategories, serviceTypes } from '../catalog/types.js';
import type { CookieCategory, ServiceType, VendorEntry, VendorStorageItem } from '../catalog/types.js';

export { cookieCategories, serviceTypes };
export type { CookieCategory, ServiceType };

/** Claim types (§2.4): each has a defined code check, except `statement` (manual attestation). */
export const claimTypes = [
  'not_collected',
  'not_stored',
  'not_shared',
  'not_sold',
  'no_third_party_cookies',
  'no_cross_site_tracking',
  'no_global_identifier',
  'no_advertising',
  'no_third_party_advertising',
  'no_targeted_advertising',
  'no_personal_data_in_storage',
  'user_entered_only',
  'consent_before',
  'purpose_limitation',
  'notice_at_collection',
  'encryption_in_transit',
  'statement',
] as const;
export type ClaimType = (typeof claimTypes)[number];

/** Location precision, finest first; `unspecified` covers any precision. */
export const precisions = ['precise', 'approximate', 'postal_code', 'city', 'region', 'country', 'unspecified'] as const;
export type Precision = (typeof precisions)[number];

/** How data arrives. The first five are observable in code (eligible for "declared but unused"). */
export const channels = ['form', 'client_api', 'sdk', 'server', 'import', 'email', 'phone', 'offline'] as const;
export type Channel = (typeof channels)[number];
export const observableChannels: readonly Channel[] = ['form', 'client_api', 'sdk', 'server', 'import'];

export const sources = ['user', 'automatic', 'third_party', 'other_users', 'derived'] as const;
export type Source = (typeof sources)[number];

/** Where collected data lands (Apple's payment exception and "we never hold your card" turn on it). */
export const storedByValues = ['first_party', 'recipient_only', 'on_device', 'not_stored'] as const;
export type StoredBy = (typeof storedByValues)[number];

/** GDPR Art. 6 legal bases (fideslang `LegalBasisForProcessingEnum`, snake_case). */
export const legalBases = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_interest',
  'legitimate_interests',
] as const;
export type LegalBasis = (typeof legalBases)[number];

/** GDPR Art. 9(2) conditions for special-category data. */
export const specialCategoryBases = [
  'explicit_consent',
  'employment',
  'vital_interests',
  'non_profit_bodies',
  'made_public_by_data_subject',
  'legal_claims',
  'substantial_public_interest',
  'medical',
  'public_health',
  'archiving_research',
] as const;
export type SpecialCategoryBasis = (typeof specialCategoryBases)[number];

export const consentModes = ['required', 'opt_out', 'not_required'] as const;
export type ConsentMode = (typeof consentModes)[number];

/** OPP-115 identifiability. */
export const identifiabilities = ['identified', 'pseudonymous', 'aggregated', 'anonymous'] as const;
export type Identifiability = (typeof identifiabilities)[number];

/** How well the policy text backs an entry; `heading_only` and `inferred` are reported with lower confidence. */
export const evidenceLevels = ['text', 'heading_only', 'inferred'] as const;
export type Evidence = (typeof evidenceLevels)[number];

export const roles = [
  'processor',
  'sub_processor',
  'controller',
  'joint_controller',
  'affiliate',
  'business_partner',
  'advertising_partner',
  'other_users',
  'public',
  'authority',
  'acquirer',
  'unnamed',
] as const;
export type Role = (typeof roles)[number];

/** CCPA/Google-style disclosure type; Google "shared" = anything but service_provider, legal, user_directed, aggregate_only. */
export const disclosures = [
  'service_provider',
  'sale',
  'share',
  'legal',
  'user_directed',
  'aggregate_only',
  'business_transfer',
] as const;
export type Disclosure = (typeof disclosures)[number];

/** International transfer mechanisms; the two invalidated EU–US frameworks load with a warning. */
export const transferMechanisms = [
  'adequacy',
  'scc',
  'bcr',
  'dpf',
  'consent',
  'derogation',
  'eu_us_safe_harbor',
  'eu_us_privacy_shield',
  'unspecified',
] as const;
export type TransferMechanism = (typeof transferMechanisms)[number];

export const controllerRoles = ['controller', 'processor', 'both'] as const;
export type ControllerRole = (typeof controllerRoles)[number];

export const platforms = ['web', 'ios', 'android', 'mobile', 'server', 'embed'] as const;
export type Platform = (typeof platforms)[number];

export const storageTypes = [
  'cookie',
  'local_storage',
  'session_storage',
  'indexeddb',
  'cache_storage',
  'pixel',
  'service_worker',
] as const;
export type StorageType = (typeof storageTypes)[number];

export const matchModes = ['exact', 'glob', 'regex'] as const;
export type MatchMode = (typeof matchModes)[number];

export const parties = ['first', 'third', 'any'] as const;
export type Party = (typeof parties)[number];

export const signalStances = ['honored', 'not_honored', 'not_mentioned'] as const;
export type SignalStance = (typeof signalStances)[number];

/** Deliberately not yes/no: YAML 1.1 parsers turn those into booleans. */
export const childCollectionStances = ['never', 'with_parental_consent', 'allowed'] as const;
export type ChildCollectionStance = (typeof childCollectionStances)[number];

export const childDiscoveryActions = ['delete', 'terminate_account', 'contact_parent'] as const;
export type ChildDiscoveryAction = (typeof childDiscoveryActions)[number];

export const parentRights = ['review', 'delete', 'stop_collection', 'grades_overview'] as const;
export type ParentRight = (typeof parentRights)[number];

export const rightKinds = [
  'access',
  'portability',
  'correction',
  'deletion',
  'restriction',
  'objection',
  'opt_out_sale',
  'opt_out_marketing',
  'withdraw_consent',
  'complaint',
  'shine_the_light',
  'disconnect_sso',
] as const;
export type RightKind = (typeof rightKinds)[number];

export const rightChannels = ['email', 'self_service', 'form', 'unsubscribe_link', 'supervisory_authority', 'unknown'] as const;
export type RightChannel = (typeof rightChannels)[number];

/** Retention keywords (P3P's retention vocabulary, extended); an ISO-8601 duration is accepted as well. */
export const retentionKeywords = [
  'session',
  'account_lifetime',
  'as_long_as_necessary',
  'until_deleted',
  'legal_requirement',
  'statute_of_limitations',
  'reasonable_time',
  'indefinitely',
  'unspecified',
] as const;
export type RetentionKeyword = (typeof retentionKeywords)[number];

/** What happens when a retention period ends; an ISO-8601 duration (a grace period) is accepted as well. */
export const retentionEndActions = ['delete', 'anonymize', 'aggregate', 'archive'] as const;

/** CCPA/CPRA category rows (§1.4 letters A–L). */
export const ccpaRows = [
  'identifiers',
  'customer_records',
  'protected_classifications',
  'commercial',
  'biometric',
  'internet_activity',
  'geolocation',
  'sensory',
  'professional',
  'education',
  'inferences',
  'sensitive',
] as const;
export type CcpaRow = (typeof ccpaRows)[number];

/** Google Play data safety account-creation answers (`PSL_ACM_*`). */
export const googleAccountCreation = [
  'username_password',
  'username_other_auth',
  'username_password_other_auth',
  'oauth',
  'other',
  'none',
] as const;
export type GoogleAccountCreation = (typeof googleAccountCreation)[number];

/** `session`, `persistent` (no stated limit) or an ISO-8601 duration such as `P2Y` or `PT30M` (see `duration.ts`). */
export type Duration = string;

/** A retention period keyword or an ISO-8601 duration. */
export type RetentionPeriod = string;

/** Position of an entry in its list in `privacy.yaml` (0-based), for `LoadedManifest.locate`. */
export interface Indexed {
  index: number;
}

export interface Policy {
  title?: string;
  url?: string;
  /** `YYYY-MM-DD`. */
  effective?: string;
  updated?: string;
  archived?: string;
  /** Path of a local copy of the policy text, relative to the manifest's directory. */
  text?: string;
  source?: string;
  completeness: 'complete' | 'partial';
  gaps: string[];
  languages: string[];
}

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  postal?: string;
  web?: string;
  form?: string;
  security?: string;
}

export interface Controller {
  name?: string;
  legal_name?: string;
  role?: ControllerRole;
  contact?: Contact;
  dpo?: Contact;
  representative?: Contact;
  /** Kebab-case catalog ids of the controller's own services: their SDKs and hosts count as first party. */
  vendor_ids: string[];
}

export interface Surface extends Indexed {
  id: string;
  description?: string;
  hosts: string[];
  /** Globs relative to the manifest's directory. */
  paths: string[];
  subjects: string[];
  platform?: Platform;
}

export interface Exclusion extends Indexed {
  id: string;
  description?: string;
  governed_by?: string;
  paths: string[];
}

export interface Subject extends Indexed {
  /** Canonical fideslang subject key, or the manifest's own extension id. */
  id: string;
  /** Canonical fideslang subject the extension exports as. */
  extends?: string;
  description?: string;
}

/** One category of a `collect` entry. */
export interface CollectCategory {
  /** Canonical category key. */
  key: string;
  /** The item's own precision, else the entry's. */
  precision?: Precision;
  /** Form fields the policy names for this category (informational). */
  fields?: string[];
}

export interface Retention {
  period?: RetentionPeriod;
  /** What happens after `period`: an ISO-8601 grace period or `delete`, `anonymize`, `aggregate`, `archive`. */
  then?: string;
  basis?: string;
  note?: string;
}

export interface CollectEntry extends Indexed {
  id: string;
  description?: string;
  /** Subject ids; `[]` = all subjects of its surfaces. */
  subjects: string[];
  /** Surface ids; `[]` = all surfaces. */
  surfaces: string[];
  categories: CollectCategory[];
  precision?: Precision;
  source?: Source;
  /** Recipient ids that supply the data (for `source: third_party`). */
  via: string[];
  channel?: Channel;
  required?: boolean;
  /** Canonical data-use keys. */
  purposes: string[];
  legal_basis?: LegalBasis;
  special_category_basis?: SpecialCategoryBasis;
  consent?: ConsentMode;
  linked?: boolean;
  tracking?: boolean;
  identifiability?: Identifiability;
  /** Defaults to `first_party`. */
  stored_by: StoredBy;
  /** Recipient ids. */
  recipients: string[];
  retention?: Retention;
  evidence?: Evidence;
  quote?: string;
}

export interface Recipient extends Indexed {
  id: string;
  name?: string;
  /** Kebab-case vendor id (Candor's catalog or the manifest's `vendors`). */
  vendor?: string;
  role?: Role;
  /** As declared, else the vendor's catalog service. */
  service?: ServiceType;
  /** Canonical category keys: as declared, else the vendor's catalog defaults, else `[]`. */
  receives: string[];
  /** True when `receives` was written in the manifest (an explicit `[]` included), false when inherited or absent. */
  receives_declared: boolean;
  /** Canonical data-use keys; `[]` = the purposes of the `collect` entries that list it. */
  purposes: string[];
  collects_directly?: boolean;
  disclosure?: Disclosure;
  conditions: string[];
  /** ISO 3166 country codes. */
  location: string[];
  transfer_mechanism?: TransferMechanism;
  privacy_policy?: string;
  opt_out?: string;
  evidence?: Evidence;
  quote?: string;
}

/** Fields shared by storage items and storage classes. */
export interface StorageDeclaration extends Indexed {
  /** `first_party` or a recipient id. */
  provider?: string;
  domain?: string;
  category?: CookieCategory;
  purposes: string[];
  tcf_purposes: number[];
  duration?: Duration;
  refresh?: boolean;
  /** Canonical category keys the value holds; `[]` = no personal data (or not stated: see `contains_declared`). */
  contains: string[];
  contains_declared: boolean;
  surfaces: string[];
  quote?: string;
}

export interface StorageItem extends StorageDeclaration {
  name: string;
  /** Defaults to `exact`. */
  match: MatchMode;
  type: StorageType;
}

export interface StorageClass extends StorageDeclaration {
  party?: Party;
  /** `[]` = every storage type. */
  types: StorageType[];
}

export interface DeviceStorage {
  third_party_cookies?: 'allowed' | 'none';
  consent_gate?: boolean;
  items: StorageItem[];
  classes: StorageClass[];
}

/** What a claim allows, split by what each `except` entry named. */
export interface ClaimExceptions {
  recipients: string[];
  roles: Role[];
  /** Canonical data-use keys. */
  purposes: string[];
}

export interface Claim extends Indexed {
  id: string;
  type: ClaimType;
  categories: string[];
  precision?: Precision;
  subjects: string[];
  surfaces: string[];
  /** `collect` ids. */
  applies_to: string[];
  except: ClaimExceptions;
  parties?: Party;
  purposes: string[];
  /** `[]` = every storage type. */
  types: StorageType[];
  period?: Duration;
  text?: string;
  evidence?: Evidence;
  quote?: string;
}

export interface Signals {
  do_not_track?: SignalStance;
  global_privacy_control?: SignalStance;
  quote?: string;
}

export interface MinAge extends Indexed {
  age: number;
  region?: string;
  basis?: string;
}

export interface ParentalConsent {
  method?: string;
  collects: ({ category: string; subject?: string } & Indexed)[];
  pending_retention?: RetentionPeriod;
}

export interface Children {
  directed_to_children?: boolean;
  min_age: MinAge[];
  knowingly_collects?: ChildCollectionStance;
  parental_consent?: ParentalConsent;
  school_consent?: boolean;
  on_discovery: ChildDiscoveryAction[];
  parent_rights: ParentRight[];
  statement_present?: boolean;
  quote?: string;
}

export interface SaleAndSharing {
  sells?: boolean;
  shares_for_cross_context_ads?: boolean;
  third_party_ads_on_service?: boolean;
  own_ads_via_third_parties?: boolean;
  period?: Duration;
  quote?: string;
}

export interface Right extends Indexed {
  right: RightKind;
  how?: RightChannel;
  contact?: string;
  verification?: boolean;
  limits?: string;
  evidence?: Evidence;
  quote?: string;
}

export interface Transfer extends Indexed {
  /** ISO 3166 country codes; `*` = anywhere. */
  to: string[];
  mechanism?: TransferMechanism;
  note?: string;
  quote?: string;
}

export interface RetentionOverride extends Retention, Indexed {
  categories: string[];
}

export interface RetentionPolicy {
  default?: Retention;
  backups?: Retention;
  overrides: RetentionOverride[];
}

export interface Security {
  encryption_in_transit?: boolean;
  statements: string[];
}

export interface Ccpa {
  categories: Partial<Record<CcpaRow, 'collected' | 'not_collected'>>;
  disclosed_for_business_purpose: CcpaRow[];
  sold: CcpaRow[];
  shared: CcpaRow[];
  period?: Duration;
}

export interface Regional {
  ccpa?: Ccpa;
  gdpr?: { representative?: Contact; supervisory_authority?: string };
  other: Record<string, unknown>;
}

export interface ExportSettings {
  apple?: { surfaces: string[] };
  google_play?: { surfaces: string[]; account_creation: GoogleAccountCreation[]; deletion_url?: string };
  fides?: { surfaces: string[]; organization_fides_key?: string };
}

/** A catalog extension from the manifest's `vendors` block (a `VendorEntry` without code-level hooks). */
export interface ManifestVendor extends Indexed {
  id: string;
  name: string;
  aliases: string[];
  service: ServiceType;
  docs?: string;
  privacyPolicy?: string;
  packages: string[];
  hosts: string[];
  globals: string[];
  receives: string[];
  collects: string[];
  storage: VendorStorageItem[];
  related: string[];
}

export interface Manifest {
  privacy_manifest: 1;
  policy: Policy;
  controller: Controller;
  surfaces: Surface[];
  exclusions: Exclusion[];
  subjects: Subject[];
  collect: CollectEntry[];
  recipients: Recipient[];
  device_storage: DeviceStorage;
  claims: Claim[];
  signals: Signals;
  children: Children;
  sale_and_sharing: SaleAndSharing;
  rights: Right[];
  transfers: Transfer[];
  retention: RetentionPolicy;
  security: Security;
  regional: Regional;
  export: ExportSettings;
  vendors: ManifestVendor[];
}

/** A manifest vendor as a catalog entry, so detectors treat it like any built-in vendor. */
export function toVendorEntry(vendor: ManifestVendor): VendorEntry {
  const entry: VendorEntry = {
    id: vendor.id,
    name: vendor.name,
    aliases: vendor.aliases,
    service: vendor.service,
    docs: vendor.docs ?? '',
    packages: vendor.packages,
    hosts: vendor.hosts,
    globals: vendor.globals,
    receives: vendor.receives,
    collects: vendor.collects,
    storage: vendor.storage,
    related: vendor.related,
  };
  if (vendor.privacyPolicy !== undefined) entry.privacyPolicy = vendor.privacyPolicy;
  return entry;
}
