import { describe, expect, it } from 'vitest';
import { exportCookieTable } from '../../src/export/cookie-table.js';
import { loadManifest } from '../../src/manifest/load.js';
import { loadAcme } from './acme-manifest.js';
import { parseCsv } from './csv.js';

const header = ['Name', 'Provider', 'Purpose', 'Expiry', 'Type', 'Category', 'OneTrust category'];

const acmeRows = [
  ['_adnet_* (glob)', 'AdNet', 'Third-party targeted advertising', '13 months', 'HTTP cookie', 'Marketing', 'C0004'],
  ['draft|v2, "beta"', 'Acme Inc.', 'Not stated', 'Not stated', 'HTML local storage', 'Unclassified', ''],
  ['session_id', 'Acme Inc.', 'Authentication', 'Session', 'HTTP cookie', 'Necessary', 'C0001'],
  // A social widget's marketing cookie goes to OneTrust's social-media group.
  ['st_uid', 'ShareThis', 'Third-party targeted advertising', '1 year', 'HTTP cookie', 'Marketing', 'C0005'],
  ['theme', 'Acme Inc.', 'System personalization', 'Persistent (no stated limit)', 'HTML local storage', 'Preferences', 'C0003'],
  ['Unnamed HTTP cookie or Pixel tracker', 'Third parties', 'Analytics reporting', '2 years', 'HTTP cookie, Pixel tracker', 'Statistics', 'C0002'],
];

/** Cells of a Markdown table row, honouring `\|`. */
function markdownCells(line: string): string[] {
  return line
    .slice(2, -2)
    .split(/ (?<!\\)\| /)
    .map((cell) => cell.replaceAll('\\|', '|'));
}

describe('exportCookieTable', () => {
  it('writes CSV with Cookiebot and OneTrust columns, items by name then classes', () => {
    const { text, warnings } = exportCookieTable(loadAcme(), 'csv');
    expect(parseCsv(text)).toEqual([header, ...acmeRows]);
    expect(text).toContain('"draft|v2, ""beta"""');
    expect(warnings).toEqual(['Storage item `draft|v2, "beta"` has no `duration`; its expiry is shown as not stated. Add one (`session`, `P1Y`, …).']);
  });

  it('writes the same rows as a Markdown table', () => {
    const lines = exportCookieTable(loadAcme()).text.trimEnd().split('\n');
    expect(lines[0]).toBe('| Name | Provider | Purpose | Expiry | Type | Category | OneTrust category |');
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- | --- | --- |');
    expect(lines.slice(2).map(markdownCells)).toEqual(acmeRows);
    expect(lines[3]).toBe('| draft\\|v2, "beta" | Acme Inc. | Not stated | Not stated | HTML local storage | Unclassified |  |');
  });

  it('lists Mindomo\'s storage classes, as its policy names no cookies', () => {
    const rows = parseCsv(exportCookieTable(loadManifest('fixtures/manifests/seed-003-mindomo.yaml').manifest, 'csv').text);
    expect(rows.slice(1)).toEqual([
      ['Unnamed HTTP cookie', 'Mindomo', 'System personalization', 'Session', 'HTTP cookie', 'Preferences', 'C0003'],
      ['Unnamed HTTP cookie', 'Mindomo', 'System personalization', 'Persistent (no stated limit)', 'HTTP cookie', 'Preferences', 'C0003'],
      ['Unnamed HTTP cookie or Pixel tracker', 'Google Analytics', 'Analytics reporting', 'Not stated', 'HTTP cookie, Pixel tracker', 'Statistics', 'C0002'],
      ['Unnamed HTML local storage', 'Mindomo', 'Content personalization', 'Not stated', 'HTML local storage', 'Preferences', 'C0003'],
    ]);
  });
});
