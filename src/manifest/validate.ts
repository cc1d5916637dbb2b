/**
 * Semantic checks and normalisation, run by the loader once the schema has accepted the shape: every
 * category, purpose, subject and vendor exists (aliases expanded), ids are unique, references resolve,
 * patterns compile. The result is the `Manifest` the rest of Candor reads, plus issues addressed by
 * YAML path so the loader can give each a line and column.
 */
import { vendors as catalogVendors } from '../catalog/vendors/index.js';
import { resolveCategory, resolvePurpose, resolveSubject, subjects as knownSubjects, suggestCategory, suggestPurpose } from '../catalog/taxonomy.js';
import type { VendorEntry, VendorStorageItem } from '../catalog/types.js';
import { closest } from '../util/edit-distance.js';
import { parseDuration } from './duration.js';
import { roles } from './model.js';
import type {
  Ccpa,
  CcpaRow,
  Children,
  Claim,
  ClaimExceptions,
  ClaimType,
  CollectCategory,
  CollectEntry,
  DeviceStorage,
  ExportSettings,
  Manifest,
  ManifestVendor,
  Precision,
  Recipient,
  Regional,
  Retention,
  RetentionPolicy,
  Role,
  StorageClass,
  StorageDeclaration,
  StorageItem,
  Subject,
  Surface,
  TransferMechanism,
} from './model.js';
import type { ManifestParsed } from './schema.js';

export type ManifestPath = (string | number)[];

/** A problem found after the schema check, addressed by its path in the YAML document. */
export interface ManifestIssue {
  path: ManifestPath;
  severity: 'error' | 'warning';
  message: string;
}

export interface CheckedManifest {
  manifest: Manifest;
  issues: ManifestIssue[];
}

/** Vendor ids are kebab-case; `google_analytics` and `Google_Analytics` are read as `google-analytics`. */
export function normaliseVendorId(id: string): string {
  return id.trim().toLowerCase().replaceAll('_', '-');
}

/** Transfer frameworks struck down by the CJEU: still loadable (old policies cite them) but flagged. */
const invalidatedMechanisms: Partial<Record<TransferMechanism, string>> = {
  eu_us_safe_harbor: 'has been invalid since 2015-10-06 (CJEU C-362/14, Schrems I)',
  eu_us_privacy_shield: 'has been invalid since 2020-07-16 (CJEU C-311/18, Schrems II)',
};

/** Claim types that say nothing without the categories they are about. */
const claimsNeedingCategories: ReadonlySet<ClaimType> = new Set<ClaimType>([
  'not_collected',
  'not_stored',
  'not_shared',
  'not_sold',
  'user_entered_only',
]);

const roleSet: ReadonlySet<string> = new Set(roles);

type Parsed = ManifestParsed;
type ParsedCollect = NonNullable<Parsed['collect']>[number];
type ParsedRecipient = NonNullable<Parsed['recipients']>[number];
type ParsedStorage = NonNullable<NonNullable<Parsed['device_storage']>['items']>[number];
type ParsedClass = NonNullable<NonNullable<Parsed['device_storage']>['classes']>[number];
type ParsedClaim = NonNullable<Parsed['claims']>[number];
type ParsedRetention = NonNullable<ParsedCollect['retention']>;
type ParsedVendor = NonNullable<Parsed['vendors']>[number];

/**
 * Normalises a schema-valid manifest and reports what does not resolve. `catalog` is Candor's vendor
 * registry (a parameter so tests can pass their own).
 */
export function checkManifest(parsed: Parsed, catalog: readonly VendorEntry[] = catalogVendors): CheckedManifest {
  const checker = new Checker(parsed, catalog);
  return { manifest: checker.run(), issues: checker.issues };
}

class Checker {
  readonly issues: ManifestIssue[] = [];
  private readonly surfaceIds: Set<string>;
  private readonly subjectIds: Set<string>;
  private readonly collectIds: Set<string>;
  private readonly recipientIds: Set<string>;
  private readonly vendorById = new Map<string, { name: string; aliases: readonly string[]; entry?: VendorEntry; own?: ParsedVendor }>();

