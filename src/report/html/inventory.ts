import { coversCategory } from '../../catalog/taxonomy.js';
import { vendors } from '../../catalog/vendors/index.js';
import type { CollectEntry, Manifest, Recipient, StorageClass, StorageItem } from '../../manifest/model.js';
import type { ReportObservation } from '../model.js';
import { compareText } from '../present.js';
import { categoryName, durationText, lifetimeText, observationKindName, purposeName, words } from '../labels.js';
import type { SafeHtml } from './markup.js';
import { html } from './markup.js';

/**
 * The data inventory an auditor files: what the code collects and where, who receives what, and every
 * cookie and storage key with its provider, purpose and duration. Rows come from the observations; the
 * manifest adds what was declared, and entries the code never showed are listed too.
 */
export function renderInventory(observations: readonly ReportObservation[], manifest: Manifest | undefined): SafeHtml {
  return html`
<h3 id="inventory-collection">What is collected where</h3>
${renderCollection(observations, manifest)}
<h3 id="inventory-recipients">Who receives what</h3>
${renderRecipients(observations, manifest)}
<h3 id="inventory-storage">Cookies and storage</h3>
${renderStorage(observations, manifest)}`;
}

function where(observation: ReportObservation): string {
  return `${observation.file}:${observation.line}`;
}

function locations(observations: readonly ReportObservation[]): SafeHtml {
  const seen = new Set<string>();
  const items: SafeHtml[] = [];
  for (const observation of observations) {
    const text = where(observation);
    if (seen.has(text)) continue;
    seen.add(text);
    items.push(html`<li><code>${text}</code></li>`);
  }
  return items.length === 0 ? html`<span class="muted">Not seen in code</span>` : html`<ul>${items}</ul>`;
}

function quotes(texts: readonly (string | undefined)[]): SafeHtml[] {
  const out: SafeHtml[] = [];
  for (const text of new Set(texts)) if (text !== undefined) out.push(html`<blockquote>${text}</blockquote>`);
  return out;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return new Map([...groups].sort(([a], [b]) => compareText(a, b)));
}

function coveringEntries(category: string, manifest: Manifest | undefined): CollectEntry[] {
  if (manifest === undefined) return [];
  return manifest.collect.filter((entry) => entry.categories.some((declared) => coversCategory(declared.key, category)));
}

