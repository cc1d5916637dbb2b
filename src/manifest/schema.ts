/**
 * The one definition of `privacy.yaml` (schema version 1, reference/manifest-model.md §2). The loader
 * validates with it, `json-schema.ts` turns it into the JSON Schema editors use, and every `.describe()`
 * text below is what an editor shows on hover. It checks shape only: whether a category, purpose, vendor
 * or id reference exists is `validate.ts`'s job. Every object is strict, so a misspelt key is an error
 * rather than a silently ignored setting.
 */
import { z } from 'zod';
import { isoDurationSource } from './duration.js';
import {
  ccpaRows,
  channels,
  childCollectionStances,
  childDiscoveryActions,
  claimTypes,
  consentModes,
  controllerRoles,
  cookieCategories,
  disclosures,
  evidenceLevels,
  googleAccountCreation,
  identifiabilities,
  legalBases,
  matchModes,
  parentRights,
  parties,
  platforms,
  precisions,
  retentionEndActions,
  retentionKeywords,
  rightChannels,
  rightKinds,
  roles,
  serviceTypes,
  signalStances,
  sources,
  specialCategoryBases,
  storageTypes,
  storedByValues,
  transferMechanisms,
} from './model.js';

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const vendorIdPattern = /^[a-z0-9][a-z0-9_-]*$/;
const countryPattern = /^[A-Z]{2}$/;

const isoDuration = new RegExp(`^${isoDurationSource}$`);
const storageDuration = new RegExp(`^(session|persistent|${isoDurationSource})$`);
const retentionPeriod = new RegExp(`^(${retentionKeywords.join('|')}|${isoDurationSource})$`);
const retentionThen = new RegExp(`^(${retentionEndActions.join('|')}|${isoDurationSource})$`);

// The `error` texts finish the loader's sentence `"<value>" is not a valid <field>; …`.
const durationHint = 'use session, persistent or an ISO-8601 duration such as P2Y, P30D or PT30M';
const periodHint = `use an ISO-8601 duration such as P30D, or one of ${retentionKeywords.join(', ')}`;
const thenHint = `use an ISO-8601 duration such as P30D, or one of ${retentionEndActions.join(', ')}`;
const isoHint = 'use an ISO-8601 duration such as P12M or P30D';

function id(what: string): z.ZodString {
  return z.string().regex(idPattern, { error: 'use letters, digits, `_`, `-` and `.` only' }).describe(what);
}

function ids(what: string): z.ZodOptional<z.ZodArray<z.ZodString>> {
  return z.array(z.string().min(1)).optional().describe(what);
}

function text(what: string): z.ZodOptional<z.ZodString> {
  return z.string().optional().describe(what);
}

function flag(what: string): z.ZodOptional<z.ZodBoolean> {
  return z.boolean().optional().describe(what);
}

const date = (what: string) =>
  z.iso.date({ error: 'use a date in the form YYYY-MM-DD' }).optional().describe(what);

const categoryList = (what: string) =>
  z.array(z.string().min(1)).optional().describe(`${what} Fideslang category keys (user.contact.email) or aliases (email).`);

const purposeList = (what: string) =>
  z.array(z.string().min(1)).optional().describe(`${what} Fideslang data-use keys (analytics.reporting) or aliases (analytics).`);

const quote = text('Verbatim text from the published policy that backs this entry (shown as evidence in reports).');
const evidence = z
  .enum(evidenceLevels)
  .optional()
  .describe('How well the policy text backs this entry: text (default), heading_only (only a heading survives) or inferred. Weaker evidence lowers finding confidence.');

const storageDurationSchema = z
  .string()
  .regex(storageDuration, { error: durationHint })
  .describe('How long the item lives: session, persistent (no stated limit) or an ISO-8601 duration (P2Y, P30D, PT30M).');

const isoPeriod = (what: string) => z.string().regex(isoDuration, { error: isoHint }).optional().describe(what);