  constructor(
    private readonly parsed: Parsed,
    catalog: readonly VendorEntry[],
  ) {
    this.surfaceIds = this.uniqueIds('surfaces', parsed.surfaces, 'surface');
    this.uniqueIds('exclusions', parsed.exclusions, 'exclusion');
    this.subjectIds = this.uniqueIds('subjects', parsed.subjects, 'subject');
    this.collectIds = this.uniqueIds('collect', parsed.collect, 'collect');
    this.recipientIds = this.uniqueIds('recipients', parsed.recipients, 'recipient');
    this.uniqueIds('claims', parsed.claims, 'claim');
    for (const entry of catalog) this.vendorById.set(entry.id, { name: entry.name, aliases: entry.aliases ?? [], entry });
    const seen = new Map<string, number>();
    (parsed.vendors ?? []).forEach((vendor, index) => {
      const id = normaliseVendorId(vendor.id);
      const first = seen.get(id);
      if (first !== undefined) {
        this.error(['vendors', index, 'id'], `duplicate id "${vendor.id}" in vendors; the first is vendors[${first}]. Give each entry its own id`);
        return;
      }
      seen.set(id, index);
      if (this.vendorById.has(id)) {
        this.error(['vendors', index, 'id'], `vendor "${id}" is already in Candor's catalog; name it in recipients[].vendor directly, or give this entry another id`);
        return;
      }
      this.vendorById.set(id, { name: vendor.name, aliases: vendor.aliases ?? [], own: vendor });
    });
  }

  run(): Manifest {
    const p = this.parsed;
    const vendors = (p.vendors ?? []).map((vendor, index) => this.vendor(vendor, index));
    return {
      privacy_manifest: 1,
      policy: {
        ...definedOnly(p.policy ?? {}),
        completeness: p.policy?.completeness ?? 'complete',
        gaps: p.policy?.gaps ?? [],
        languages: p.policy?.languages ?? [],
      },
      controller: {
        ...definedOnly({
          name: p.controller?.name,
          legal_name: p.controller?.legal_name,
          role: p.controller?.role,
          contact: p.controller?.contact,
          dpo: p.controller?.dpo,
          representative: p.controller?.representative ?? undefined,
        }),
        vendor_ids: this.vendorRefs(p.controller?.vendor_ids, ['controller', 'vendor_ids']),
      },
      surfaces: (p.surfaces ?? []).map((surface, index): Surface => ({
        id: surface.id,
        index,
        ...definedOnly({ description: surface.description, platform: surface.platform }),
        hosts: surface.hosts ?? [],
        paths: surface.paths ?? [],
        subjects: this.subjectRefs(surface.subjects, ['surfaces', index, 'subjects']),
      })),
      exclusions: (p.exclusions ?? []).map((exclusion, index) => ({
        id: exclusion.id,
        index,
        ...definedOnly({ description: exclusion.description, governed_by: exclusion.governed_by }),
        paths: exclusion.paths ?? [],
      })),
      subjects: (p.subjects ?? []).map((subject, index) => this.subject(subject, index)),
      collect: (p.collect ?? []).map((entry, index) => this.collect(entry, index)),
      recipients: (p.recipients ?? []).map((recipient, index) => this.recipient(recipient, index)),
      device_storage: this.deviceStorage(),
      claims: (p.claims ?? []).map((claim, index) => this.claim(claim, index)),
      signals: definedOnly(p.signals ?? {}),
      children: this.children(),
      sale_and_sharing: definedOnly(p.sale_and_sharing ?? {}),
      rights: (p.rights ?? []).map((right, index) => ({ ...definedOnly(right), right: right.right, index })),
      transfers: (p.transfers ?? []).map((transfer, index) => {
        this.mechanism(transfer.mechanism, ['transfers', index, 'mechanism']);
        return { ...definedOnly(transfer), to: transfer.to, index };
      }),
      retention: this.retentionPolicy(),
      security: { ...definedOnly({ encryption_in_transit: p.security?.encryption_in_transit }), statements: p.security?.statements ?? [] },
      regional: this.regional(),
      export: this.exportSettings(),
      vendors,
    };
  }

  // --- blocks -------------------------------------------------------------------------------------

