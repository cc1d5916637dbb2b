import type { Finding, FindingType, Severity } from '../check/finding.js';
import { findingTypes } from '../check/finding.js';
import type { Report } from './model.js';
import { compareText, countBySeverity, describeCounts, findingTypeTitles, getAcceptance, plural, sortFindings } from './present.js';

export interface MarkdownOptions {
  /**
   * Most findings listed in the table and details. GitHub caps a comment at 65,536 characters and a job
   * summary at 1 MiB; the rest are counted, and the SARIF or HTML report has them all.
   */
  maxFindings?: number;
}

const severityLabels: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info' };

/**
 * The report as GitHub-flavoured Markdown for pull-request comments and job summaries: counts, a table of
 * findings, collapsible details with evidence and policy quotes, and a coverage line. No links, so it reads
 * the same wherever it is pasted.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const findings = sortFindings(report.findings);
  const limit = options.maxFindings ?? 100;
  const shown = findings.slice(0, limit);
  const counts = countBySeverity(findings);
  const accepted = findings.filter((finding) => getAcceptance(finding) !== undefined).length;
  const lines: string[] = [];
  const headline = describeCounts(counts);
  lines.push(`## Candor: ${headline === 'no findings' ? 'no findings' : headline}${accepted > 0 ? ` (${accepted} accepted)` : ''}`, '');
  lines.push(describeInputs(report), '');
  if (findings.length === 0) {
    lines.push('The code, the manifest and the policy text agree.', '');
  } else {
    lines.push(...renderTypeTable(findings), '');
    lines.push(...renderFindingTable(shown), '');
    if (findings.length > shown.length) {
      lines.push(`${plural(findings.length - shown.length, 'more finding')} not listed here; see the SARIF or HTML report.`, '');
    }
    lines.push('<details>', `<summary>Details of ${plural(shown.length, 'finding')}</summary>`, '');
    for (const finding of shown) lines.push(...renderDetail(finding, report.manifest), '');
    lines.push('</details>', '');
  }
  lines.push(renderCoverageLine(report), '');
  const coverageDetails = renderCoverageDetails(report);
  if (coverageDetails.length > 0) lines.push(...coverageDetails, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function describeInputs(report: Report): string {
  const parts: string[] = [];
  parts.push(report.manifest === null ? 'No manifest' : `Manifest ${code(report.manifest)}`);
  if (report.policy !== null) parts.push(`policy text ${code(report.policy)}`);
  parts.push(`candor ${report.tool.version}`);
  return parts.join(' · ');
}

function renderTypeTable(findings: readonly Finding[]): string[] {
  const rows = new Map<FindingType, Record<Severity | 'accepted', number>>();
  for (const finding of findings) {
    let row = rows.get(finding.type);
    if (row === undefined) {
      row = { error: 0, warning: 0, info: 0, accepted: 0 };
      rows.set(finding.type, row);
    }
    if (getAcceptance(finding) === undefined) row[finding.severity]++;
    else row.accepted++;
  }
  const lines = ['| Finding type | Errors | Warnings | Info | Accepted |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const type of findingTypes) {
    const row = rows.get(type);
    if (row === undefined) continue;
    lines.push(`| ${findingTypeTitles[type]} | ${row.error} | ${row.warning} | ${row.info} | ${row.accepted} |`);
  }
  return lines;
}

function renderFindingTable(findings: readonly Finding[]): string[] {
  const lines = ['| Severity | Location | Type | Message |', '| --- | --- | --- | --- |'];
  for (const finding of findings) {
    const severity = getAcceptance(finding) === undefined ? severityLabels[finding.severity] : `${severityLabels[finding.severity]} (accepted)`;
    lines.push(`| ${severity} | ${tableCell(code(location(finding)))} | ${findingTypeTitles[finding.type]} | ${tableCell(inline(finding.message))} |`);
  }
  return lines;
}

function renderDetail(finding: Finding, manifest: string | null): string[] {
  const lines = [`#### ${code(location(finding))} ${findingTypeTitles[finding.type]} (${finding.severity})`, '', inline(finding.message), ''];
  const facts = [`- Rule: ${code(finding.ruleId)}`];
  if (finding.manifestPath !== undefined) {
    const where = manifest !== null && finding.manifestLine !== undefined ? ` at ${code(`${manifest}:${finding.manifestLine}`)}` : '';
    facts.push(`- Manifest entry: ${code(finding.manifestPath)}${where}`);
  }
  if (finding.vendor !== undefined) facts.push(`- Vendor: ${code(finding.vendor)}`);
  if (finding.category !== undefined) facts.push(`- Category: ${code(finding.category)}`);
  if (finding.key !== undefined) facts.push(`- Key: ${code(finding.key)}`);
  const acceptance = getAcceptance(finding);
  if (acceptance !== undefined) {
    const by = acceptance.author === undefined ? '' : ` by ${inline(acceptance.author)}`;
    const until = acceptance.expires === undefined ? '' : ` until ${inline(acceptance.expires)}`;
    const reason = acceptance.reason === undefined ? '' : `: ${inline(acceptance.reason)}`;
    facts.push(`- Accepted${by}${until}${reason}`);
  }
  lines.push(...facts);
  if (finding.evidence !== undefined) lines.push('', ...codeBlock(finding.evidence, languageOf(finding.file)));
  if (finding.quote !== undefined) lines.push('', `> ${inline(finding.quote)}`);
  return lines;
}

function renderCoverageLine(report: Report): string {
  const { files, skipped, unresolved } = report.coverage;
  return `**Coverage:** ${plural(files, 'file')} scanned, ${skipped.length} skipped, ${plural(unresolved.length, 'unresolved key')}.`;
}

function renderCoverageDetails(report: Report): string[] {
  const { skipped, unresolved } = report.coverage;
  if (skipped.length === 0 && unresolved.length === 0) return [];
  const lines = ['<details>', '<summary>Skipped files and unresolved keys</summary>', ''];
  for (const entry of [...skipped].sort((a, b) => compareText(a.file, b.file))) lines.push(`- Skipped ${code(entry.file)}: ${inline(entry.reason)}`);
  const sortedUnresolved = [...unresolved].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column);
  for (const entry of sortedUnresolved) lines.push(`- Unresolved at ${code(`${entry.file}:${entry.line}:${entry.column}`)}: ${inline(entry.what)}`);
  lines.push('', '</details>');
  return lines;
}

function location(finding: Finding): string {
  return `${finding.file}:${finding.line}`;
}

/** A code span that survives backticks inside the text (CommonMark: a longer fence, padded with spaces). */
export function code(text: string): string {
  const flat = text.replaceAll(/\r?\n/g, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || flat.startsWith(' ') || flat.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Message text keeps its `code spans` (messages name things in backticks) while everything outside them is
 * escaped, so `<script>` or `*` in a message never turns into markup.
 */
export function inline(text: string): string {
  const flat = text.replaceAll(/\r?\n/g, ' ');
  const parts = flat.split(/(`+[^`]*?`+)/);
  let out = '';
  for (const part of parts) {
    if (/^`+[^`]*?`+$/.test(part)) out += part;
    else out += part.replaceAll(/[\\*_[\]<>&#!|~]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`));
  }
  return out;
}

/** Inside a table a `|` ends the cell even within a code span; GFM accepts `\|` there. */
function tableCell(text: string): string {
  return text.replaceAll(/(?<!\\)\|/g, '\\|');
}

function codeBlock(text: string, language: string): string[] {
  let longest = 2;
  for (const run of text.match(/`{3,}/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${language}`, ...text.split(/\r?\n/), fence];
}

function languageOf(file: string): string {
  const match = /\.([a-z]+)$/i.exec(file);
  const extension = match?.[1]?.toLowerCase() ?? '';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  if (['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'mts', 'cts', 'vue', 'svelte', 'html'].includes(extension)) return extension === 'mts' || extension === 'cts' ? 'ts' : extension;
  return '';
}