function renderCollection(observations: readonly ReportObservation[], manifest: Manifest | undefined): SafeHtml {
  const byCategory = groupBy(observations, (observation) => observation.category);
  if (byCategory.size === 0) return html`<p class="empty">The scan saw no personal-data categories being collected.</p>`;
  const rows: SafeHtml[] = [];
  for (const [category, group] of byCategory) {
    const kinds = [...new Set(group.map((observation) => observationKindName(observation.kind)))].sort();
    const vendors = [...new Set(group.flatMap((observation) => (observation.vendor === undefined ? [] : [observation.vendor])))].sort();
    const entries = coveringEntries(category, manifest);
    const declared =
      manifest === undefined
        ? html`<span class="muted">No manifest</span>`
        : entries.length === 0
          ? html`<span class="badge missing">Not declared</span>`
          : html`${entries.map((entry) => html`<code>collect.${entry.id}</code> `)}`;
    rows.push(html`<tr>
  <td><strong>${categoryName(category)}</strong><br><code>${category}</code></td>
  <td>${kinds.join(', ')}${vendors.length > 0 ? html`<br><span class="muted">via ${vendors.join(', ')}</span>` : ''}</td>
  <td>${locations(group)}</td>
  <td>${declared}</td>
  <td>${quotes(entries.map((entry) => entry.quote))}</td>
</tr>`);
  }
  return html`<table class="inventory collection">
<thead><tr><th>Category</th><th>Seen as</th><th>Where</th><th>Declared in</th><th>Policy text</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

interface RecipientRow {
  key: string;
  label: string;
  recipient?: Recipient;
  observations: ReportObservation[];
}

function vendorName(id: string, manifest: Manifest | undefined): string {
  return manifest?.vendors.find((vendor) => vendor.id === id)?.name ?? vendors.find((vendor) => vendor.id === id)?.name ?? id;
}

function buildRecipientRows(observations: readonly ReportObservation[], manifest: Manifest | undefined): RecipientRow[] {
  const rows = new Map<string, RecipientRow>();
  for (const recipient of manifest?.recipients ?? []) {
    const key = recipient.vendor ?? `recipient:${recipient.id}`;
    rows.set(key, { key, label: recipient.name ?? (recipient.vendor === undefined ? recipient.id : vendorName(recipient.vendor, manifest)), recipient, observations: [] });
  }
  for (const observation of observations) {
    if (observation.vendor === undefined) continue;
    let row = rows.get(observation.vendor);
    if (row === undefined) {
      row = { key: observation.vendor, label: vendorName(observation.vendor, manifest), observations: [] };
      rows.set(observation.vendor, row);
    }
    row.observations.push(observation);
  }
  return [...rows.values()].sort((a, b) => compareText(a.key, b.key));
}

function renderRecipients(observations: readonly ReportObservation[], manifest: Manifest | undefined): SafeHtml {
  const rows = buildRecipientRows(observations, manifest);
  if (rows.length === 0) return html`<p class="empty">No third parties were seen in the code or declared in the manifest.</p>`;
  const body = rows.map((row) => {
    const recipient = row.recipient;
    const observed = [...new Set(row.observations.flatMap((observation) => (observation.category === undefined ? [] : [observation.category])))].sort();
    const hosts = [...new Set(row.observations.flatMap((observation) => (observation.host === undefined ? [] : [observation.host])))].sort();
    const declaration =
      recipient === undefined
        ? manifest === undefined
          ? ''
          : html`<br><span class="badge missing">Not declared</span>`
        : html`<br><code>recipients.${recipient.id}</code>${[recipient.role, recipient.disclosure].some((part) => part !== undefined) ? html`<br><span class="muted">${[recipient.role, recipient.disclosure].filter((part) => part !== undefined).map(words).join(', ')}</span>` : ''}`;
    return html`<tr>
  <td><strong>${row.label}</strong>${row.key.startsWith('recipient:') || row.key === row.label ? '' : html` <span class="muted">${row.key}</span>`}${declaration}</td>
  <td>${recipient === undefined ? html`<span class="muted">—</span>` : categoryList(recipient.receives)}</td>
  <td>${observed.length === 0 ? html`<span class="muted">—</span>` : categoryList(observed)}${hosts.length > 0 ? html`<br><span class="muted">hosts: ${hosts.join(', ')}</span>` : ''}</td>
  <td>${locations(row.observations)}</td>
  <td>${quotes([recipient?.quote])}</td>
</tr>`;
  });
  return html`<table class="inventory recipients">
<thead><tr><th>Recipient</th><th>Receives (declared)</th><th>Receives (seen in code)</th><th>Where</th><th>Policy text</th></tr></thead>
<tbody>${body}</tbody>
</table>`;
}

function categoryList(keys: readonly string[]): SafeHtml {
  if (keys.length === 0) return html`<span class="muted">Nothing</span>`;
  return html`<ul>${keys.map((key) => html`<li>${categoryName(key)} <code>${key}</code></li>`)}</ul>`;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replaceAll(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`);
}

function matchesItem(item: StorageItem, key: string): boolean {
  if (item.match === 'exact') return item.name === key;
  try {
    return (item.match === 'glob' ? globToRegExp(item.name) : new RegExp(item.name)).test(key);
  } catch {
    return false;
  }
}

function sameType(item: StorageItem, observation: ReportObservation): boolean {
  return observation.storageType === undefined || item.type === observation.storageType;
}

function providerText(provider: string | undefined, manifest: Manifest): string {
  if (provider === undefined || provider === 'first_party') return 'First party';
  const recipient = manifest.recipients.find((entry) => entry.id === provider);
  return recipient?.name ?? recipient?.vendor ?? provider;
}

function purposesText(purposes: readonly string[]): string {
  return purposes.length === 0 ? 'Not stated' : purposes.map(purposeName).join('; ');
}

