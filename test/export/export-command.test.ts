import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.js';
import type { CliIo } from '../../src/cli/io.js';
import { UserError } from '../../src/cli/io.js';
import { acmeYaml } from './acme-manifest.js';

interface Captured {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

function capture(cwd: string): Captured {
  let out = '';
  let err = '';
  return {
    io: { cwd, stdout: (text) => (out += text), stderr: (text) => (err += text), isTTY: false, env: {} },
    stdout: () => out,
    stderr: () => err,
  };
}

describe('candor export', () => {
  let dir = '';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-export-'));
    writeFileSync(join(dir, 'privacy.yaml'), acmeYaml);
    mkdirSync(join(dir, 'app'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds privacy.yaml above the working directory and prints the export', async () => {
    const run = capture(join(dir, 'app'));
    expect(await exportCommand.run(['--to', 'apple'], run.io)).toBe(0);
    expect(run.stdout()).toContain('<string>NSPrivacyCollectedDataTypeAdvertisingData</string>');
    expect(run.stderr()).toBe('');
  });

  it('writes --output, refuses to overwrite it, and overwrites with --force', async () => {
    const first = capture(dir);
    expect(await exportCommand.run(['--to', 'cookie-table', '--output', 'out/cookies.csv'], first.io)).toBe(0);
    const written = readFileSync(join(dir, 'out/cookies.csv'), 'utf8');
    expect(written.startsWith('Name,Provider,Purpose,Expiry,Type,Category,OneTrust category\r\n')).toBe(true);
    expect(first.stdout()).toBe('');
    expect(first.stderr()).toBe(
      'candor export: warning: Storage item `draft|v2, "beta"` has no `duration`; its expiry is shown as not stated. Add one (`session`, `P1Y`, …).\ncandor export: wrote out/cookies.csv\n',
    );

    writeFileSync(join(dir, 'out/cookies.csv'), 'keep me');
    await expect(exportCommand.run(['--to', 'cookie-table', '--output', 'out/cookies.csv'], capture(dir).io)).rejects.toThrow(
      new UserError('`out/cookies.csv` already exists. Pass `--force` to overwrite it, or choose another `--output`.'),
    );
    expect(readFileSync(join(dir, 'out/cookies.csv'), 'utf8')).toBe('keep me');

    expect(await exportCommand.run(['--to', 'cookie-table', '--output', 'out/cookies.csv', '--force'], capture(dir).io)).toBe(0);
    expect(readFileSync(join(dir, 'out/cookies.csv'), 'utf8')).toBe(written);
  });

  it('exports the surface asked for', async () => {
    const run = capture(dir);
    expect(await exportCommand.run(['--to', 'fides', '--surface', 'web'], run.io)).toBe(0);
    expect(run.stdout()).toContain('fides_key: acme_inc_web');
    expect(run.stdout()).not.toContain('fides_key: acme_inc_ios_app');
  });

  it('reads --format for the cookie table only', async () => {
    const run = capture(dir);
    expect(await exportCommand.run(['--to', 'cookie-table', '--format', 'markdown'], run.io)).toBe(0);
    expect(run.stdout().startsWith('| Name | Provider |')).toBe(true);
    await expect(exportCommand.run(['--to', 'apple', '--format', 'csv'], capture(dir).io)).rejects.toThrow('`--format` applies to `--to cookie-table` only; leave it out for `apple`.');
    await expect(exportCommand.run(['--to', 'cookie-table', '--format', 'html'], capture(dir).io)).rejects.toThrow('unknown cookie table format `html`; use --format markdown or --format csv.');
  });

  it('explains usage errors', async () => {
    await expect(exportCommand.run([], capture(dir).io)).rejects.toThrow('say what to export with `--to`: `apple`, `google-play`, `fides`, `cookie-table`.');
    await expect(exportCommand.run(['--to', 'onetrust'], capture(dir).io)).rejects.toThrow('unknown export target `onetrust`; use one of `apple`, `google-play`, `fides`, `cookie-table`.');
    await expect(exportCommand.run(['--to', 'apple', '--surface', 'tv'], capture(dir).io)).rejects.toThrow(
      'surface `tv` is not in `privacy.yaml`; it has `ios_app`, `android_app`, `web`. Pass one of those to `--surface`.',
    );
    await expect(exportCommand.run(['--to', 'apple', '--colour'], capture(dir).io)).rejects.toThrow(UserError);
    await expect(exportCommand.run(['--to', 'apple', 'extra'], capture(dir).io)).rejects.toThrow('unexpected argument `extra`. Run `candor export --help` for usage.');
  });

  it('reports a missing or invalid manifest as a usage error', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'candor-export-empty-'));
    try {
      await expect(exportCommand.run(['--to', 'apple', '--manifest', 'nope.yaml'], capture(empty).io)).rejects.toThrow(UserError);
      writeFileSync(join(empty, 'privacy.yaml'), 'privacy_manifest: 1\ncollect:\n  - id: x\n    categories: [user.contact.emial]\n');
      await expect(exportCommand.run(['--to', 'apple'], capture(empty).io)).rejects.toThrow(/^the manifest has errors; fix them and run the export again .*\nprivacy\.yaml:4:/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('prints its help', async () => {
    const run = capture(dir);
    expect(await exportCommand.run(['--help'], run.io)).toBe(0);
    expect(run.stdout()).toContain('Usage: candor export --to <target> [options]');
  });
});
