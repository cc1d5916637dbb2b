import { resolve } from 'node:path';
import type { Finding, Severity } from '../../check/finding.js';
import type { ReportFormat } from '../../report/render.js';
import { renderReport, reportFormats } from '../../report/render.js';
import { getAcceptance } from '../../report/present.js';
import { isoDay } from '../../gate/accepted.js';
import { prepareGates } from '../../gate/gate.js';
import { chooseOne, parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { exitCodes } from '../io.js';
import { writeOutputFile } from '../output.js';
import { directoryArgument, scanWithProgress } from '../run-scan.js';
import type { Command } from './types.js';

const failOnValues = ['error', 'warning', 'info', 'never'] as const;
type FailOn = (typeof failOnValues)[number];

const usage = `Usage: candor scan [dir] [options]

Scans the application in [dir] (default: .) and reports where its code and its privacy manifest disagree.

Options:
  --manifest <file>   privacy manifest (default: privacy.yaml in [dir])
  --policy <file>     published policy text (default: the manifest's policy.text)
  --format <format>   ${reportFormats.join(' | ')} (default: stylish)
  --output <file>     write the report to a file instead of standard output
  --fail-on <level>   exit 1 when a finding is at least: error | warning | info | never (default: error)
  --baseline <file>   report only findings not in this baseline (write one with \`candor baseline\`)
  --accepted <file>   accepted findings, reported as accepted and never failing (default:
                      candor-accepted.yaml in [dir], when it exists)
  --changed-since <ref>
                      report only findings in files changed since the Git ref (committed, staged,
                      unstaged or untracked), plus the project-level findings such changes cause
  --quiet             no progress output, no warnings about stale or expired acceptances
  -h, --help          show this help

Exit codes: 0 no failing findings, 1 failing findings, 2 usage or input error.
`;

const severityRank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** True when a finding is at or above the `--fail-on` level and not accepted. */
export function isFailing(finding: Finding, failOn: FailOn): boolean {
  return failOn !== 'never' && getAcceptance(finding) === undefined && severityRank[finding.severity] >= severityRank[failOn];
}

export const scanCommand: Command = {
  summary: 'scan an application and report where its code and privacy.yaml disagree',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs('scan', argv, {
      manifest: { type: 'string' },
      policy: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      baseline: { type: 'string' },
      accepted: { type: 'string' },
      'changed-since': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (values.help === true) {
      io.stdout(usage);
      return exitCodes.ok;
    }
    const root = directoryArgument('scan', positionals, usage, io.cwd);
    const format: ReportFormat = chooseOne(reportFormats, values.format, '--format', 'stylish');
    const failOn: FailOn = chooseOne(failOnValues, values['fail-on'], '--fail-on', 'error');
    const quiet = values.quiet === true;
    const gates = prepareGates({
      cwd: io.cwd,
      root,
      ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
      ...(values.accepted === undefined ? {} : { accepted: values.accepted }),
      ...(values['changed-since'] === undefined ? {} : { changedSince: values['changed-since'] }),
    });
    const scanned = await scanWithProgress(io, quiet, {
      root,
      ...(values.manifest === undefined ? {} : { manifest: resolve(io.cwd, values.manifest) }),
      ...(values.policy === undefined ? {} : { policy: resolve(io.cwd, values.policy) }),
    });
    // Fingerprints come from the full scan; the gates only mark and filter (accepted, baseline, changed files).
    const gated = gates.apply(scanned, isoDay(new Date()));
    if (!quiet) for (const line of [...gated.warnings, ...gated.notes.map((note) => `candor scan: ${note}`)]) io.stderr(`${line}\n`);
    const result = { ...scanned, report: { ...scanned.report, findings: gated.findings } };
    const text = renderReport(format, result.report, {
      color: io.isTTY && values.output === undefined && io.env.NO_COLOR === undefined,
      sources: result.sources,
      manifest: result.manifest,
    });
    if (values.output === undefined) io.stdout(text);
    else writeOutputFile(io.cwd, values.output, text);
    return result.report.findings.some((finding) => isFailing(finding, failOn)) ? exitCodes.findings : exitCodes.ok;
  },
};
