import type { Finding } from '../../check/finding.js';
import type { Manifest } from '../../manifest/model.js';
import { findingTypeTitles, getAcceptance, getManifestSection } from '../present.js';
import { categoryName, channelName, purposeName, words } from '../labels.js';
import type { SafeHtml } from './markup.js';
import { html } from './markup.js';

/** Anchor ids of the rendered findings, so other sections can refer to them. */
export type FindingAnchors = ReadonlyMap<Finding, string>;

interface EntryRef {
  section: string;
  selector?: string;
}

function parseManifestPath(path: string): EntryRef | undefined {
  const match = /^([A-Za-z_]+)(?:\[([^\]]+)\])?/.exec(path);
  if (match?.[1] === undefined) return undefined;
  return match[2] === undefined ? { section: match[1] } : { section: match[1], selector: match[2] };
}

/** The findings whose `manifestPath` names this entry, by id (`claims[no-sale]`) or by index (`recipients[2]`). */
export function findingsForEntry(findings: readonly Finding[], section: string, entry: { id: string; index: number }): Finding[] {
  return findings.filter((finding) => {
    const ref = finding.manifestPath === undefined ? undefined : parseManifestPath(finding.manifestPath);
    return ref?.section === section && (ref.selector === entry.id || ref.selector === String(entry.index));
  });
}

/** The manifest entry a finding names, when the manifest has it: its policy quote belongs beside the finding. */
export function getEntryQuote(finding: Finding, manifest: Manifest): { label: string; quote: string } | undefined {
  const ref = finding.manifestPath === undefined ? undefined : parseManifestPath(finding.manifestPath);
  if (ref?.selector === undefined) return undefined;
  const lists: Record<string, readonly { id: string; index: number; quote?: string }[]> = {
    collect: manifest.collect,
    recipients: manifest.recipients,
    claims: manifest.claims,
  };
  const list = Object.hasOwn(lists, ref.section) ? lists[ref.section] : undefined;
  const entry = list?.find((candidate) => candidate.id === ref.selector || String(candidate.index) === ref.selector);
  if (entry?.quote === undefined) return undefined;
  return { label: `${ref.section}.${entry.id}`, quote: entry.quote };
}

export function findingLinks(findings: readonly Finding[], anchors: FindingAnchors): SafeHtml {
  if (findings.length === 0) return html`<span class="muted">None</span>`;
  return html`<ul>${findings.map((finding) => {
    const accepted = getAcceptance(finding) !== undefined;
    return html`<li><a href="#${anchors.get(finding) ?? ''}"><span class="badge ${accepted ? 'accepted' : finding.severity}">${accepted ? 'accepted' : finding.severity}</span> ${findingTypeTitles[finding.type]}</a> <code>${finding.file}:${finding.line}</code></li>`;
  })}</ul>`;
}

const sectionOrder = ['policy', 'collect', 'recipients', 'device_storage', 'claims', 'signals', 'children', 'sale_and_sharing', 'rights', 'regional'];

/** Findings grouped by the manifest section they are about, in manifest order. */
export function renderBySection(findings: readonly Finding[], anchors: FindingAnchors): SafeHtml {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const section = getManifestSection(finding) ?? '';
    const group = groups.get(section);
    if (group === undefined) groups.set(section, [finding]);
    else group.push(finding);
  }
  const rank = (section: string): number => (section === '' ? sectionOrder.length + 1 : sectionOrder.includes(section) ? sectionOrder.indexOf(section) : sectionOrder.length);
  const sections = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (sections.length === 0) return html`<p class="empty">No findings.</p>`;
  return html`<table class="by-section">
<thead><tr><th>Manifest section</th><th class="num">Findings</th><th>Which</th></tr></thead>
<tbody>${sections.map((section) => {
    const group = groups.get(section) ?? [];
    return html`<tr><td>${section === '' ? html`<span class="muted">Not tied to a manifest entry</span>` : html`<code>${section}</code>`}</td><td class="num">${group.length}</td><td>${findingLinks(group, anchors)}</td></tr>`;
  })}</tbody>
</table>`;
}

