import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { vendors } from '../../catalog/vendors/index.js';
import { draftManifest } from '../../init/draft-manifest.js';
import { displayPath } from '../../manifest/load.js';
import { readPolicy } from '../../policy/read-policy.js';
import { parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { exitCodes, UserError } from '../io.js';
import { directoryArgument, scanWithProgress } from '../run-scan.js';
import type { Command } from './types.js';

const usage = `Usage: candor init [dir] [options]

Drafts privacy.yaml from what the code in [dir] (default: .) collects, where it sends it and what it
stores on the device, with TODO where only a person can answer (purpose, legal basis, retention, roles).
The draft loads as it is; answer the TODOs, then run \`candor manifest validate\` and \`candor scan\`.

Options:
  --policy <file>     published policy text: adds the vendors it names, what it denies (claims, with
                      quotes) and what it says about Do Not Track and Global Privacy Control
  --output <file>     where to write the draft (default: privacy.yaml in [dir]); an existing file is
                      never overwritten
  --quiet             no progress output
  -h, --help          show this help

Exit codes: 0 draft written, 2 usage or input error (including an existing output file).
`;

const schemaInPackage = 'node_modules/candor/schema/privacy-manifest.schema.json';

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** The JSON Schema as the draft's directory reaches it: the nearest installed Candor, else where `npm install` will put it. */
function schemaReference(dir: string): string {
  for (let current = dir; ; current = dirname(current)) {
    const candidate = join(current, schemaInPackage);
    if (existsSync(candidate)) {
      const path = toPosix(relative(dir, candidate));
      return path.startsWith('.') ? path : `./${path}`;
    }
    if (dirname(current) === current) return `./${schemaInPackage}`;
  }
}

function refuseOverwrite(shown: string): UserError {
  return new UserError(`\`${shown}\` already exists, and \`candor init\` never overwrites a file. Move it away, or pass another --output.`);
}

/** `candor init [dir]`: drafts `privacy.yaml` from the scan's inventory and, optionally, the policy text. */
export const initCommand: Command = {
  summary: 'draft privacy.yaml from what the code collects, shares and stores',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs('init', argv, {
      policy: { type: 'string' },
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (values.help === true) {
      io.stdout(usage);
      return exitCodes.ok;
    }
    const root = directoryArgument('init', positionals, usage, io.cwd);
    const output = values.output === undefined ? join(root, 'privacy.yaml') : resolve(io.cwd, values.output);
    const shown = displayPath(output, io.cwd);
    // Checked before the scan so nobody waits for a draft that cannot be written.
    if (existsSync(output)) throw refuseOverwrite(shown);

    let policy: { path: string; text: string } | undefined;
    if (values.policy !== undefined) {
      const path = resolve(io.cwd, values.policy);
      try {
        policy = { path, text: readFileSync(path, 'utf8') };
      } catch {
        throw new UserError(`cannot read the policy text \`${values.policy}\`; check the path.`);
      }
    }

    const result = await scanWithProgress(io, values.quiet === true, { root, manifest: null });
    const draft = draftManifest({
      observations: result.report.observations,
      vendors,
      files: result.report.coverage.files,
      schema: schemaReference(dirname(output)),
      ...(policy === undefined
        ? {}
        : { policy: { reading: readPolicy(policy.text, { file: policy.path, vendors }), text: toPosix(relative(dirname(output), policy.path)) } }),
    });
    try {
      // `wx` fails if the file appeared meanwhile: a draft never replaces anything.
      writeFileSync(output, draft.text, { flag: 'wx' });
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST') throw refuseOverwrite(shown);
      throw new UserError(`cannot write \`${shown}\`: ${error instanceof Error ? error.message : String(error)}.`);
    }
    const count = (n: number, word: string, plural = `${word}s`): string => `${n} ${n === 1 ? word : plural}`;
    io.stdout(
      `Drafted \`${shown}\`: ${count(draft.collect, 'collect entry', 'collect entries')}, ${count(draft.recipients, 'recipient')}, ` +
        `${count(draft.storage, 'storage item')}, ${count(draft.claims, 'claim')}, ${count(draft.todos, 'TODO')}. ` +
        'Answer the TODOs, then run `candor manifest validate` and `candor scan`.\n',
    );
    return exitCodes.ok;
  },
};
