import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestCommand } from '../../src/cli/commands/manifest.js';
import type { CliIo } from '../../src/cli/io.js';
import { UserError } from '../../src/cli/io.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: false,
    env: {},
  };
  const code = await manifestCommand.run(argv, io);
  return { code, stdout, stderr };
}

const seeds = resolve('fixtures/manifests');
const scratch = mkdtempSync(join(tmpdir(), 'candor-manifest-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

writeFileSync(join(scratch, 'privacy.yaml'), ['privacy_manifest: 1', 'recipents: []', 'collect:', '  - id: signup', '    categories: [email]', '    consent: sometimes', ''].join('\n'));

describe('candor manifest validate', () => {
  it('prints a summary for a valid manifest and exits 0', async () => {
    expect(await run(['validate', 'seed-000-balsamiq.yaml'], seeds)).toEqual({
      code: 0,
      stdout: 'seed-000-balsamiq.yaml: valid (4 collect entries, 1 recipient, 0 storage items, 0 storage classes, 6 claims)\n',
      stderr: '',
    });
  });

  it('prints warnings after the summary, still exiting 0', async () => {
    expect(await run(['validate', 'seed-004-mouseflow.yaml'], seeds)).toEqual({
      code: 0,
      stdout:
        'seed-004-mouseflow.yaml: valid (11 collect entries, 5 recipients, 0 storage items, 2 storage classes, 12 claims)\n' +
        'seed-004-mouseflow.yaml:198:27: warning: transfer mechanism eu_us_safe_harbor has been invalid since 2015-10-06 (CJEU C-362/14, Schrems I); name the mechanism in use now, such as dpf or scc\n',
      stderr: '',
    });
  });

  it('reads privacy.yaml in the working directory by default and prints one error per line, exiting 2', async () => {
    expect(await run(['validate'], scratch)).toEqual({
      code: 2,
      stdout:
        'privacy.yaml:2:1: unknown key "recipents" in the top level; did you mean "recipients"?\n' +
        'privacy.yaml:6:14: "sometimes" is not a valid consent; use one of required, opt_out, not_required\n',
      stderr: '',
    });
  });

  it('reports a missing manifest as an input error', async () => {
    const nowhere = mkdtempSync(join(scratch, 'nowhere-'));
    expect(await run(['validate'], nowhere)).toEqual({
      code: 2,
      stdout: 'privacy.yaml: file not found; create it (candor init drafts one) or pass the path of your manifest\n',
      stderr: '',
    });
  });

  it('writes JSON with --format json', async () => {
    const failing = await run(['validate', '--format', 'json'], scratch);
    expect(failing.code).toBe(2);
    expect(JSON.parse(failing.stdout)).toEqual({
      file: 'privacy.yaml',
      valid: false,
      diagnostics: [
        { file: 'privacy.yaml', line: 2, column: 1, severity: 'error', message: 'unknown key "recipents" in the top level; did you mean "recipients"?' },
        {
          file: 'privacy.yaml',
          line: 6,
          column: 14,
          severity: 'error',
          message: '"sometimes" is not a valid consent; use one of required, opt_out, not_required',
        },
      ],
    });
    const passing = await run(['validate', '--format=json', 'seed-000-balsamiq.yaml'], seeds);
    expect(passing.code).toBe(0);
    expect(JSON.parse(passing.stdout)).toEqual({
      file: 'seed-000-balsamiq.yaml',
      valid: true,
      summary: { collect: 4, recipients: 1, storageItems: 0, storageClasses: 0, claims: 6 },
      diagnostics: [],
    });
  });

  it('prints usage with --help', async () => {
    const result = await run(['--help'], seeds);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: candor manifest validate \[file\] \[options\]\n/);
    expect(result.stdout).toContain('--format stylish|json');
  });

  it('prints usage to stderr and exits 2 without a subcommand', async () => {
    const result = await run([], seeds);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: candor manifest validate/);
  });

  it('rejects bad usage with a UserError', async () => {
    await expect(run(['check'], seeds)).rejects.toThrow(
      new UserError('unknown subcommand `check`; the manifest command has `validate`. Run `candor manifest --help` for usage.'),
    );
    await expect(run(['validate', '--format', 'xml'], seeds)).rejects.toThrow(new UserError('--format must be one of stylish, json; got `xml`.'));
    await expect(run(['validate', '--fromat', 'json'], seeds)).rejects.toThrow(UserError);
    await expect(run(['validate', 'a.yaml', 'b.yaml'], seeds)).rejects.toThrow(
      new UserError('`manifest validate` takes one file, got 2; pass a single manifest path.'),
    );
  });
});
