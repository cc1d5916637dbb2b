import { describe, expect, it } from 'vitest';
import { code, inline, renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { sampleReport } from './sample-report.js';

/** Splits a GFM table row into cells, honouring `\|`. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function tableAfter(lines: readonly string[], header: string): string[][] {
  const start = lines.indexOf(header);
  expect(start, `table headed ${header}`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let index = start + 2; index < lines.length && lines[index]?.startsWith('|') === true; index++) rows.push(cells(lines[index] ?? ''));
  return rows;
}

/** Lines outside fenced code blocks, where Markdown is interpreted. */
function proseLines(markdown: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const match = /^(`{3,})/.exec(line);
    if (fence === undefined && match?.[1] !== undefined) fence = match[1];
    else if (fence !== undefined && line === fence) fence = undefined;
    else if (fence === undefined) out.push(line);
  }
  return out;
}

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(sampleReport);
  const lines = markdown.split('\n');

  it('starts with the open counts by severity and the accepted count', () => {
    expect(lines[0]).toBe('## Candor: 2 errors, 3 warnings, 1 info (1 accepted)');
    expect(lines[2]).toBe('Manifest `privacy.yaml` · policy text `docs/privacy-policy.md` · candor 0.1.0');
  });

  it('counts findings by type and severity', () => {
    expect(tableAfter(lines, '| Finding type | Errors | Warnings | Info | Accepted |')).toEqual([
      ['Undeclared collection', '0', '1', '0', '0'],
      ['Violated claim', '1', '0', '0', '0'],
      ['Undeclared recipient', '1', '0', '0', '0'],
      ['Undeclared storage', '0', '1', '0', '0'],
      ['Undeclared flow', '0', '0', '0', '1'],
      ['Unused declaration', '0', '0', '1', '0'],
      ['Policy mismatch', '0', '1', '0', '0'],
    ]);
  });

  it('lists every finding in report order with four cells per row', () => {
    const rows = tableAfter(lines, '| Severity | Location | Type | Message |');
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['warning', '`privacy.yaml:40`', 'Policy mismatch'],
      ['info', '`privacy.yaml:62`', 'Unused declaration'],
      ['error', '`src/analytics.ts:12`', 'Undeclared recipient'],
      ['warning (accepted)', '`src/analytics.ts:20`', 'Undeclared flow'],
      ['error', '`src/components/store locator/[city].tsx:8`', 'Violated claim'],
      ['warning', '`src/editor/draft.ts:4`', 'Undeclared storage'],
      ['warning', '`src/pages/signup.tsx:30`', 'Undeclared collection'],
    ]);
    for (const row of rows) expect(row).toHaveLength(4);
    expect(rows[6]?.[3]).toBe(
      'Field &lt;input type="tel" name="phone"&gt; collects `user.contact.phone_number` &amp; no `collect` entry declares it. Add it to a `collect` entry in `privacy.yaml`.',
    );
  });

  it('puts evidence, manifest entries, acceptance and policy quotes in collapsible details', () => {
    const open = lines.indexOf('<details>');
    expect(lines[open + 1]).toBe('<summary>Details of 7 findings</summary>');
    expect(lines[open + 2]).toBe('');
    expect(markdown).toContain(['#### `src/analytics.ts:12` Undeclared recipient (error)', '', '`google-analytics` receives `user.device.cookie_id` but is not declared in `privacy.yaml`. Add it under `recipients`.'].join('\n'));
    expect(markdown).toContain("```ts\ndocument.head.innerHTML += '<script src=\"https://www.googletagmanager.com/gtag/js\"></script>'\n```");
    expect(markdown).toContain('- Manifest entry: `claims[no-precise-location]` at `privacy.yaml:91`');
    expect(markdown).toContain('- Accepted by dana@acme.example until 2025-12-31: Hashed by gtag before sending; reviewed by legal.');
    expect(markdown).toContain('> we don’t collect the precise geolocation of you or your device');
  });

  it('never leaves markup outside code', () => {
    for (const line of proseLines(markdown)) {
      const withoutCode = line.replaceAll(/`+[^`]*`+/g, '');
      const tags = withoutCode.match(/<\/?[a-z][^>]*>/g) ?? [];
      for (const tag of tags) expect(['<details>', '</details>', '<summary>', '</summary>']).toContain(tag);
    }
  });

  it('ends with coverage, skipped files and unresolved keys', () => {
    expect(markdown).toContain('**Coverage:** 42 files scanned, 2 skipped, 1 unresolved key.');
    expect(markdown).toContain('- Skipped `public/vendor/jquery.min.js`: minified bundle (87 KB on one line)');
    expect(markdown).toContain('- Unresolved at `src/store.ts:8:5`: storage key from a parameter');
    expect(markdown.endsWith('</details>\n')).toBe(true);
  });

  it('says so when there is nothing to report', () => {
    const clean: Report = { ...sampleReport, findings: [], coverage: { files: 3, skipped: [], unresolved: [] } };
    expect(renderMarkdown(clean)).toBe(
      [
        '## Candor: no findings',
        '',
        'Manifest `privacy.yaml` · policy text `docs/privacy-policy.md` · candor 0.1.0',
        '',
        'The code, the manifest and the policy text agree.',
        '',
        '**Coverage:** 3 files scanned, 0 skipped, 0 unresolved keys.',
        '',
      ].join('\n'),
    );
  });

  it('lists at most maxFindings and counts the rest', () => {
    const short = renderMarkdown(sampleReport, { maxFindings: 2 });
    expect(tableAfter(short.split('\n'), '| Severity | Location | Type | Message |')).toHaveLength(2);
    expect(short).toContain('5 more findings not listed here; see the SARIF or HTML report.');
    expect(short).toContain('<summary>Details of 2 findings</summary>');
  });

  it('is deterministic whatever order the findings come in', () => {
    expect(renderMarkdown({ ...sampleReport, findings: [...sampleReport.findings].reverse() })).toBe(markdown);
  });
});

describe('markdown escaping', () => {
  it('keeps code spans and escapes markup around them', () => {
    expect(inline('Use `a|b` not <b>*this*</b> | that')).toBe('Use `a|b` not &lt;b&gt;\\*this\\*&lt;/b&gt; \\| that');
  });

  it('widens the code fence when the text holds backticks', () => {
    expect(code('draft:`id`')).toBe('`` draft:`id` ``');
    expect(code('src/a.ts:1')).toBe('`src/a.ts:1`');
  });

  it('escapes a pipe inside a code span in a table cell', () => {
    const report: Report = {
      ...sampleReport,
      findings: [{ ...firstFinding(), message: 'Key `a|b` is undeclared.', file: 'src/x|y.ts' }],
    };
    const row = renderMarkdown(report)
      .split('\n')
      .find((line) => line.startsWith('| info |'));
    expect(row).toBe('| info | `src/x\\|y.ts:62` | Unused declaration | Key `a\\|b` is undeclared. |');
  });
});

function firstFinding(): Report['findings'][number] {
  const finding = sampleReport.findings[0];
  if (finding === undefined) throw new Error('the sample report has findings');
  return finding;
}