const retentionSchema = z
  .strictObject({
    period: z
      .string()
      .regex(retentionPeriod, { error: periodHint })
      .optional()
      .describe(`How long the data is kept: an ISO-8601 duration (P30D) or one of ${retentionKeywords.join(', ')}.`),
    then: z
      .string()
      .regex(retentionThen, { error: thenHint })
      .optional()
      .describe(`What happens when the period ends: an ISO-8601 grace period (P30D) or one of ${retentionEndActions.join(', ')}.`),
    basis: text('Why this period (e.g. "tax records").'),
    note: text('Anything else the policy says about keeping this data.'),
  })
  .describe('How long data is kept and what happens afterwards.');

const contactSchema = z
  .strictObject({
    name: text('Person or organisation name.'),
    email: text('E-mail address.'),
    phone: text('Telephone number.'),
    postal: text('Postal address.'),
    web: text('Web page (URL).'),
    form: text('Contact form (URL).'),
    security: text('Address for security reports.'),
  })
  .describe('Ways to reach someone.');

const policySchema = z
  .strictObject({
    title: text('Title of the published policy.'),
    url: text('Where the policy is published.'),
    effective: date('Date the policy took effect (YYYY-MM-DD).'),
    updated: date('Date of the last update (YYYY-MM-DD).'),
    archived: date('Date of the archived copy this manifest was written from (YYYY-MM-DD).'),
    text: text('Path to a local copy of the policy text (Markdown, HTML or plain text), relative to this file; read by the policy-text checker.'),
    source: text('File name of the original the manifest was written from (informational).'),
    completeness: z
      .enum(['complete', 'partial'])
      .optional()
      .describe('complete (default) or partial: with partial, "undeclared" findings become warnings and the report lists the gaps.'),
    gaps: z.array(z.string()).optional().describe('What the published text leaves unanswered (shown at the top of reports).'),
    languages: z.array(z.string()).optional().describe('Languages the policy is published in (BCP 47 tags such as en, de).'),
  })
  .describe('The published policy this manifest describes.');

const controllerSchema = z
  .strictObject({
    name: text('Name the policy uses for the company.'),
    legal_name: text('Registered legal name.'),
    role: z
      .enum(controllerRoles)
      .optional()
      .describe('controller, processor, or both (some surfaces process customer data on the customer\'s behalf).'),
    contact: contactSchema.optional().describe('Privacy contact (GDPR Art. 30(1)(a)).'),
    dpo: contactSchema.optional().describe('Data protection officer.'),
    representative: contactSchema.nullable().optional().describe('GDPR Art. 27 EU/UK representative (null when none).'),
    vendor_ids: z
      .array(z.string().regex(vendorIdPattern, { error: 'use a kebab-case vendor id such as google-analytics' }))
      .optional()
      .describe('Vendor-catalog ids that are the company\'s own services (a vendor whose SDK also runs on its own site): their SDKs and hosts count as first party.'),
  })
  .describe('Who is responsible for the data (GDPR Art. 30(1)(a)).');

const surfaceSchema = z
  .strictObject({
    id: id('Surface id, referenced by collect, claims, device_storage and export.'),
    description: text('What this surface is.'),
    hosts: z.array(z.string()).optional().describe('First-party host names; a cookie or request for any other host is third party.'),
    paths: z.array(z.string()).optional().describe('Code globs, relative to this file, that belong to this surface.'),
    subjects: ids('Subject ids whose data this surface handles.'),
    platform: z
      .enum(platforms)
      .optional()
      .describe('web, ios, android, mobile, server, or embed (code shipped to other sites, such as a tracking script).'),
  })
  .describe('A product part this manifest covers.');

const exclusionSchema = z
  .strictObject({
    id: id('Exclusion id.'),
    description: text('What is excluded.'),
    governed_by: text('URL of the document that governs it instead.'),
    paths: z.array(z.string()).optional().describe('Code globs, relative to this file; findings there are not reported against this manifest.'),
  })
  .describe('A product part the policy sends to another document.');

