import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanCommand } from '../../src/cli/commands/scan.js';
import type { CliIo } from '../../src/cli/io.js';
import { UserError } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function fakeIo(cwd: string): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    cwd,
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    isTTY: false,
    env: {},
  };
  return { io, out };
}

/** `scanCommand.run` as the command itself returns it. */
async function runScan(argv: string[], cwd: string): Promise<Run> {
  const { io, out } = fakeIo(cwd);
  const code = await scanCommand.run(argv, io);
  return { code, ...out };
}

/** The whole CLI (`candor scan …`), which turns input errors into exit code 2 and a message. */
async function runCli(argv: string[], cwd: string): Promise<Run> {
  const { io, out } = fakeIo(cwd);
  const code = await main(['scan', ...argv], io);
  return { code, ...out };
}

const root = mkdtempSync(join(tmpdir(), 'candor-scan-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const app = join(root, 'app');
write('app/src/signup.tsx', 'export const Signup = () => <form><input type="email" name="email" /></form>;\n');
write('app/src/prefs.ts', "localStorage.setItem('theme', 'dark');\n");
// An undeclared recipient (error), an undeclared storage key (warning), an unused recipient (info).
write('app/privacy.yaml', ['privacy_manifest: 1', 'collect:', '  - id: signup', '    categories: [email]', '    channel: form', 'recipients:', '  - id: intercom', '    vendor: intercom', ''].join('\n'));
write('app/src/analytics.ts', "import mixpanel from 'mixpanel-browser';\nmixpanel.track('signup');\n");
write(
  'app/warnings.yaml',
  ['privacy_manifest: 1', 'collect:', '  - id: signup', '    categories: [email]', '    channel: form', 'recipients:', '  - id: intercom', '    vendor: intercom', '  - id: mixpanel', '    vendor: mixpanel', '    receives: [user]', ''].join('\n'),
);
write(
  'app/info.yaml',
  [
    'privacy_manifest: 1',
    'collect:',
    '  - id: signup',
    '    categories: [email]',
    '    channel: form',
    'recipients:',
    '  - id: intercom',
    '    vendor: intercom',
    '  - id: mixpanel',
    '    vendor: mixpanel',
    '    receives: [user]',
    'device_storage:',
    '  items:',
    '    - { name: theme, type: local_storage }',
    '    - { name: "mp_*", match: glob, type: cookie }',
    '    - { name: "mp_*", match: glob, type: local_storage }',
    '',
  ].join('\n'),
);
write('clean/privacy.yaml', 'privacy_manifest: 1\ncollect: []\n');
write('clean/src/math.ts', 'export const add = (a: number, b: number) => a + b;\n');
write('broken/privacy.yaml', 'privacy_manifest: 1\nrecipents: []\n');

describe('candor scan: exit codes', () => {
  it('exits 1 on an error finding by default', async () => {
    const run = await runScan([app], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('exits by `--fail-on` level', async () => {
    const warnings = ['--manifest', 'app/warnings.yaml'];
    const info = ['--manifest', 'app/info.yaml'];
    expect((await runScan(['app', ...warnings], root)).code).toBe(0);
    expect((await runScan(['app', ...warnings, '--fail-on', 'warning'], root)).code).toBe(1);
    expect((await runScan(['app', ...info, '--fail-on', 'warning'], root)).code).toBe(0);
    expect((await runScan(['app', ...info, '--fail-on', 'info'], root)).code).toBe(1);
    expect((await runScan(['app', '--fail-on', 'never'], root)).code).toBe(0);
  });

  it('exits 0 on a clean project and says so', async () => {
    const run = await runScan(['clean'], root);
    expect(run).toEqual({
      code: 0,
      stdout: '✔ No disagreements between the code and privacy.yaml.\nCandor scanned 1 file against privacy.yaml; 0 skipped, 0 unresolved keys.\n',
      stderr: '',
    });
  });

  it('rejects an unknown `--fail-on` level as a usage error', async () => {
    await expect(runScan(['clean', '--fail-on', 'sometimes'], root)).rejects.toThrow(UserError);
    expect(await runCli(['clean', '--fail-on', 'sometimes'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'candor scan: --fail-on must be one of error, warning, info, never; got `sometimes`.\n',
    });
  });
});

describe('candor scan: input errors', () => {
  it('reports a bad manifest with its position relative to the working directory, and no stack', async () => {
    const run = await runCli([], join(root, 'broken'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('candor scan: privacy.yaml:2:1: unknown key "recipents" in the top level; did you mean "recipients"?\n');
  });

  it('reports a missing directory', async () => {
    const run = await runCli(['no-such-app'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('candor scan: cannot read `' + join(root, 'no-such-app') + '`: no such directory. Pass the directory of the application to scan.\n');
  });
});

describe('candor scan --format json', () => {
  it('writes the DESIGN.md report contract', async () => {
    const run = await runScan([app, '--format', 'json'], root);
    const report = JSON.parse(run.stdout) as Record<string, unknown> & {
      observations: Record<string, unknown>[];
      findings: Record<string, unknown>[];
      coverage: Record<string, unknown>;
    };
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'manifest', 'policy', 'observations', 'findings', 'coverage']);
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'candor' }, manifest: 'privacy.yaml', policy: null });
    expect(report.coverage).toEqual({ files: 3, skipped: [], unresolved: [] });
    expect(report.findings.map((finding) => `${String(finding.file)}:${String(finding.line)}:${String(finding.column)} ${String(finding.severity)} ${String(finding.type)} ${String(finding.ruleId)}`)).toEqual([
      'privacy.yaml:7:5 info unused-declaration candor/no-unused-declaration',
      'src/analytics.ts:1:22 error undeclared-recipient candor/no-undeclared-recipient',
      'src/prefs.ts:1:1 warning undeclared-storage candor/no-undeclared-storage',
    ]);
    for (const finding of report.findings) {
      expect(typeof finding.message).toBe('string');
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(report.findings[1]).toMatchObject({ vendor: 'mixpanel', manifestPath: 'recipients' });
    expect(report.observations.find((observation) => observation.kind === 'storage')).toMatchObject({
      kind: 'storage',
      key: 'theme',
      file: 'src/prefs.ts',
      line: 1,
      column: 1,
      evidence: "localStorage.setItem('theme', 'dark');",
    });
    expect(report.observations.find((observation) => observation.kind === 'form-field')).toMatchObject({
      kind: 'form-field',
      category: 'user.contact.email',
      file: 'src/signup.tsx',
      line: 1,
    });
  });
});

describe('candor scan --output', () => {
  it('writes the report to the file and nothing to standard output', async () => {
    const run = await runScan(['clean', '--output', 'clean-report.txt'], root);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(root, 'clean-report.txt'), 'utf8')).toContain('Candor scanned 1 file');
  });

  it('replaces an earlier Candor report, in any format', async () => {
    await runScan([app, '--format', 'json', '--output', 'report.json', '--fail-on', 'never'], root);
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    expect(await runScan([app, '--output', 'report.json', '--fail-on', 'never'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(root, 'report.json'), 'utf8')).toContain('candor/no-undeclared-recipient');
    // A clean stylish report names Candor too, so a re-run can replace it.
    expect((await runScan(['clean', '--output', 'clean-report.txt'], root)).code).toBe(0);
  });

  it('refuses to overwrite a file that is not a Candor report', async () => {
    write('notes.md', '# My notes\n');
    await expect(runScan(['clean', '--output', 'notes.md'], root)).rejects.toThrow(UserError);
    expect(await runCli(['clean', '--output', 'notes.md'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'candor scan: refusing to overwrite `notes.md`: it exists and is not a Candor report. Choose another --output path or remove the file.\n',
    });
    expect(readFileSync(join(root, 'notes.md'), 'utf8')).toBe('# My notes\n');
  });
});
