import { resolve } from 'node:path';
import { exitCodes, UserError } from '../io.js';
import type { CliIo } from '../io.js';
import { displayPath, findManifest, formatDiagnostic, loadManifest, ManifestError } from '../../manifest/load.js';
import type { LoadedManifest, ManifestDiagnostic } from '../../manifest/load.js';
import { chooseOne, parseCommandArgs } from '../args.js';
import type { Command } from './types.js';

const usage = `Usage: candor manifest validate [file] [options]

Checks a privacy manifest: YAML syntax, keys and values against the schema, and that every category,
purpose, subject, vendor and id it mentions exists. Prints each problem as file:line:column: message.

Arguments:
  file                    The manifest (default: privacy.yaml, or privacy.yml, in the current directory)

Options:
  --format stylish|json   Output format (default: stylish)
  -h, --help              Show this help

Exit codes: 0 valid (warnings allowed), 2 invalid or unreadable manifest, or a usage error.
`;

const formats = ['stylish', 'json'] as const;
type Format = (typeof formats)[number];

/** `candor manifest validate [file]`. */
export const manifestCommand: Command = {
  summary: 'Check privacy.yaml against the schema and Candor\'s vocabularies',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('manifest', argv, { format: { type: 'string' } });
    if (values.help === true) {
      io.stdout(usage);
      return exitCodes.ok;
    }
    const [subcommand, file, ...extra] = positionals;
    if (subcommand === undefined) {
      io.stderr(usage);
      return exitCodes.usage;
    }
    if (subcommand !== 'validate') {
      throw new UserError(`unknown subcommand \`${subcommand}\`; the manifest command has \`validate\`. Run \`candor manifest --help\` for usage.`);
    }
    if (extra.length > 0) {
      throw new UserError(`\`manifest validate\` takes one file, got ${positionals.length - 1}; pass a single manifest path.`);
    }
    const format: Format = chooseOne(formats, values.format, '--format', 'stylish');
    const path = file === undefined ? (findManifest(io.cwd, io.cwd) ?? resolve(io.cwd, 'privacy.yaml')) : resolve(io.cwd, file);
    return validate(path, format, io);
  },
};

function validate(path: string, format: Format, io: CliIo): number {
  let loaded: LoadedManifest;
  try {
    loaded = loadManifest(path);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    report(format, io, { path, valid: false, diagnostics: error.diagnostics });
    return exitCodes.usage;
  }
  report(format, io, { path, valid: true, diagnostics: loaded.warnings, loaded });
  return exitCodes.ok;
}

interface Outcome {
  path: string;
  valid: boolean;
  diagnostics: readonly ManifestDiagnostic[];
  loaded?: LoadedManifest;
}

function report(format: Format, io: CliIo, outcome: Outcome): void {
  const file = displayPath(outcome.path, io.cwd);
  const counts = outcome.loaded === undefined ? undefined : summarise(outcome.loaded);
  if (format === 'json') {
    const json = {
      file,
      valid: outcome.valid,
      ...(counts === undefined ? {} : { summary: Object.fromEntries(counts.map((count) => [count.key, count.value])) }),
      diagnostics: outcome.diagnostics.map((diagnostic) => ({ ...diagnostic, file: displayPath(diagnostic.file, io.cwd) })),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  let text = '';
  if (counts !== undefined) text += `${file}: valid (${counts.map((count) => plural(count.value, count.label)).join(', ')})\n`;
  for (const diagnostic of outcome.diagnostics) text += `${formatDiagnostic(diagnostic, io.cwd)}\n`;
  io.stdout(text);
}

interface Count {
  key: string;
  label: [singular: string, plural: string];
  value: number;
}

function summarise(loaded: LoadedManifest): Count[] {
  const manifest = loaded.manifest;
  return [
    { key: 'collect', label: ['collect entry', 'collect entries'], value: manifest.collect.length },
    { key: 'recipients', label: ['recipient', 'recipients'], value: manifest.recipients.length },
    { key: 'storageItems', label: ['storage item', 'storage items'], value: manifest.device_storage.items.length },
    { key: 'storageClasses', label: ['storage class', 'storage classes'], value: manifest.device_storage.classes.length },
    { key: 'claims', label: ['claim', 'claims'], value: manifest.claims.length },
  ];
}

function plural(value: number, [singular, many]: [string, string]): string {
  return `${value} ${value === 1 ? singular : many}`;
}