function renderStorage(observations: readonly ReportObservation[], manifest: Manifest | undefined): SafeHtml {
  const stored = observations.filter((observation) => (observation.kind === 'cookie' || observation.kind === 'storage') && observation.key !== undefined);
  const items = manifest?.device_storage.items ?? [];
  const matched = new Set<ReportObservation>();
  const rows: { name: string; html: SafeHtml }[] = [];
  for (const item of items) {
    const seen = stored.filter((observation) => observation.key !== undefined && sameType(item, observation) && matchesItem(item, observation.key));
    for (const observation of seen) matched.add(observation);
    const lifetimes = [...new Set(seen.map((observation) => lifetimeText(observation.cookie?.maxAgeSeconds)).filter((text) => text !== undefined))];
    rows.push({
      name: item.name,
      html: html`<tr>
  <td><code>${item.name}</code>${item.match === 'exact' ? '' : html` <span class="muted">(${item.match})</span>`}</td>
  <td>${words(item.type)}</td>
  <td>${manifest === undefined ? '' : providerText(item.provider, manifest)}</td>
  <td>${item.category === undefined ? 'Not stated' : words(item.category)}</td>
  <td>${purposesText(item.purposes)}</td>
  <td>${durationText(item.duration)}${lifetimes.length > 0 ? html`<br><span class="muted">in code: ${lifetimes.join(', ')}</span>` : ''}</td>
  <td><span class="badge ok">Declared</span></td>
  <td>${locations(seen)}</td>
  <td>${quotes([item.quote])}</td>
</tr>`,
    });
  }
  const undeclared = groupBy(
    stored.filter((observation) => !matched.has(observation)),
    (observation) => `${observation.storageType ?? 'cookie'}\u0000${observation.key ?? ''}`,
  );
  for (const group of undeclared.values()) {
    const first = group[0];
    if (first === undefined || first.key === undefined) continue;
    const type = first.storageType ?? 'cookie';
    const storageClass = manifest === undefined ? undefined : findClass(manifest.device_storage.classes, type, first);
    const vendor = first.vendor;
    const lifetimes = [...new Set(group.map((observation) => lifetimeText(observation.cookie?.maxAgeSeconds)).filter((text) => text !== undefined))];
    const status =
      manifest === undefined
        ? html`<span class="muted">No manifest</span>`
        : storageClass === undefined
          ? html`<span class="badge missing">Not declared</span>`
          : html`<span class="badge warning">Declared by class only</span>`;
    rows.push({
      name: first.key,
      html: html`<tr>
  <td><code>${first.key}</code></td>
  <td>${words(type)}</td>
  <td>${vendor ?? 'First party'}${group.some((observation) => observation.thirdParty === true) ? html`<br><span class="muted">third-party cookie</span>` : ''}</td>
  <td>${storageClass?.category === undefined ? html`<span class="muted">—</span>` : words(storageClass.category)}</td>
  <td>${storageClass === undefined ? html`<span class="muted">—</span>` : purposesText(storageClass.purposes)}</td>
  <td>${storageClass === undefined ? html`<span class="muted">—</span>` : durationText(storageClass.duration)}${lifetimes.length > 0 ? html`<br><span class="muted">in code: ${lifetimes.join(', ')}</span>` : ''}</td>
  <td>${status}</td>
  <td>${locations(group)}</td>
  <td>${quotes([storageClass?.quote])}</td>
</tr>`,
    });
  }
  const classes = manifest?.device_storage.classes ?? [];
  if (rows.length === 0 && classes.length === 0) return html`<p class="empty">No cookies or storage keys were seen in the code or declared in the manifest.</p>`;
  rows.sort((a, b) => compareText(a.name, b.name));
  return html`${
    rows.length === 0
      ? html`<p class="empty">No individual cookies or storage keys were seen or declared.</p>`
      : html`<table class="inventory storage">
<thead><tr><th>Name</th><th>Type</th><th>Provider</th><th>Category</th><th>Purpose</th><th>Duration</th><th>Status</th><th>Seen in code</th><th>Policy text</th></tr></thead>
<tbody>${rows.map((row) => row.html)}</tbody>
</table>`
  }${classes.length === 0 ? '' : renderClasses(classes, manifest)}`;
}

function findClass(classes: readonly StorageClass[], type: string, observation: ReportObservation): StorageClass | undefined {
  for (const storageClass of classes) {
    if (storageClass.types.length > 0 && !storageClass.types.some((entry) => entry === type)) continue;
    const third = observation.thirdParty === true;
    if (storageClass.party === 'first' && third) continue;
    if (storageClass.party === 'third' && !third) continue;
    return storageClass;
  }
  return undefined;
}

function renderClasses(classes: readonly StorageClass[], manifest: Manifest | undefined): SafeHtml {
  const rows = classes.map(
    (storageClass) => html`<tr>
  <td>${storageClass.types.length === 0 ? 'Any storage' : storageClass.types.map(words).join(', ')}</td>
  <td>${storageClass.party === undefined ? 'Any party' : words(storageClass.party)}${manifest === undefined || storageClass.provider === undefined ? '' : html`<br>${providerText(storageClass.provider, manifest)}`}</td>
  <td>${storageClass.category === undefined ? 'Not stated' : words(storageClass.category)}</td>
  <td>${purposesText(storageClass.purposes)}</td>
  <td>${durationText(storageClass.duration)}</td>
  <td>${quotes([storageClass.quote])}</td>
</tr>`,
  );
  return html`<p class="section-note">The manifest also declares storage by class, as the policy describes it without naming items:</p>
<table class="inventory storage-classes">
<thead><tr><th>Types</th><th>Party</th><th>Category</th><th>Purpose</th><th>Duration</th><th>Policy text</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}