const subjectSchema = z
  .strictObject({
    id: id('A fideslang data subject (customer, visitor, prospect, job_applicant …) or your own extension.'),
    extends: text('For an extension: the fideslang data subject it exports as (member → customer).'),
    description: text('Who these people are.'),
  })
  .describe('Whose data is processed.');

const collectCategorySchema = z.union([
  z.string().min(1).describe('A fideslang category key or alias.'),
  z
    .strictObject({
      category: z.string().min(1).describe('A fideslang category key or alias.'),
      precision: z.enum(precisions).optional().describe('Location precision for this category (overrides the entry\'s).'),
      fields: z.array(z.string()).optional().describe('Form fields the policy names for this category (informational).'),
    })
    .describe('A category with its own precision or named fields.'),
]);

const collectSchema = z
  .strictObject({
    id: id('Stable id used by claims, exports and reports.'),
    description: text('Human label.'),
    subjects: ids('Subject ids whose data this is (default: all subjects of its surfaces).'),
    surfaces: ids('Surface ids where this happens (default: all surfaces).'),
    categories: z
      .array(collectCategorySchema)
      .describe('Data categories: fideslang keys (user.contact.email) or aliases (email); an item may be {category, precision, fields}.'),
    precision: z
      .enum(precisions)
      .optional()
      .describe('For location categories: the finest precision collected; a finer finding is "exceeds declared precision". unspecified covers any.'),
    source: z
      .enum(sources)
      .optional()
      .describe('user (typed or uploaded), automatic (device, network, behaviour), third_party (SSO, enrichment), other_users, derived (computed or inferred).'),
    via: ids('For source: third_party, the recipient ids that supply the data (e.g. the SSO provider).'),
    channel: z
      .enum(channels)
      .optional()
      .describe('How data arrives: form, client_api, sdk, server, import (visible in code) or email, phone, offline (not).'),
    required: flag('false when the user may leave the data out or switch the collection off (Google "optional").'),
    purposes: purposeList('Why the data is collected.'),
    legal_basis: z.enum(legalBases).optional().describe('GDPR Art. 6 legal basis.'),
    special_category_basis: z
      .enum(specialCategoryBases)
      .optional()
      .describe('GDPR Art. 9(2) condition, when special-category data is present.'),
    consent: z
      .enum(consentModes)
      .optional()
      .describe('required (opt-in before collection), opt_out, or not_required.'),
    linked: flag('Apple "linked to the user\'s identity".'),
    tracking: flag('Apple "used for tracking" / CPRA "share".'),
    identifiability: z
      .enum(identifiabilities)
      .optional()
      .describe('identified (default), pseudonymous, aggregated or anonymous.'),
    stored_by: z
      .enum(storedByValues)
      .optional()
      .describe('Where the data lands: first_party (default), recipient_only (a processor\'s iframe or hosted page), on_device, or not_stored (ephemeral).'),
    recipients: ids('Recipient ids that receive this activity\'s data.'),
    retention: retentionSchema.optional(),
    evidence,
    quote,
  })
  .describe('One processing activity: what is collected, from whom, how and why.');

