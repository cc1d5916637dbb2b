import type { CookieCategory, Manifest, StorageClass, StorageItem, StorageType } from '../manifest/model.js';
import { durationText, purposeName } from '../report/labels.js';
import type { ExportResult } from './common.js';
import { csvText, getRecipient, recipientName } from './common.js';

export type CookieTableFormat = 'markdown' | 'csv';

/** Cookiebot's category names and OneTrust's group ids for Candor's cookie categories (manifest-model §1.7, §2.6). */
const categoryColumns: Readonly<Record<CookieCategory, { cookiebot: string; onetrust: string }>> = {
  strictly_necessary: { cookiebot: 'Necessary', onetrust: 'C0001' },
  functional: { cookiebot: 'Preferences', onetrust: 'C0003' },
  analytics: { cookiebot: 'Statistics', onetrust: 'C0002' },
  marketing: { cookiebot: 'Marketing', onetrust: 'C0004' },
  unclassified: { cookiebot: 'Unclassified', onetrust: '' },
};
/** OneTrust files social-media cookies under their own group. */
const socialMediaGroup = 'C0005';

/** Cookiebot's storage type names. */
const typeNames: Readonly<Record<StorageType, string>> = {
  cookie: 'HTTP cookie',
  local_storage: 'HTML local storage',
  session_storage: 'HTML session storage',
  indexeddb: 'IndexedDB',
  cache_storage: 'Cache storage',
  pixel: 'Pixel tracker',
  service_worker: 'Service worker',
};

const header = ['Name', 'Provider', 'Purpose', 'Expiry', 'Type', 'Category', 'OneTrust category'];

/**
 * The cookie declaration a consent manager shows (Cookiebot/OneTrust style, manifest-model §2.6): one row
 * per `device_storage` item, then one per class for storage the policy describes without naming it.
 */
export function exportCookieTable(manifest: Manifest, format: CookieTableFormat = 'markdown'): ExportResult {
  const warnings: string[] = [];
  const rows: string[][] = [];
  const items = [...manifest.device_storage.items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index));
  for (const item of items) {
    rows.push(row(manifest, item, item.name + (item.match === 'exact' ? '' : ` (${item.match})`), [item.type]));
    if (item.duration === undefined) warnings.push(`Storage item \`${item.name}\` has no \`duration\`; its expiry is shown as not stated. Add one (\`session\`, \`P1Y\`, …).`);
  }
  for (const storageClass of manifest.device_storage.classes) {
    const types = storageClass.types;
    const name = types.length === 0 ? 'Unnamed storage of any type' : `Unnamed ${types.map((type) => typeNames[type]).join(' or ')}`;
    rows.push(row(manifest, storageClass, name, types));
  }
  if (rows.length === 0) warnings.push('`device_storage` lists no items or classes, so the table is empty.');
  return { text: format === 'csv' ? csvText([header, ...rows]) : markdownTable(rows), warnings };
}

function row(manifest: Manifest, declaration: StorageItem | StorageClass, name: string, types: readonly StorageType[]): string[] {
  const columns = declaration.category === undefined ? undefined : categoryColumns[declaration.category];
  const recipient = declaration.provider === undefined || declaration.provider === 'first_party' ? undefined : getRecipient(manifest, declaration.provider);
  const socialWidget = recipient?.service === 'social_widget' && declaration.category === 'marketing';
  return [
    name,
    providerName(manifest, declaration),
    declaration.purposes.length === 0 ? 'Not stated' : declaration.purposes.map(purposeName).join('; '),
    durationText(declaration.duration),
    types.length === 0 ? 'Any' : types.map((type) => typeNames[type]).join(', '),
    columns?.cookiebot ?? 'Not stated',
    socialWidget ? socialMediaGroup : (columns?.onetrust ?? ''),
  ];
}

function providerName(manifest: Manifest, declaration: StorageItem | StorageClass): string {
  const provider = declaration.provider;
  if (provider === undefined || provider === 'first_party') {
    if ('party' in declaration && declaration.party === 'third') return 'Third parties';
    return manifest.controller.name ?? 'First party';
  }
  const recipient = getRecipient(manifest, provider);
  return recipient === undefined ? provider : recipientName(manifest, recipient);
}

function markdownCell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');
}

function markdownTable(rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const cells of rows) lines.push(`| ${cells.map(markdownCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
