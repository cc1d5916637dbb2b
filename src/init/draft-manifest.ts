/**
 * `candor init`: a first `privacy.yaml` drafted from what the scan saw (every category collected,
 * every recipient, every cookie and storage key) and, when given, what the policy text says (vendors it
 * names, what it denies, the signals it mentions). Code shows what happens, never why: purposes, legal
 * bases, retention and roles are left as TODO comments beside placeholders that still load, so the
 * draft validates from the start and `candor scan` can run against it while people fill it in.
 */
import { parse } from 'yaml';
import type { VendorEntry, VendorStorageItem } from '../catalog/types.js';
import type { Observation, StorageType } from '../core/observation.js';
import type { CollectedClaim, NotCollectedClaim, SignalClaim, VendorClaim } from '../policy/claims.js';
import type { PolicyReading } from '../policy/read-policy.js';
import { repositoryUrl } from '../rule-docs.js';
import { toolVersion } from '../version.js';

export interface DraftInput {
  /** The scan's observations, in report order. */
  observations: readonly Observation[];
  /** The vendor catalog the scan used. */
  vendors: readonly VendorEntry[];
  /** Files the scan read. */
  files: number;
  /** Where the JSON Schema is, for the `yaml-language-server` line (relative to the draft). */
  schema: string;
  /** The policy text read with `readPolicy`, and its path relative to the draft (for `policy.text`). */
  policy?: { reading: PolicyReading; text: string };
}

export interface ManifestDraft {
  text: string;
  collect: number;
  recipients: number;
  storage: number;
  claims: number;
  /** Lines that still need a person's answer. */
  todos: number;
}

type Precision = NonNullable<Observation['precision']>;
const precisionOrder: readonly Precision[] = ['precise', 'approximate', 'postal_code', 'city', 'region', 'country'];

/** Where something was seen: `src/signup.tsx:16`, the first few places, sorted. */
class Sightings {
  private readonly places = new Set<string>();
  add(observation: Observation): void {
    this.places.add(`${observation.file}:${observation.line}`);
  }
  describe(limit = 2): string {
    const sorted = [...this.places].sort(comparePlaces);
    const shown = sorted.slice(0, limit).join(', ');
    return sorted.length > limit ? `${shown} (+${sorted.length - limit} more)` : shown;
  }
}

function comparePlaces(a: string, b: string): number {
  const [fileA = '', lineA = '0'] = a.split(/:(?=\d+$)/);
  const [fileB = '', lineB = '0'] = b.split(/:(?=\d+$)/);
  return fileA < fileB ? -1 : fileA > fileB ? 1 : Number(lineA) - Number(lineB);
}

interface CategoryUse {
  seen: Sightings;
  precision?: Precision;
}

interface CollectGroup {
  id: string;
  comment: string;
  source: 'user' | 'automatic';
  channel?: 'form' | 'client_api' | 'server' | 'sdk';
  storedBy?: 'recipient_only';
  categories: Map<string, CategoryUse>;
  recipients: Set<string>;
}

interface StorageUse {
  name: string;
  type: StorageType;
  provider?: string;
  seconds?: number | null;
  catalogItem?: VendorStorageItem;
  contains: Set<string>;
  thirdParty: boolean;
  seen: Sightings;
}

interface RecipientUse {
  id: string;
  vendor: string;
  entry?: VendorEntry;
  /** An unknown third-party host, declared as a vendor of this file's own. */
  host?: string;
  flows: Set<string>;
  seen: Sightings;
  /** Named by the policy text, not seen in the code. */
  policyOnly?: VendorClaim;
}

/**
 * A browser API is a global (`navigator.geolocation…`); a server read goes through a request object the
 * adapter could not trace (`~req.ip`), its headers, or an imported package (`request-ip#getClientIp`).
 */
function isServerRead(api: string | undefined): boolean {
  return api !== undefined && (api.startsWith('~') || api.startsWith('...') || api.includes('#'));
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'host';
}