const recipientSchema = z
  .strictObject({
    id: id('Recipient id, referenced by collect, claims and device_storage.'),
    name: text('Display name (the legal name when the policy gives it).'),
    vendor: z
      .string()
      .min(1)
      .optional()
      .describe('Vendor id in Candor\'s catalog or this file\'s vendors block (kebab-case, e.g. google-analytics); absent for unnamed classes of recipients.'),
    role: z
      .enum(roles)
      .optional()
      .describe('processor, sub_processor, controller (independent third party), joint_controller, affiliate, business_partner, advertising_partner, other_users, public, authority, acquirer or unnamed.'),
    service: z.enum(serviceTypes).optional().describe('What the recipient does for you (default: the vendor\'s catalog service).'),
    receives: categoryList('What flows to the recipient ([user] = anything; default: the vendor\'s catalog defaults).'),
    purposes: purposeList('Purposes of the disclosure (default: the purposes of the collect entries that list it).'),
    collects_directly: flag('Its script, SDK or iframe collects on the user\'s device.'),
    disclosure: z
      .enum(disclosures)
      .optional()
      .describe('service_provider, sale, share (cross-context advertising), legal, user_directed, aggregate_only or business_transfer.'),
    conditions: z
      .array(z.string())
      .optional()
      .describe('When the disclosure happens, e.g. with_consent, user_connected_account, legal_process, notice_before_transfer.'),
    location: z
      .array(z.string().regex(countryPattern, { error: 'use an ISO 3166 country code such as US or DE' }))
      .optional()
      .describe('ISO 3166 country codes where the recipient processes the data.'),
    transfer_mechanism: z
      .enum(transferMechanisms)
      .optional()
      .describe('Transfer mechanism for data leaving the EEA (eu_us_safe_harbor and eu_us_privacy_shield are no longer valid and load with a warning).'),
    privacy_policy: text('URL of the recipient\'s privacy policy.'),
    opt_out: text('URL where users can opt out.'),
    quote,
    evidence,
  })
  .describe('Someone outside the company who receives or collects personal data.');

const storageFields = {
  provider: text('first_party or a recipient id; decides, with domain, whether the item is first or third party.'),
  domain: text('Cookie domain (* = our own hosts).'),
  category: z
    .enum(cookieCategories)
    .optional()
    .describe('strictly_necessary, functional, analytics, marketing or unclassified.'),
  purposes: purposeList('Why the item is stored.'),
  tcf_purposes: z
    .array(z.int().min(1).max(11))
    .optional()
    .describe('IAB TCF v2.2 purpose numbers (1–11), when they differ from those derived from purposes.'),
  duration: storageDurationSchema.optional(),
  refresh: flag('The lifetime restarts on every visit (TCF cookieRefresh).'),
  contains: categoryList('What the value holds ([] = no personal data).'),
  surfaces: ids('Surface ids where the item is set (default: all).'),
  quote,
};

const storageItemSchema = z
  .strictObject({
    name: z.string().min(1).describe('Cookie name or storage key (a pattern with match: glob or regex).'),
    match: z.enum(matchModes).optional().describe('How name matches: exact (default), glob (* = any run of characters) or regex.'),
    type: z.enum(storageTypes).describe('cookie, local_storage, session_storage, indexeddb, cache_storage, pixel or service_worker.'),
    ...storageFields,
  })
  .describe('A named cookie or storage key.');

const storageClassSchema = z
  .strictObject({
    party: z.enum(parties).optional().describe('first, third or any.'),
    types: z.array(z.enum(storageTypes)).optional().describe('Storage types the class covers (default: all).'),
    ...storageFields,
  })
  .describe('A class of storage the policy names without naming items ("we and our partners use cookies and pixels for analytics"); items it covers are reported as declared by class only.');

const deviceStorageSchema = z
  .strictObject({
    third_party_cookies: z
      .enum(['allowed', 'none'])
      .optional()
      .describe('allowed or none (none adds an implicit no_third_party_cookies claim).'),
    consent_gate: flag('Non-essential items are set only after consent.'),
    items: z.array(storageItemSchema).optional().describe('Named cookies and storage keys.'),
    classes: z.array(storageClassSchema).optional().describe('Classes of storage named without items.'),
  })
  .describe('What lands on the user\'s device: cookies, web storage, IndexedDB, pixels.');