function quoteCell(quote: string | undefined): SafeHtml {
  return quote === undefined ? html`<span class="muted">No quote</span>` : html`<blockquote>${quote}</blockquote>`;
}

function list(items: readonly string[], empty = 'None'): SafeHtml {
  return items.length === 0 ? html`<span class="muted">${empty}</span>` : html`${items.join('; ')}`;
}

/** Each declaration next to the policy text it restates, and the findings about it. */
export function renderManifestEntries(manifest: Manifest, findings: readonly Finding[], anchors: FindingAnchors): SafeHtml {
  const collectRows = manifest.collect.map(
    (entry) => html`<tr id="collect-${entry.id}">
  <td><code>${entry.id}</code>${entry.description === undefined ? '' : html`<br><span class="muted">${entry.description}</span>`}</td>
  <td>${list(entry.categories.map((category) => `${categoryName(category.key)}${category.precision === undefined ? '' : ` (${words(category.precision)})`}`))}</td>
  <td>${list(entry.purposes.map(purposeName), 'Not stated')}</td>
  <td>${[entry.source === undefined ? undefined : `Source: ${words(entry.source)}`, entry.channel === undefined ? undefined : `Channel: ${channelName(entry.channel)}`, `Stored by: ${words(entry.stored_by)}`]
    .filter((text) => text !== undefined)
    .map((text) => html`${text}<br>`)}${entry.recipients.length === 0 ? '' : html`Recipients: ${entry.recipients.join(', ')}`}</td>
  <td>${quoteCell(entry.quote)}</td>
  <td>${findingLinks(findingsForEntry(findings, 'collect', entry), anchors)}</td>
</tr>`,
  );
  const recipientRows = manifest.recipients.map(
    (recipient) => html`<tr id="recipients-${recipient.id}">
  <td><code>${recipient.id}</code>${recipient.name === undefined ? '' : html`<br>${recipient.name}`}</td>
  <td>${[recipient.role, recipient.service, recipient.disclosure].filter((text) => text !== undefined).map(words).join(' · ')}</td>
  <td>${list(recipient.receives.map(categoryName), 'Nothing')}</td>
  <td>${quoteCell(recipient.quote)}</td>
  <td>${findingLinks(findingsForEntry(findings, 'recipients', recipient), anchors)}</td>
</tr>`,
  );
  const claimRows = manifest.claims.map(
    (claim) => html`<tr id="claims-${claim.id}">
  <td><code>${claim.id}</code></td>
  <td>${words(claim.type)}${claim.type === 'statement' ? html`<br><span class="badge neutral">manual attestation</span>` : ''}</td>
  <td>${list(claim.categories.map(categoryName), '—')}</td>
  <td>${quoteCell(claim.quote)}</td>
  <td>${findingLinks(findingsForEntry(findings, 'claims', claim), anchors)}</td>
</tr>`,
  );
  return html`
<h3 id="manifest-collect">Collection (<code>collect</code>)</h3>
${collectRows.length === 0 ? html`<p class="empty">The manifest declares no collection.</p>` : html`<table class="manifest collect"><thead><tr><th>Entry</th><th>Categories</th><th>Purposes</th><th>How</th><th>Policy text</th><th>Findings</th></tr></thead><tbody>${collectRows}</tbody></table>`}
<h3 id="manifest-recipients">Recipients (<code>recipients</code>)</h3>
${recipientRows.length === 0 ? html`<p class="empty">The manifest declares no recipients.</p>` : html`<table class="manifest recipients"><thead><tr><th>Recipient</th><th>Role</th><th>Receives</th><th>Policy text</th><th>Findings</th></tr></thead><tbody>${recipientRows}</tbody></table>`}
<h3 id="manifest-claims">Promises (<code>claims</code>)</h3>
${claimRows.length === 0 ? html`<p class="empty">The manifest states no claims.</p>` : html`<table class="manifest claims"><thead><tr><th>Claim</th><th>Type</th><th>Categories</th><th>Policy text</th><th>Findings</th></tr></thead><tbody>${claimRows}</tbody></table>`}`;
}