function addCategory(group: CollectGroup, observation: Observation, category: string): void {
  const use = group.categories.get(category) ?? { seen: new Sightings() };
  use.seen.add(observation);
  const precision = observation.precision;
  if (precision !== undefined && (use.precision === undefined || precisionOrder.indexOf(precision) < precisionOrder.indexOf(use.precision))) use.precision = precision;
  group.categories.set(category, use);
}

/** `P30D`, `PT12H`, `PT30M` or `PT45S`: the shortest exact ISO-8601 form of a lifetime in seconds. */
export function isoDurationOf(seconds: number): string {
  const whole = Math.ceil(seconds);
  // A year of 365 days is shorter than `P1Y` (a mean Gregorian year), so `P1Y` covers it.
  if (whole % 31_536_000 === 0) return `P${whole / 31_536_000}Y`;
  if (whole % 86_400 === 0) return `P${whole / 86_400}D`;
  if (whole % 3600 === 0) return `PT${whole / 3600}H`;
  if (whole % 60 === 0) return `PT${whole / 60}M`;
  return `PT${whole}S`;
}

const plainScalar = /^[A-Za-z_][\w ./*-]*$/;

/** A scalar as YAML: plain when it reads back as the same string, else double-quoted (JSON is valid YAML). */
function scalar(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return plainScalar.test(text) && parse(text) === text ? text : JSON.stringify(text);
}

function flowList(values: Iterable<string>): string {
  return `[${[...values].map(scalar).join(', ')}]`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Signal = 'do_not_track' | 'global_privacy_control';

/** What the scan saw, grouped the way the manifest declares it. */
class Inventory {
  readonly groups = new Map<string, CollectGroup>();
  readonly recipients = new Map<string, RecipientUse>();
  readonly storage = new Map<string, StorageUse>();
  readonly signalsRead = new Map<Signal, Sightings>();
  private readonly hostIds = new Map<string, string>();

  constructor(
    private readonly vendorById: ReadonlyMap<string, VendorEntry>,
    private readonly ownVendors: ReadonlySet<string>,
  ) {}

  add(observation: Observation): void {
    const recipient = this.recipientFor(observation);
    const category = observation.category;
    switch (observation.kind) {
      case 'form-field':
        if (category !== undefined) addCategory(this.group('forms', () => ({ comment: 'Typed into forms.', source: 'user', channel: 'form' })), observation, category);
        break;
      case 'payment':
        if (category !== undefined) {
          const hosted = this.group('hosted-payment', () => ({ comment: 'Typed into a payment processor\'s own fields (its iframe or hosted page).', source: 'user', channel: 'form', storedBy: 'recipient_only' }));
          addCategory(hosted, observation, category);
          if (recipient !== undefined) hosted.recipients.add(recipient.id);
        }
        break;
      case 'browser-api':
        if (observation.signal !== undefined) {
          const seen = this.signalsRead.get(observation.signal) ?? new Sightings();
          seen.add(observation);
          this.signalsRead.set(observation.signal, seen);
        } else if (category !== undefined && isServerRead(observation.api)) {
          addCategory(this.group('server', () => ({ comment: 'Read on the server from requests.', source: 'automatic', channel: 'server' })), observation, category);
        } else if (category !== undefined) {
          addCategory(this.group('browser', () => ({ comment: 'Read from browser APIs.', source: 'automatic', channel: 'client_api' })), observation, category);
        }
        break;
      case 'flow':
        if (category !== undefined && (observation.vendor !== undefined || recipient !== undefined)) this.addFlow(observation, category, recipient);
        break;
      case 'cookie':
      case 'storage':
        if (observation.key !== undefined && observation.storageType !== undefined) addStorage(this.storage, observation, recipient, this.vendorById);
        break;
      default:
        break;
    }
  }

  private addFlow(observation: Observation, category: string, recipient: RecipientUse | undefined): void {
    const vendorId = recipient?.id ?? observation.vendor ?? '';
    const name = recipient?.entry?.name ?? recipient?.host ?? this.vendorById.get(vendorId)?.name ?? vendorId;
    const comment = recipient?.host === undefined ? `Sent to ${name} by its SDK or by calls to it.` : `Sent to ${name} in requests to it.`;
    const flow = this.group(`sdk-${vendorId}`, () => ({ comment, source: 'automatic', channel: 'sdk' }));
    addCategory(flow, observation, category);
    if (recipient !== undefined) {
      flow.recipients.add(recipient.id);
      recipient.flows.add(category);
    }
  }

  private group(id: string, make: () => Omit<CollectGroup, 'id' | 'categories' | 'recipients'>): CollectGroup {
    let found = this.groups.get(id);
    if (found === undefined) {
      found = { id, ...make(), categories: new Map(), recipients: new Set() };
      this.groups.set(id, found);
    }
    return found;
  }

  /** The recipient an observation is about: a catalog vendor, or a third-party host declared as a vendor of its own. */
  private recipientFor(observation: Observation): RecipientUse | undefined {
    let vendor = observation.vendor;
    let host: string | undefined;
    if (vendor === undefined) {
      if (observation.host === undefined || (observation.kind !== 'network' && observation.kind !== 'flow')) return undefined;
      host = observation.host;
      vendor = this.hostIds.get(host) ?? this.hostId(host);
    }
    if (this.ownVendors.has(vendor)) return undefined;
    let use = this.recipients.get(vendor);
    if (use === undefined) {
      const entry = this.vendorById.get(vendor);
      use = { id: vendor, vendor, flows: new Set(), seen: new Sightings(), ...(entry === undefined ? {} : { entry }), ...(host === undefined ? {} : { host }) };
      this.recipients.set(vendor, use);
    }
    use.seen.add(observation);
    return use;
  }

  /** A vendor id for a host, clear of the catalog's ids (the loader refuses to redefine those). */
  private hostId(host: string): string {
    const taken = new Set(this.hostIds.values());
    let id = slug(host);
    while (this.vendorById.has(id) || taken.has(id)) id = `${id}-host`;
    this.hostIds.set(host, id);
    return id;
  }
}

/** Drafts `privacy.yaml` text from a scan's observations and, optionally, a policy reading. */
export function draftManifest(input: DraftInput): ManifestDraft {
  const vendorById = new Map(input.vendors.map((vendor) => [vendor.id, vendor]));
  const claims = input.policy?.reading.claims ?? [];
  const ownVendors = new Set(claims.filter((claim): claim is VendorClaim => claim.kind === 'vendor' && claim.self).map((claim) => claim.vendor));
  const inventory = new Inventory(vendorById, ownVendors);
  for (const observation of input.observations) inventory.add(observation);
  const { groups, recipients, storage, signalsRead } = inventory;

  // The policy's vendors that the code does not show still belong in `recipients`.
  for (const claim of claims) {
    if (claim.kind !== 'vendor' || claim.self || claim.denied || recipients.has(claim.vendor)) continue;
    const entry = vendorById.get(claim.vendor);
    recipients.set(claim.vendor, { id: claim.vendor, vendor: claim.vendor, flows: new Set(), seen: new Sightings(), policyOnly: claim, ...(entry === undefined ? {} : { entry }) });
  }
  const covered = new Set([...groups.values()].flatMap((entry) => [...entry.categories.keys()]));
  const textOnly = claims.filter((claim): claim is CollectedClaim => claim.kind === 'collected' && !covered.has(claim.category));

  const out = new DraftWriter();
  writeHeader(out, input);
  if (ownVendors.size > 0) {
    out.line('controller:');
    out.line(`  vendor_ids: ${flowList([...ownVendors].sort())} # the policy names these services as your own: their SDKs count as first party`);
    out.blank();
  }
  out.line('# TODO: list each product part with its first-party hosts, so Candor can tell your own hosts and');
  out.line('# cookies from third parties\'; e.g.');
  out.line('# surfaces:');
  out.line('#   - { id: web, hosts: [www.example.com, api.example.com] }');
  out.blank();

  const orderedGroups = [...groups.values()].sort((a, b) => groupRank(a.id) - groupRank(b.id) || compareText(a.id, b.id));
  const collectCount = writeCollect(out, orderedGroups, textOnly);
  const orderedRecipients = [...recipients.values()].sort((a, b) => compareText(a.id, b.id));
  writeRecipients(out, orderedRecipients);
  // The scan takes the first item that matches a key: exact names go before the patterns that would shadow them.
  const storageItems = [...storage.values()].sort(
    (a, b) => compareText(a.type, b.type) || Number(a.name.includes('*')) - Number(b.name.includes('*')) || compareText(a.name, b.name),
  );
  writeStorage(out, storageItems);
  const claimCount = writeClaims(out, claims.filter((claim): claim is NotCollectedClaim => claim.kind === 'not-collected'));
  writeSignals(out, signalsRead, claims.filter((claim): claim is SignalClaim => claim.kind === 'signal'));
  writeHostVendors(out, orderedRecipients.filter((recipient) => recipient.host !== undefined));

  return { text: out.text(), collect: collectCount, recipients: orderedRecipients.length, storage: storageItems.length, claims: claimCount, todos: out.todos };
}

function groupRank(id: string): number {
  const order = ['forms', 'hosted-payment', 'browser', 'server'];
  const index = order.indexOf(id);
  return index < 0 ? order.length : index;
}

function addStorage(storage: Map<string, StorageUse>, observation: Observation, recipient: RecipientUse | undefined, vendorById: ReadonlyMap<string, VendorEntry>): void {
  const name = observation.key ?? '';
  const type = observation.storageType ?? 'cookie';
  const id = `${type}\u0000${name}`;
  let use = storage.get(id);
  if (use === undefined) {
    const catalogItem = observation.vendor === undefined ? undefined : vendorById.get(observation.vendor)?.storage?.find((item) => item.name === name && item.type === type);
    use = { name, type, contains: new Set(), thirdParty: false, seen: new Sightings(), ...(catalogItem === undefined ? {} : { catalogItem }), ...(recipient === undefined ? {} : { provider: recipient.id }) };
    storage.set(id, use);
  }
  use.seen.add(observation);
  if (observation.thirdParty === true) use.thirdParty = true;
  for (const category of observation.contains ?? []) use.contains.add(category);
  const seconds = observation.cookie?.maxAgeSeconds;
  // The longest lifetime seen is the one to declare: a shorter declaration would be a finding.
  if (seconds === null && use.seconds === undefined) use.seconds = null;
  else if (typeof seconds === 'number' && (typeof use.seconds !== 'number' || seconds > use.seconds)) use.seconds = seconds;
}

/** Lines of the draft; counts the TODOs it leaves. */
class DraftWriter {
  private readonly lines: string[] = [];
  todos = 0;
  line(text: string): void {
    if (text.includes('TODO')) this.todos++;
    this.lines.push(text);
  }
  blank(): void {
    this.lines.push('');
  }
  text(): string {
    while (this.lines.at(-1) === '') this.lines.pop();
    return `${this.lines.join('\n')}\n`;
  }
}

function writeHeader(out: DraftWriter, input: DraftInput): void {
  out.line(`# yaml-language-server: $schema=${input.schema}`);
  out.line(`# Drafted by \`candor init\` from ${input.files} scanned file${input.files === 1 ? '' : 's'}${input.policy === undefined ? '' : ` and the policy text \`${input.policy.text}\``}.`);
  out.line('# The code shows what is collected, where it goes and what is stored, not why: answer every TODO');
  out.line('# (purposes, legal bases, retention, roles), delete what is wrong, then run `candor manifest validate`');
  out.line(`# and \`candor scan\`. Reference: ${repositoryUrl}/blob/v${toolVersion}/docs/manifest.md`);
  out.line('privacy_manifest: 1');
  out.blank();
  out.line('policy:');
  out.line('  title: "TODO: title of the published privacy policy"');
  out.line('  url: "TODO: address of the published privacy policy"');
  if (input.policy !== undefined) out.line(`  text: ${scalar(input.policy.text)}`);
  else out.line('  # TODO: text: path of a copy of the policy text, so `candor scan` checks the manifest against it');
  out.blank();
}

function writeCollect(out: DraftWriter, groups: readonly CollectGroup[], textOnly: readonly CollectedClaim[]): number {
  if (groups.length === 0 && textOnly.length === 0) {
    out.line('collect: [] # the scan saw no personal data collected; TODO: add what the code cannot show (e-mail, phone, offline)');
    out.blank();
    return 0;
  }
  out.line('collect:');
  for (const entry of groups) {
    out.line(`  # ${entry.comment}`);
    out.line(`  - id: ${entry.id}`);
    out.line('    categories:');
    for (const [category, use] of [...entry.categories].sort(([a], [b]) => compareText(a, b))) {
      const value = use.precision === undefined ? scalar(category) : `{ category: ${scalar(category)}, precision: ${use.precision} }`;
      out.line(`      - ${value} # ${use.seen.describe()}`);
    }
    out.line(`    source: ${entry.source}`);
    if (entry.channel !== undefined) out.line(`    channel: ${entry.channel}`);
    if (entry.storedBy !== undefined) out.line(`    stored_by: ${entry.storedBy}`);
    if (entry.recipients.size > 0) out.line(`    recipients: ${flowList([...entry.recipients].sort())}`);
    out.line('    purposes: [] # TODO: why is this collected? e.g. [authentication], [analytics], [order_fulfilment]');
    out.line('    # TODO: legal_basis: consent, contract, legal_obligation, vital_interests, public_interest or legitimate_interests');
    out.line('    # TODO: retention: { period: P1Y } (how long it is kept), or split this entry by purpose');
  }
  if (textOnly.length > 0) {
    const categories = [...new Set(textOnly.map((claim) => claim.category))].sort();
    out.line('  # Named as collected by the policy text; the scan saw no code that collects them.');
    out.line('  - id: policy-text');
    out.line(`    categories: ${flowList(categories)}`);
    out.line('    # TODO: channel: form, client_api, sdk, server, import, email, phone or offline; source: user, automatic …');
    out.line('    purposes: [] # TODO: why is this collected?');
  }
  out.blank();
  return groups.length + (textOnly.length > 0 ? 1 : 0);
}

function writeRecipients(out: DraftWriter, recipients: readonly RecipientUse[]): void {
  if (recipients.length === 0) {
    out.line('recipients: [] # the scan saw no third party receive data; TODO: add hosting, e-mail and other services the code cannot show');
    out.blank();
    return;
  }
  out.line('recipients:');
  for (const recipient of recipients) {
    const where = recipient.policyOnly !== undefined ? `named in the policy text (line ${recipient.policyOnly.line}); the scan saw no code using it` : `seen at ${recipient.seen.describe()}`;
    out.line(`  - id: ${scalar(recipient.id)} # ${where}`);
    out.line(`    vendor: ${scalar(recipient.vendor)}`);
    if (recipient.entry !== undefined) {
      out.line(`    name: ${scalar(recipient.entry.name)}`);
      out.line(`    service: ${recipient.entry.service}`);
    }
    if (recipient.flows.size > 0 || recipient.host !== undefined) {
      const receives = new Set([...(recipient.entry?.receives ?? []), ...(recipient.entry?.collects ?? []), ...recipient.flows]);
      out.line(`    receives: ${flowList([...receives].sort())} # from Candor's catalog and the code; TODO: remove what it does not get`);
    }
    out.line(`    purposes: [] # TODO: why does ${recipient.entry?.name ?? recipient.host ?? recipient.vendor} receive it?`);
    out.line('    # TODO: role: processor, controller … and disclosure: service_provider, sale, share …');
  }
  out.blank();
}

function storageDuration(use: StorageUse): { value?: string; note: string } {
  if (use.catalogItem !== undefined) return { value: use.catalogItem.duration, note: 'from Candor\'s catalog' };
  if (typeof use.seconds === 'number' && use.seconds > 0) return { value: isoDurationOf(use.seconds), note: 'as set in the code' };
  if (use.seconds === null) return { value: 'session', note: 'set without a lifetime in the code' };
  if (use.type === 'session_storage') return { value: 'session', note: 'sessionStorage ends with the tab' };
  if (use.type === 'local_storage' || use.type === 'indexeddb' || use.type === 'cache_storage') return { value: 'persistent', note: 'kept until the code or the user deletes it; TODO: does the code expire it?' };
  return { note: 'TODO: duration: the code sets no lifetime Candor could read' };
}

function writeStorage(out: DraftWriter, items: readonly StorageUse[]): void {
  if (items.length === 0) {
    out.line('device_storage:');
    out.line('  items: [] # the scan saw no cookies or storage keys');
    out.blank();
    return;
  }
  out.line('device_storage:');
  out.line('  items:');
  for (const item of items) {
    out.line(`    - name: ${scalar(item.name)} # ${item.seen.describe()}`);
    if (item.name.includes('*')) out.line('      match: glob');
    out.line(`      type: ${item.type}`);
    out.line(`      provider: ${item.provider === undefined ? 'first_party' : scalar(item.provider)}${item.thirdParty ? ' # a third-party cookie, set on the vendor\'s domain' : ''}`);
    if (item.catalogItem !== undefined) out.line(`      category: ${item.catalogItem.category}`);
    else out.line('      # TODO: category: strictly_necessary, functional, analytics or marketing');
    const duration = storageDuration(item);
    if (duration.value === undefined) out.line(`      # ${duration.note}`);
    else out.line(`      duration: ${duration.value} # ${duration.note}`);
    const contains = item.catalogItem?.contains ?? [...item.contains].sort();
    if (item.catalogItem !== undefined || contains.length > 0) out.line(`      contains: ${flowList(contains)}`);
    out.line('      purposes: [] # TODO: why is it stored?');
  }
  out.blank();
}

function writeClaims(out: DraftWriter, denials: readonly NotCollectedClaim[]): number {
  if (denials.length === 0) {
    out.line('# TODO: claims: what the policy promises not to do (not_collected, not_sold, no_third_party_cookies …),');
    out.line('# each with the quote it rests on; pass --policy to draft them from the policy text.');
    out.blank();
    return 0;
  }
  out.line('claims:');
  const used = new Map<string, number>();
  for (const claim of denials) {
    const base = claim.type.replaceAll('_', '-');
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    out.line(`  - id: ${count === 1 ? base : `${base}-${count}`} # policy text line ${claim.line}`);
    out.line(`    type: ${claim.type}`);
    if (claim.categories.length > 0) out.line(`    categories: ${flowList(claim.categories)}`);
    out.line(`    quote: ${scalar(claim.quote)}`);
  }
  out.blank();
  return denials.length;
}

function writeSignals(out: DraftWriter, read: ReadonlyMap<Signal, Sightings>, stated: readonly SignalClaim[]): void {
  const fields = ['do_not_track', 'global_privacy_control'] as const;
  const lines: string[] = [];
  const quotes: string[] = [];
  for (const field of fields) {
    const claim = stated.find((candidate) => candidate.signal === field);
    const seen = read.get(field);
    if (claim !== undefined) {
      lines.push(`  ${field}: ${claim.status} # policy text line ${claim.line}${seen === undefined ? '' : `; the code reads it at ${seen.describe(1)}`}`);
      quotes.push(claim.quote);
    } else if (seen !== undefined) {
      lines.push(`  ${field}: honored # the code reads it at ${seen.describe(1)}; TODO: confirm it acts on it, and say so in the policy`);
    }
  }
  if (lines.length === 0) return;
  out.line('signals:');
  for (const line of lines) out.line(line);
  if (quotes.length > 0) out.line(`  quote: ${scalar(quotes.join(' … '))}`);
  out.blank();
}

function writeHostVendors(out: DraftWriter, hosts: readonly RecipientUse[]): void {
  if (hosts.length === 0) return;
  out.line('# Hosts Candor\'s catalog does not know, declared as vendors so the recipients above can name them.');
  out.line('vendors:');
  for (const recipient of hosts) {
    out.line(`  # TODO: who runs ${recipient.host ?? recipient.id}? Name the company and its service. If the host is your own,`);
    out.line('  # delete this entry and its recipient and list the host under surfaces[].hosts instead.');
    out.line(`  - id: ${scalar(recipient.vendor)}`);
    out.line(`    name: ${scalar(recipient.host ?? recipient.vendor)}`);
    out.line('    service: other');
    out.line(`    hosts: ${flowList([recipient.host ?? ''])}`);
  }
  out.blank();
}