const claimSchema = z
  .strictObject({
    id: id('Stable id (used by reports, baselines and suppressions).'),
    type: z.enum(claimTypes).describe(`What the policy promises: ${claimTypes.join(', ')}.`),
    categories: categoryList('Categories the claim is about.'),
    precision: z.enum(precisions).optional().describe('For not_collected on location: the precision the claim denies.'),
    subjects: ids('Subject ids the claim is limited to (default: all).'),
    surfaces: ids('Surface ids the claim is limited to (default: all).'),
    applies_to: ids('collect ids whose data the claim restricts.'),
    except: ids('Recipient ids, recipient roles or purposes the claim allows.'),
    parties: z.enum(parties).optional().describe('first, third or any (advertising and cookie claims).'),
    purposes: purposeList('The allowed purposes (purpose_limitation) or the purposes gated by consent (consent_before).'),
    types: z.array(z.enum(storageTypes)).optional().describe('Storage types for no_personal_data_in_storage (default: all).'),
    period: isoPeriod('For time-boxed statements ("in the preceding twelve months"): an ISO-8601 duration such as P12M.'),
    text: text('The statement, for type: statement.'),
    quote,
    evidence,
  })
  .describe('Something the policy promises not to do, as a checkable predicate.');

const signalStance = (what: string) =>
  z.enum(signalStances).optional().describe(`${what}: honored, not_honored or not_mentioned.`);

const signalsSchema = z
  .strictObject({
    do_not_track: signalStance('Do Not Track'),
    global_privacy_control: signalStance('Global Privacy Control'),
    quote,
  })
  .describe('What the policy says about browser privacy signals.');

const childrenSchema = z
  .strictObject({
    directed_to_children: flag('The service is directed to children.'),
    min_age: z
      .array(
        z
          .strictObject({
            age: z.int().min(0).describe('Minimum age in years.'),
            region: text('Where it applies (US, EU …).'),
            basis: text('Law or reason (COPPA, GDPR Art. 8 …).'),
          })
          .describe('A minimum age.'),
      )
      .optional()
      .describe('Minimum ages, per region.'),
    knowingly_collects: z
      .enum(childCollectionStances)
      .optional()
      .describe('Whether data from children under the minimum age is collected knowingly: never, with_parental_consent or allowed.'),
    parental_consent: z
      .strictObject({
        method: text('How consent is obtained (email, signed form, credit card …).'),
        collects: z
          .array(
            z
              .strictObject({
                category: z.string().min(1).describe('Category key or alias.'),
                subject: text('Subject id it is collected from (e.g. parent_guardian).'),
              })
              .describe('Data collected to obtain consent.'),
          )
          .optional()
          .describe('Data collected to obtain consent.'),
        pending_retention: z
          .string()
          .regex(retentionPeriod, { error: periodHint })
          .optional()
          .describe('How long that data is kept while consent is pending.'),
      })
      .optional()
      .describe('Verifiable parental consent.'),
    school_consent: flag('Schools may authorise collection (COPPA school authorisation).'),
    on_discovery: z
      .array(z.enum(childDiscoveryActions))
      .optional()
      .describe('What happens when a child\'s data is found: delete, terminate_account, contact_parent.'),
    parent_rights: z
      .array(z.enum(parentRights))
      .optional()
      .describe('What parents may do: review, delete, stop_collection, grades_overview.'),
    statement_present: flag('A children\'s section exists even if its content is not available.'),
    quote,
  })
  .describe('Children\'s privacy.');

const saleAndSharingSchema = z
  .strictObject({
    sells: flag('Sells personal information (CCPA "sale").'),
    shares_for_cross_context_ads: flag('Shares personal information for cross-context behavioural advertising (CPRA "share").'),
    third_party_ads_on_service: flag('Shows ads for third parties\' products on the service.'),
    own_ads_via_third_parties: flag('Markets its own services through advertising partners.'),
    period: isoPeriod('Period the statement covers (P12M).'),
    quote,
  })
  .describe('Sale and sharing of personal information (CCPA/CPRA).');

const rightSchema = z
  .strictObject({
    right: z.enum(rightKinds).describe(`The right: ${rightKinds.join(', ')}.`),
    how: z.enum(rightChannels).optional().describe(`How to exercise it: ${rightChannels.join(', ')}.`),
    contact: text('Address or URL to use.'),
    verification: flag('Identity is verified before the request is handled.'),
    limits: text('Limits the policy states.'),
    evidence,
    quote,
  })
  .describe('A right users can exercise.');