  private subject(subject: NonNullable<Parsed['subjects']>[number], index: number): Subject {
    const canonical = resolveSubject(subject.id);
    const result: Subject = { id: canonical ?? subject.id, index };
    if (subject.extends !== undefined) {
      const parent = resolveSubject(subject.extends);
      if (parent === undefined) {
        this.unknown(
          ['subjects', index, 'extends'],
          'subject',
          subject.extends,
          this.suggestSubject(subject.extends, false),
          'extends names a fideslang data subject such as customer or visitor',
        );
      } else {
        result.extends = parent;
      }
    } else if (canonical === undefined) {
      const suggestion = this.suggestSubject(subject.id, false);
      this.error(
        ['subjects', index, 'id'],
        suggestion === undefined
          ? `unknown subject "${subject.id}"; for your own subject, add extends with the fideslang subject it belongs to (customer, visitor, prospect …)`
          : `unknown subject "${subject.id}"; did you mean "${suggestion}"? For your own subject, add extends with the fideslang subject it belongs to`,
      );
    }
    if (subject.description !== undefined) result.description = subject.description;
    return result;
  }

  private collect(entry: ParsedCollect, index: number): CollectEntry {
    const path = ['collect', index];
    const result: CollectEntry = {
      id: entry.id,
      index,
      ...definedOnly({
        description: entry.description,
        precision: entry.precision,
        source: entry.source,
        channel: entry.channel,
        required: entry.required,
        legal_basis: entry.legal_basis,
        special_category_basis: entry.special_category_basis,
        consent: entry.consent,
        linked: entry.linked,
        tracking: entry.tracking,
        identifiability: entry.identifiability,
        evidence: entry.evidence,
        quote: entry.quote,
      }),
      subjects: this.subjectRefs(entry.subjects, [...path, 'subjects']),
      surfaces: this.refs(entry.surfaces, [...path, 'surfaces'], this.surfaceIds, 'surface'),
      categories: this.collectCategories(entry, path),
      via: this.refs(entry.via, [...path, 'via'], this.recipientIds, 'recipient'),
      purposes: this.purposes(entry.purposes, [...path, 'purposes']),
      stored_by: entry.stored_by ?? 'first_party',
      recipients: this.refs(entry.recipients, [...path, 'recipients'], this.recipientIds, 'recipient'),
    };
    if (entry.retention !== undefined) result.retention = retention(entry.retention);
    return result;
  }

  private collectCategories(entry: ParsedCollect, path: ManifestPath): CollectCategory[] {
    const result: CollectCategory[] = [];
    const seen = new Set<string>();
    entry.categories.forEach((item, i) => {
      const written = typeof item === 'string' ? item : item.category;
      const itemPath = typeof item === 'string' ? [...path, 'categories', i] : [...path, 'categories', i, 'category'];
      const keys = this.resolveCategory(written, itemPath);
      const precision: Precision | undefined = typeof item === 'string' ? entry.precision : (item.precision ?? entry.precision);
      const fields = typeof item === 'string' ? undefined : item.fields;
      for (const key of keys) {
        if (seen.has(key)) continue;
        seen.add(key);
        const category: CollectCategory = { key };
        if (precision !== undefined) category.precision = precision;
        if (fields !== undefined) category.fields = fields;
        result.push(category);
      }
    });
    return result;
  }

  private recipient(recipient: ParsedRecipient, index: number): Recipient {
    const path = ['recipients', index];
    const vendorId = recipient.vendor === undefined ? undefined : this.vendorRef(recipient.vendor, [...path, 'vendor']);
    const known = vendorId === undefined ? undefined : this.vendorById.get(vendorId);
    this.mechanism(recipient.transfer_mechanism, [...path, 'transfer_mechanism']);
    const declared = recipient.receives !== undefined;
    const receives = declared
      ? this.categories(recipient.receives, [...path, 'receives'])
      : [...(known?.entry?.receives ?? []), ...this.categoriesQuiet(known?.own?.receives)];
    const service = recipient.service ?? known?.entry?.service ?? known?.own?.service;
    return {
      id: recipient.id,
      index,
      ...definedOnly({
        name: recipient.name,
        vendor: vendorId,
        role: recipient.role,
        service,
        collects_directly: recipient.collects_directly,
        disclosure: recipient.disclosure,
        transfer_mechanism: recipient.transfer_mechanism,
        privacy_policy: recipient.privacy_policy,
        opt_out: recipient.opt_out,
        evidence: recipient.evidence,
        quote: recipient.quote,
      }),
      receives,
      receives_declared: declared,
      purposes: this.purposes(recipient.purposes, [...path, 'purposes']),
      conditions: recipient.conditions ?? [],
      location: recipient.location ?? [],
    };
  }

