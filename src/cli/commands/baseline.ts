import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBaseline, formatBaseline, isBaselineText } from '../../gate/baseline.js';
import { displayPath } from '../../manifest/load.js';
import { parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { exitCodes, UserError } from '../io.js';
import { directoryArgument, scanWithProgress } from '../run-scan.js';
import type { Command } from './types.js';

const defaultOutput = 'candor-baseline.json';

const usage = `Usage: candor baseline [dir] [options]

Scans the application in [dir] (default: .) and records today's findings in a baseline file. With
\`candor scan --baseline <file>\`, only findings that are not in it are reported, so an existing project
can adopt Candor and fix its old findings over time.

Options:
  --manifest <file>   privacy manifest (default: privacy.yaml in [dir])
  --policy <file>     published policy text (default: the manifest's policy.text)
  --output <file>     where to write the baseline (default: ${defaultOutput} in [dir]); an existing
                      file is replaced only when it is a Candor baseline
  --quiet             no progress output
  -h, --help          show this help

Exit codes: 0 baseline written, 2 usage or input error.
`;

/** Writes `content` to `path` unless a file there is something other than a Candor baseline. */
function writeBaseline(path: string, shown: string, content: string): void {
  if (existsSync(path)) {
    let existing: string;
    try {
      existing = readFileSync(path, 'utf8');
    } catch {
      throw new UserError(`cannot write \`${shown}\`: it exists and cannot be read. Choose another --output path.`);
    }
    if (!isBaselineText(existing)) {
      throw new UserError(`refusing to overwrite \`${shown}\`: it exists and is not a Candor baseline. Choose another --output path, or move the file.`);
    }
  }
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new UserError(`cannot write \`${shown}\`: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** `candor baseline [dir]`: records the current findings so `candor scan --baseline` reports only new ones. */
export const baselineCommand: Command = {
  summary: 'record today\'s findings so `candor scan --baseline` reports only new ones',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs('baseline', argv, {
      manifest: { type: 'string' },
      policy: { type: 'string' },
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (values.help === true) {
      io.stdout(usage);
      return exitCodes.ok;
    }
    const root = directoryArgument('baseline', positionals, usage, io.cwd);
    const output = values.output === undefined ? join(root, defaultOutput) : resolve(io.cwd, values.output);
    const shown = displayPath(output, io.cwd);
    const result = await scanWithProgress(io, values.quiet === true, {
      root,
      ...(values.manifest === undefined ? {} : { manifest: resolve(io.cwd, values.manifest) }),
      ...(values.policy === undefined ? {} : { policy: resolve(io.cwd, values.policy) }),
    });
    // SOURCE_DATE_EPOCH (reproducible-builds.org) pins `createdAt` for byte-identical baselines.
    const epoch = io.env.SOURCE_DATE_EPOCH;
    const now = epoch !== undefined && /^\d+$/.test(epoch) ? () => new Date(Number(epoch) * 1000) : () => new Date();
    const baseline = createBaseline(result.report.findings, { now });
    writeBaseline(output, shown, formatBaseline(baseline));
    const count = baseline.findings.length;
    io.stdout(
      `Recorded ${count} finding${count === 1 ? '' : 's'} in \`${shown}\`. Commit it and pass \`--baseline ${shown}\` to \`candor scan\` to report only new findings.\n`,
    );
    return exitCodes.ok;
  },
};