const transferSchema = z
  .strictObject({
    to: z
      .array(z.string().regex(/^([A-Z]{2}|\*)$/, { error: 'use an ISO 3166 country code such as US, or * for anywhere' }))
      .describe('ISO 3166 country codes the data goes to (* = anywhere).'),
    mechanism: z
      .enum(transferMechanisms)
      .optional()
      .describe('Transfer mechanism (eu_us_safe_harbor and eu_us_privacy_shield are no longer valid and load with a warning).'),
    note: text('Anything else the policy says about the transfer.'),
    quote,
  })
  .describe('An international transfer (GDPR Art. 30(1)(e)).');

const retentionPolicySchema = z
  .strictObject({
    default: retentionSchema.optional().describe('Retention for everything not covered by an override.'),
    backups: retentionSchema.optional().describe('Retention in backups.'),
    overrides: z
      .array(
        retentionSchema
          .extend({ categories: z.array(z.string().min(1)).describe('Category keys or aliases this period applies to.') })
          .describe('Retention for particular categories.'),
      )
      .optional()
      .describe('Per-category retention.'),
  })
  .describe('How long data is kept.');

const securitySchema = z
  .strictObject({
    encryption_in_transit: flag('Personal data is only sent encrypted (checked: no personal data to http:// URLs).'),
    statements: z.array(z.string()).optional().describe('Other security statements (not checked).'),
  })
  .describe('Security measures.');

const ccpaRow = z.enum(ccpaRows);
const ccpaStatus = z.enum(['collected', 'not_collected']).optional();

const regionalSchema = z
  .strictObject({
    ccpa: z
      .strictObject({
        categories: z
          .strictObject(Object.fromEntries(ccpaRows.map((row) => [row, ccpaStatus.describe(`CCPA row "${row}": collected or not_collected.`)])))
          .optional()
          .describe('The CCPA table as published: collected or not_collected per row; Candor checks it against collect.'),
        disclosed_for_business_purpose: z.array(ccpaRow).optional().describe('Rows disclosed for a business purpose.'),
        sold: z.array(ccpaRow).optional().describe('Rows sold.'),
        shared: z.array(ccpaRow).optional().describe('Rows shared for cross-context behavioural advertising.'),
        period: isoPeriod('Period the table covers (P12M).'),
      })
      .optional()
      .describe('Only if the policy publishes a CCPA table; Candor derives its own and compares.'),
    gdpr: z
      .strictObject({
        representative: contactSchema.optional().describe('Art. 27 representative.'),
        supervisory_authority: text('Lead supervisory authority.'),
      })
      .optional()
      .describe('GDPR specifics.'),
    other: z.record(z.string(), z.unknown()).optional().describe('Free-form notes for other regimes (lgpd, pipeda …).'),
  })
  .describe('What the policy states for particular laws.');

const exportSurfaces = ids('Surface ids to export.');

const exportSchema = z
  .strictObject({
    apple: z.strictObject({ surfaces: exportSurfaces }).optional().describe('Apple PrivacyInfo.xcprivacy export.'),
    google_play: z
      .strictObject({
        surfaces: exportSurfaces,
        account_creation: z
          .array(z.enum(googleAccountCreation))
          .optional()
          .describe(`Account creation methods: ${googleAccountCreation.join(', ')}.`),
        deletion_url: text('Where users request account deletion.'),
      })
      .optional()
      .describe('Google Play data safety export.'),
    fides: z
      .strictObject({
        surfaces: exportSurfaces,
        organization_fides_key: text('Fides organisation key.'),
      })
      .optional()
      .describe('Fides export.'),
  })
  .describe('Export settings that cannot be derived from the rest of the manifest.');