  private deviceStorage(): DeviceStorage {
    const storage = this.parsed.device_storage ?? {};
    return {
      ...definedOnly({ third_party_cookies: storage.third_party_cookies, consent_gate: storage.consent_gate }),
      items: (storage.items ?? []).map((item, index) => this.storageItem(item, index)),
      classes: (storage.classes ?? []).map((entry, index) => this.storageClass(entry, index)),
    };
  }

  private storageItem(item: ParsedStorage, index: number): StorageItem {
    const path = ['device_storage', 'items', index];
    const match = item.match ?? 'exact';
    if (match === 'regex') {
      try {
        new RegExp(item.name);
      } catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '') : String(error);
        this.error([...path, 'name'], `invalid regex "${item.name}": ${reason}; fix the pattern, or use match: glob`);
      }
    }
    return { ...this.storageDeclaration(item, path, index), name: item.name, match, type: item.type };
  }

  private storageClass(entry: ParsedClass, index: number): StorageClass {
    const path = ['device_storage', 'classes', index];
    const result: StorageClass = { ...this.storageDeclaration(entry, path, index), types: entry.types ?? [] };
    if (entry.party !== undefined) result.party = entry.party;
    return result;
  }

  private storageDeclaration(entry: ParsedStorage | ParsedClass, path: ManifestPath, index: number): StorageDeclaration {
    if (entry.provider !== undefined && entry.provider !== 'first_party' && !this.recipientIds.has(entry.provider)) {
      this.unknownRef(entry.provider, [...path, 'provider'], this.recipientIds, 'provider', 'use first_party or a recipient id', ['first_party']);
    }
    if (entry.duration !== undefined) this.duration(entry.duration, [...path, 'duration']);
    return {
      ...definedOnly({
        provider: entry.provider,
        domain: entry.domain,
        category: entry.category,
        duration: entry.duration,
        refresh: entry.refresh,
        quote: entry.quote,
      }),
      index,
      purposes: this.purposes(entry.purposes, [...path, 'purposes']),
      tcf_purposes: entry.tcf_purposes ?? [],
      contains: this.categories(entry.contains, [...path, 'contains']),
      contains_declared: entry.contains !== undefined,
      surfaces: this.refs(entry.surfaces, [...path, 'surfaces'], this.surfaceIds, 'surface'),
    };
  }

  private claim(claim: ParsedClaim, index: number): Claim {
    const path = ['claims', index];
    const categories = this.categories(claim.categories, [...path, 'categories']);
    const purposes = this.purposes(claim.purposes, [...path, 'purposes']);
    if (claimsNeedingCategories.has(claim.type) && claim.categories === undefined) {
      this.error(['claims', index, 'type'], `claim "${claim.id}" of type ${claim.type} needs categories; list the categories it is about, e.g. categories: [user]`);
    }
    if (claim.type === 'purpose_limitation' && claim.purposes === undefined) {
      this.error(['claims', index, 'type'], `claim "${claim.id}" of type purpose_limitation needs purposes; list the purposes the data may be used for`);
    }
    if (claim.type === 'consent_before' && claim.purposes === undefined && claim.categories === undefined) {
      this.error(['claims', index, 'type'], `claim "${claim.id}" of type consent_before needs purposes or categories; list what is gated by consent`);
    }
    return {
      id: claim.id,
      type: claim.type,
      index,
      ...definedOnly({
        precision: claim.precision,
        parties: claim.parties,
        period: claim.period,
        text: claim.text,
        evidence: claim.evidence,
        quote: claim.quote,
      }),
      categories,
      subjects: this.subjectRefs(claim.subjects, [...path, 'subjects']),
      surfaces: this.refs(claim.surfaces, [...path, 'surfaces'], this.surfaceIds, 'surface'),
      applies_to: this.refs(claim.applies_to, [...path, 'applies_to'], this.collectIds, 'collect entry'),
      except: this.exceptions(claim.except, [...path, 'except']),
      purposes,
      types: claim.types ?? [],
    };
  }

  private exceptions(values: readonly string[] | undefined, path: ManifestPath): ClaimExceptions {
    const result: ClaimExceptions = { recipients: [], roles: [], purposes: [] };
    (values ?? []).forEach((value, i) => {
      // A recipient id wins over a role or purpose of the same spelling (Balsamiq's `order_fulfilment`).
      if (this.recipientIds.has(value)) {
        result.recipients.push(value);
      } else if (roleSet.has(value)) {
        result.roles.push(value as Role);
      } else {
        const purposes = resolvePurpose(value);
        if (purposes !== undefined) {
          for (const purpose of purposes) if (!result.purposes.includes(purpose)) result.purposes.push(purpose);
          return;
        }
        const suggestion = closest(value, [...this.recipientIds, ...roles]) ?? suggestPurpose(value);
        this.unknown([...path, i], 'exception', value, suggestion, 'except takes recipient ids, recipient roles or purposes');
      }
    });
    return result;
  }

  private children(): Children {
    const children = this.parsed.children ?? {};
    const result: Children = {
      ...definedOnly({
        directed_to_children: children.directed_to_children,
        knowingly_collects: children.knowingly_collects,
        school_consent: children.school_consent,
        statement_present: children.statement_present,
        quote: children.quote,
      }),
      min_age: (children.min_age ?? []).map((age, index) => ({ ...definedOnly(age), age: age.age, index })),
      on_discovery: children.on_discovery ?? [],
      parent_rights: children.parent_rights ?? [],
    };
    const consent = children.parental_consent;
    if (consent !== undefined) {
      const path = ['children', 'parental_consent', 'collects'];
      result.parental_consent = {
        ...definedOnly({ method: consent.method, pending_retention: consent.pending_retention }),
        collects: (consent.collects ?? []).flatMap((item, index) => {
          const keys = this.resolveCategory(item.category, [...path, index, 'category']);
          const subject = item.subject === undefined ? undefined : this.subjectRef(item.subject, [...path, index, 'subject']);
          return keys.map((category) => (subject === undefined ? { category, index } : { category, subject, index }));
        }),
      };
    }
    return result;
  }

  private retentionPolicy(): RetentionPolicy {
    const policy = this.parsed.retention ?? {};
    const result: RetentionPolicy = {
      overrides: (policy.overrides ?? []).map((override, index) => ({
        ...retention(override),
        index,
        categories: this.categories(override.categories, ['retention', 'overrides', index, 'categories']),
      })),
    };
    if (policy.default !== undefined) result.default = retention(policy.default);
    if (policy.backups !== undefined) result.backups = retention(policy.backups);
    return result;
  }

  private regional(): Regional {
    const regional = this.parsed.regional ?? {};
    const result: Regional = { other: regional.other ?? {} };
    if (regional.ccpa !== undefined) {
      const ccpa = regional.ccpa;
      const categories: Ccpa['categories'] = {};
      for (const [row, status] of Object.entries(ccpa.categories ?? {})) {
        if (status !== undefined) categories[row as CcpaRow] = status;
      }
      result.ccpa = {
        ...definedOnly({ period: ccpa.period }),
        categories,
        disclosed_for_business_purpose: ccpa.disclosed_for_business_purpose ?? [],
        sold: ccpa.sold ?? [],
        shared: ccpa.shared ?? [],
      };
    }
    if (regional.gdpr !== undefined) {
      const gdpr: NonNullable<Regional['gdpr']> = {};
      if (regional.gdpr.representative !== undefined) gdpr.representative = regional.gdpr.representative;
      if (regional.gdpr.supervisory_authority !== undefined) gdpr.supervisory_authority = regional.gdpr.supervisory_authority;
      result.gdpr = gdpr;
    }
    return result;
  }

  private exportSettings(): ExportSettings {
    const settings = this.parsed.export ?? {};
    const surfaces = (values: readonly string[] | undefined, target: string): string[] =>
      this.refs(values, ['export', target, 'surfaces'], this.surfaceIds, 'surface');
    const result: ExportSettings = {};
    if (settings.apple !== undefined) result.apple = { surfaces: surfaces(settings.apple.surfaces, 'apple') };
    if (settings.google_play !== undefined) {
      const play = settings.google_play;
      result.google_play = {
        ...definedOnly({ deletion_url: play.deletion_url }),
        surfaces: surfaces(play.surfaces, 'google_play'),
        account_creation: play.account_creation ?? [],
      };
    }
    if (settings.fides !== undefined) {
      result.fides = {
        ...definedOnly({ organization_fides_key: settings.fides.organization_fides_key }),
        surfaces: surfaces(settings.fides.surfaces, 'fides'),
      };
    }
    return result;
  }

  private vendor(vendor: ParsedVendor, index: number): ManifestVendor {
    const path = ['vendors', index];
    const storage = (vendor.storage ?? []).map((item, i): VendorStorageItem => {
      this.duration(item.duration, [...path, 'storage', i, 'duration']);
      const result: VendorStorageItem = {
        name: item.name,
        type: item.type,
        category: item.category,
        duration: item.duration,
        contains: this.categories(item.contains, [...path, 'storage', i, 'contains']),
      };
      if (item.match !== undefined) result.match = item.match;
      if (item.third_party !== undefined) result.thirdParty = item.third_party;
      return result;
    });
    return {
      id: normaliseVendorId(vendor.id),
      index,
      name: vendor.name,
      ...definedOnly({ docs: vendor.docs, privacyPolicy: vendor.privacy_policy }),
      aliases: vendor.aliases ?? [],
      service: vendor.service,
      packages: vendor.packages ?? [],
      hosts: vendor.hosts ?? [],
      globals: vendor.globals ?? [],
      receives: this.categories(vendor.receives, [...path, 'receives']),
      collects: this.categories(vendor.collects, [...path, 'collects']),
      storage,
      related: this.vendorRefs(vendor.related, [...path, 'related']),
    };
  }

  // --- vocabulary lookups ----------------------------------------------------------------------------

  private resolveCategory(written: string, path: ManifestPath): readonly string[] {
    const keys = resolveCategory(written);
    if (keys !== undefined) return keys;
    this.unknown(path, 'category', written, suggestCategory(written), 'use a fideslang key such as user.contact.email or an alias such as email');
    return [];
  }

  /** Canonical, de-duplicated keys; unknown entries are reported and dropped. */
  private categories(values: readonly string[] | undefined, path: ManifestPath): string[] {
    const result: string[] = [];
    (values ?? []).forEach((value, i) => {
      for (const key of this.resolveCategory(value, [...path, i])) if (!result.includes(key)) result.push(key);
    });
    return result;
  }

  /** For inherited values already reported where they were declared. */
  private categoriesQuiet(values: readonly string[] | undefined): string[] {
    const result: string[] = [];
    for (const value of values ?? []) for (const key of resolveCategory(value) ?? []) if (!result.includes(key)) result.push(key);
    return result;
  }

  private purposes(values: readonly string[] | undefined, path: ManifestPath): string[] {
    const result: string[] = [];
    (values ?? []).forEach((value, i) => {
      const keys = resolvePurpose(value);
      if (keys === undefined) {
        this.unknown([...path, i], 'purpose', value, suggestPurpose(value), 'use a fideslang data use such as analytics.reporting or an alias such as analytics');
        return;
      }
      for (const key of keys) if (!result.includes(key)) result.push(key);
    });
    return result;
  }

  private subjectRefs(values: readonly string[] | undefined, path: ManifestPath): string[] {
    const result: string[] = [];
    (values ?? []).forEach((value, i) => {
      const id = this.subjectRef(value, [...path, i]);
      if (id !== undefined && !result.includes(id)) result.push(id);
    });
    return result;
  }

  /** A declared subject id, or a fideslang subject used without declaring it. */
  private subjectRef(value: string, path: ManifestPath): string | undefined {
    const canonical = resolveSubject(value);
    if (canonical !== undefined) return canonical;
    if (this.subjectIds.has(value)) return value;
    this.unknown(path, 'subject', value, this.suggestSubject(value, true), 'declare it under subjects, or use a fideslang data subject such as customer');
    return undefined;
  }

  private suggestSubject(value: string, includeDeclared: boolean): string | undefined {
    const candidates = knownSubjects.map((subject) => subject.key);
    return closest(value, includeDeclared ? [...this.subjectIds, ...candidates] : candidates);
  }

  private vendorRefs(values: readonly string[] | undefined, path: ManifestPath): string[] {
    const result: string[] = [];
    (values ?? []).forEach((value, i) => {
      const id = this.vendorRef(value, [...path, i]);
      if (id !== undefined && !result.includes(id)) result.push(id);
    });
    return result;
  }

  private vendorRef(value: string, path: ManifestPath): string | undefined {
    const id = normaliseVendorId(value);
    if (this.vendorById.has(id)) return id;
    const suggestion = this.suggestVendor(id);
    this.error(
      path,
      suggestion === undefined
        ? `unknown vendor "${value}"; it is not in Candor's catalog. Describe it under vendors, or leave vendor out for an unnamed recipient`
        : `unknown vendor "${value}"; did you mean "${suggestion}"?`,
    );
    return undefined;
  }

  private suggestVendor(id: string): string | undefined {
    // A display name or alias written as an id (`google-analytics-4` for GA4, `logmatic-io`) is the commonest miss.
    const squashed = squash(id);
    for (const [candidate, vendor] of this.vendorById) {
      if (squash(vendor.name) === squashed || vendor.aliases.some((alias) => squash(alias) === squashed)) return candidate;
    }
    return closest(id, this.vendorById.keys());
  }

  private refs(values: readonly string[] | undefined, path: ManifestPath, known: ReadonlySet<string>, what: string): string[] {
    const result: string[] = [];
    (values ?? []).forEach((value, i) => {
      if (known.has(value)) {
        if (!result.includes(value)) result.push(value);
        return;
      }
      this.unknownRef(value, [...path, i], known, what);
    });
    return result;
  }

  private unknownRef(
    value: string,
    path: ManifestPath,
    known: ReadonlySet<string>,
    what: string,
    hint?: string,
    alsoValid: readonly string[] = [],
  ): void {
    const suggestion = closest(value, [...alsoValid, ...known]);
    if (suggestion !== undefined) {
      this.error(path, `unknown ${what} "${value}"; did you mean "${suggestion}"?`);
      return;
    }
    const block = blockOf(what);
    const listed = known.size === 0 ? `no ${block} are declared` : `declared ${block}: ${[...known].slice(0, 8).join(', ')}${known.size > 8 ? ' …' : ''}`;
    this.error(path, `unknown ${what} "${value}"; ${hint === undefined ? '' : `${hint}; `}${listed}`);
  }

  private duration(value: string, path: ManifestPath): void {
    if (parseDuration(value) === undefined) {
      this.error(path, `"${value}" is not a valid duration; use session, persistent or an ISO-8601 duration such as P2Y, P30D or PT30M`);
    }
  }

  private mechanism(mechanism: TransferMechanism | undefined, path: ManifestPath): void {
    const why = mechanism === undefined ? undefined : invalidatedMechanisms[mechanism];
    if (why === undefined) return;
    this.issues.push({
      path,
      severity: 'warning',
      message: `transfer mechanism ${mechanism} ${why}; name the mechanism in use now, such as dpf or scc`,
    });
  }

  private uniqueIds(block: string, entries: readonly { id: string }[] | undefined, what: string): Set<string> {
    const firstIndex = new Map<string, number>();
    (entries ?? []).forEach((entry, index) => {
      const first = firstIndex.get(entry.id);
      if (first === undefined) firstIndex.set(entry.id, index);
      else this.error([block, index, 'id'], `duplicate ${what} id "${entry.id}"; the first is ${block}[${first}]. Give each entry its own id`);
    });
    return new Set(firstIndex.keys());
  }

  /** `unknown <kind> "<value>"`, then a suggestion when there is one, else what is accepted instead. */
  private unknown(path: ManifestPath, kind: string, value: string, suggestion: string | undefined, otherwise: string): void {
    this.error(path, `unknown ${kind} "${value}"; ${suggestion === undefined ? otherwise : `did you mean "${suggestion}"?`}`);
  }

  private error(path: ManifestPath, message: string): void {
    this.issues.push({ path, severity: 'error', message });
  }
}

function retention(value: ParsedRetention): Retention {
  return definedOnly({ period: value.period, then: value.then, basis: value.basis, note: value.note });
}

function blockOf(what: string): string {
  switch (what) {
    case 'surface':
      return 'surfaces';
    case 'collect entry':
      return 'collect entries';
    default:
      return 'recipients';
  }
}

function squash(name: string): string {
  return name.toLowerCase().replaceAll(/[^a-z0-9]/g, '');
}

/** Drops keys whose value is undefined, so optional fields are absent rather than present-and-undefined. */
function definedOnly<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
