import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { exportApple } from '../../export/apple.js';
import type { ExportResult } from '../../export/common.js';
import type { CookieTableFormat } from '../../export/cookie-table.js';
import { exportCookieTable } from '../../export/cookie-table.js';
import { exportFides } from '../../export/fides.js';
import { exportGooglePlay } from '../../export/google-play.js';
import { displayPath, findManifest, formatDiagnostic, loadManifest, ManifestError } from '../../manifest/load.js';
import type { LoadedManifest } from '../../manifest/load.js';
import { exitCodes, UserError } from '../io.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from './types.js';

const usage = `Usage: candor export --to <target> [options]

Writes what app stores and consent tools ask for, derived from the privacy manifest.

Targets:
  apple                   PrivacyInfo.xcprivacy (Apple privacy manifest)
  google-play             Google Play Data safety form, as the Play Console's CSV import reads it
  fides                   Fides system and data category resources (YAML)
  cookie-table            Cookie declaration in Cookiebot/OneTrust columns (Markdown or CSV)

Options:
  --to <target>           What to export (required)
  --manifest <file>       The manifest (default: privacy.yaml, or privacy.yml, in the current directory or above)
  --surface <id>          Export one surface of the manifest (default: export.<target>.surfaces, else all)
  --format markdown|csv   Cookie table format (default: markdown, or csv when --output ends in .csv)
  --output <file>         Write to a file instead of standard output
  --force                 Overwrite an existing --output file
  -h, --help              Show this help
`;

const targets = ['apple', 'google-play', 'fides', 'cookie-table'] as const;
type Target = (typeof targets)[number];

interface Options {
  to?: string;
  manifest?: string;
  surface?: string;
  format?: string;
  output?: string;
  force?: boolean;
  help?: boolean;
}

/** `candor export --to apple|google-play|fides|cookie-table`. */
export const exportCommand: Command = {
  summary: 'Write the Apple privacy manifest, Google Play data safety CSV, Fides YAML or cookie table',
  async run(argv, io) {
    const options = parseOptions(argv);
    if (options.help === true) {
      io.stdout(usage);
      return exitCodes.ok;
    }
    const target = parseTarget(options.to);
    const format = parseFormat(target, options.format, options.output);
    const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
    if (output !== undefined && options.force !== true && existsSync(output)) {
      throw new UserError(`\`${displayPath(output, io.cwd)}\` already exists. Pass \`--force\` to overwrite it, or choose another \`--output\`.`);
    }
    const loaded = load(options.manifest, io);
    if (options.surface !== undefined && !loaded.manifest.surfaces.some((surface) => surface.id === options.surface)) {
      const known = loaded.manifest.surfaces.map((surface) => `\`${surface.id}\``).join(', ');
      throw new UserError(`surface \`${options.surface}\` is not in \`${displayPath(loaded.path, io.cwd)}\`; ${known === '' ? 'the manifest declares no surfaces' : `it has ${known}`}. Pass one of those to \`--surface\`.`);
    }
    const result = run(target, loaded, options.surface, format);
    for (const warning of result.warnings) io.stderr(`candor export: warning: ${warning}\n`);
    if (output === undefined) {
      io.stdout(result.text);
      return exitCodes.ok;
    }
    mkdirSync(dirname(output), { recursive: true });
    // `wx` refuses to replace a file that appeared since the check above.
    writeFileSync(output, result.text, { flag: options.force === true ? 'w' : 'wx' });
    io.stderr(`candor export: wrote ${displayPath(output, io.cwd)}\n`);
    return exitCodes.ok;
  },
};

function run(target: Target, loaded: LoadedManifest, surface: string | undefined, format: CookieTableFormat): ExportResult {
  const options = surface === undefined ? {} : { surface };
  switch (target) {
    case 'apple':
      return exportApple(loaded.manifest, options);
    case 'google-play':
      return exportGooglePlay(loaded.manifest, options);
    case 'fides':
      return exportFides(loaded.manifest, options);
    case 'cookie-table':
      return exportCookieTable(loaded.manifest, format);
  }
}

function parseOptions(argv: readonly string[]): Options {
  const { values, positionals } = parseCommandArgs('export', argv, {
    to: { type: 'string' },
    manifest: { type: 'string' },
    surface: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UserError(`unexpected argument \`${positionals[0]}\`. Run \`candor export --help\` for usage.`);
  return values;
}

function parseTarget(value: string | undefined): Target {
  const list = targets.map((target) => `\`${target}\``).join(', ');
  if (value === undefined) throw new UserError(`say what to export with \`--to\`: ${list}.`);
  const target = targets.find((candidate) => candidate === value);
  if (target === undefined) throw new UserError(`unknown export target \`${value}\`; use one of ${list}.`);
  return target;
}

function parseFormat(target: Target, value: string | undefined, output: string | undefined): CookieTableFormat {
  if (value !== undefined && target !== 'cookie-table') throw new UserError(`\`--format\` applies to \`--to cookie-table\` only; leave it out for \`${target}\`.`);
  if (value === undefined) return output?.toLowerCase().endsWith('.csv') === true ? 'csv' : 'markdown';
  if (value === 'markdown' || value === 'csv') return value;
  throw new UserError(`unknown cookie table format \`${value}\`; use --format markdown or --format csv.`);
}

function load(manifest: string | undefined, io: CliIo): LoadedManifest {
  const path = manifest === undefined ? findManifest(io.cwd) : resolve(io.cwd, manifest);
  if (path === undefined) throw new UserError(`no \`privacy.yaml\` in \`${io.cwd}\` or above. Pass \`--manifest <file>\`.`);
  try {
    return loadManifest(path);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    const problems = error.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, io.cwd)).join('\n');
    throw new UserError(`the manifest has errors; fix them and run the export again (\`candor manifest validate\` lists them too):\n${problems}`);
  }
}