const vendorStorageSchema = z
  .strictObject({
    name: z.string().min(1).describe('Cookie name or storage key (with match: glob, * = any run of characters).'),
    match: z.enum(['exact', 'glob']).optional().describe('exact (default) or glob.'),
    type: z.enum(['cookie', 'local_storage', 'session_storage', 'indexeddb']).describe('cookie, local_storage, session_storage or indexeddb.'),
    category: z.enum(cookieCategories).describe('strictly_necessary, functional, analytics, marketing or unclassified.'),
    duration: storageDurationSchema,
    third_party: flag('Set on the vendor\'s own domain: a third-party cookie.'),
    contains: categoryList('What the value holds ([] = no personal data).'),
  })
  .describe('A cookie or storage key the vendor\'s SDK sets.');

const vendorSchema = z
  .strictObject({
    id: z
      .string()
      .regex(vendorIdPattern, { error: 'use a kebab-case id such as acme-analytics' })
      .describe('Kebab-case vendor id, referenced by recipients[].vendor.'),
    name: z.string().min(1).describe('Display name.'),
    aliases: z.array(z.string()).optional().describe('Other names a policy may use for the vendor.'),
    service: z.enum(serviceTypes).describe('What the vendor does.'),
    docs: text('Developer documentation URL.'),
    privacy_policy: text('Privacy policy URL.'),
    packages: z.array(z.string()).optional().describe('npm packages (exact names; @scope/* for a whole scope); importing one is evidence.'),
    hosts: z.array(z.string()).optional().describe('Script, API and collection hosts, optionally with a path prefix (cdn.acme.example/sdk.js, *.acme.example).'),
    globals: z.array(z.string()).optional().describe('Globals its snippet defines (acme, _acmeq).'),
    receives: categoryList('What the vendor receives by default.'),
    collects: categoryList('What its script collects directly on the user\'s device once loaded.'),
    storage: z.array(vendorStorageSchema).optional().describe('Cookies and storage keys its SDK sets.'),
    related: z.array(z.string()).optional().describe('Catalog ids of vendors this one is part of or succeeded by.'),
  })
  .describe('A vendor Candor\'s catalog does not know (an in-house or niche service).');

/** The `privacy.yaml` schema, version 1. */
export const manifestSchema = z
  .strictObject({
    privacy_manifest: z.literal(1).describe('Schema version; always 1.'),
    policy: policySchema.optional(),
    controller: controllerSchema.optional(),
    surfaces: z.array(surfaceSchema).optional().describe('Product parts this manifest covers (default: everything in the repository).'),
    exclusions: z.array(exclusionSchema).optional().describe('Product parts governed by other documents.'),
    subjects: z.array(subjectSchema).optional().describe('Data subjects: fideslang subjects and your extensions of them.'),
    collect: z.array(collectSchema).optional().describe('What is collected and why, one entry per processing activity.'),
    recipients: z.array(recipientSchema).optional().describe('Everyone outside the company who receives or collects data.'),
    device_storage: deviceStorageSchema.optional(),
    claims: z.array(claimSchema).optional().describe('What the policy promises not to do.'),
    signals: signalsSchema.optional(),
    children: childrenSchema.optional(),
    sale_and_sharing: saleAndSharingSchema.optional(),
    rights: z.array(rightSchema).optional().describe('Rights users can exercise and how.'),
    transfers: z.array(transferSchema).optional().describe('International transfers.'),
    retention: retentionPolicySchema.optional(),
    security: securitySchema.optional(),
    regional: regionalSchema.optional(),
    export: exportSchema.optional(),
    vendors: z.array(vendorSchema).optional().describe('Vendors to add to Candor\'s catalog, so recipients[].vendor can name them.'),
  })
  .describe('Candor privacy manifest: what the privacy policy says, in a form code can be checked against.');

/** `privacy.yaml` as written (aliases, optional lists). */
export type ManifestInput = z.input<typeof manifestSchema>;

/** `privacy.yaml` after schema validation, before normalisation. */
export type ManifestParsed = z.output<typeof manifestSchema>;
