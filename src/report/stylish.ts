import { styleText } from 'node:util';
import type { Finding, Severity } from '../check/finding.js';
import { ruleDocsUrl } from '../rule-docs.js';
import { codeFrame } from './code-frame.js';
import type { Report } from './model.js';
import { countBySeverity, getAcceptance } from './present.js';

export interface StylishOptions {
  /** Colours, only on a terminal. */
  color: boolean;
  /** File texts by report path, for code frames. */
  sources?: ReadonlyMap<string, string>;
}

type Style = Parameters<typeof styleText>[0];

const severityStyle: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'blue' };

/**
 * The terminal format: findings grouped by file, each with its code frame, what to do, and a link to
 * the rule's docs; then a summary and the coverage line that says how far a clean result can be trusted.
 */
export function renderStylish(report: Report, options: StylishOptions): string {
  const paint = (style: Style, text: string): string => (options.color ? styleText(style, text) : text);
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(paint('underline', file));
    const source = options.sources?.get(file);
    for (const finding of findings) {
      const position = `${finding.line}:${finding.column}`.padEnd(7);
      const acceptance = getAcceptance(finding);
      const level = acceptance === undefined ? paint(severityStyle[finding.severity], finding.severity.padEnd(7)) : paint('green', 'accepted');
      out.push(`  ${paint('dim', position)} ${level} ${finding.message}  ${paint('dim', finding.ruleId)}`);
      if (acceptance !== undefined) {
        const by = [acceptance.author === undefined ? '' : `by ${acceptance.author}`, acceptance.expires === undefined ? '' : `until ${acceptance.expires}`].filter((part) => part !== '').join(' ');
        out.push(`    ${paint('green', `accepted${by === '' ? '' : ` ${by}`}: ${acceptance.reason ?? 'no reason given'}`)}`);
      }
      if (source !== undefined) {
        const frame = codeFrame(source, finding.line, finding.column, finding.endLine, finding.endColumn, { context: 1 });
        out.push(frame.split('\n').map((line) => `    ${paint('dim', line)}`).join('\n'));
      }
      if (finding.quote !== undefined) out.push(`    ${paint('dim', `policy: "${finding.quote}"`)}`);
      out.push(`    ${paint('dim', `docs: ${ruleDocsUrl(finding.ruleId)}`)}`);
    }
    out.push('');
  }
  // Accepted findings stay listed, marked, but do not count: they never fail the gate.
  const counts = countBySeverity(report.findings);
  const total = counts.error + counts.warning + counts.info;
  const accepted = report.findings.length - total;
  if (total === 0) {
    out.push(paint('green', '✔ No disagreements between the code and privacy.yaml.'));
  } else {
    const summary = `✖ ${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info)`;
    out.push(paint(counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue', summary));
  }
  if (accepted > 0) out.push(paint('green', `${accepted} accepted finding${accepted === 1 ? '' : 's'} (listed above, not counted).`));
  const { coverage } = report;
  const skippedFiles = coverage.skipped.filter((item) => !item.file.endsWith('/'));
  // The line names Candor: `--output` replaces only files that say they are a Candor report.
  out.push(
    paint(
      'dim',
      `Candor scanned ${coverage.files} file${coverage.files === 1 ? '' : 's'} against ${report.manifest ?? 'no manifest'}; ` +
        `${skippedFiles.length} skipped, ${coverage.unresolved.length} unresolved key${coverage.unresolved.length === 1 ? '' : 's'}` +
        (skippedFiles.length + coverage.unresolved.length > 0 ? ' (see --format json for the list).' : '.'),
    ),
  );
  return `${out.join('\n')}\n`;
}
