import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/gate/baseline.js';
import { copyFixture, findingsOf, git, runCli } from '../gate/cli-helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'candor-baseline-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The example shop in a Git repository, scanned from its parent directory as a CI job would. */
const shop = copyFixture('fixtures/example/shop', scratch, 'shop', { commit: true });
const baselineFile = join(shop, 'candor-baseline.json');
const scanJson = (...extra: string[]) => runCli(['scan', 'shop', '--format', 'json', '--fail-on', 'warning', ...extra], scratch);

/** Files of the shop that hold findings: blank lines above them move every finding down. */
const filesWithFindings = ['server/session.ts', 'src/lib/analytics.ts', 'src/lib/cart.ts', 'src/lib/store-locator.ts', 'src/pages/checkout.tsx'];

describe('candor baseline, then candor scan --baseline (issue 5: done means)', () => {
  let fullScan: Awaited<ReturnType<typeof scanJson>>;

  it('records every finding of the full scan', async () => {
    fullScan = await scanJson();
    expect(fullScan.code).toBe(1);
    const run = await runCli(['baseline', 'shop', '--quiet'], scratch, { isTTY: true });
    expect(run).toEqual({
      code: 0,
      stdout: 'Recorded 6 findings in `shop/candor-baseline.json`. Commit it and pass `--baseline shop/candor-baseline.json` to `candor scan` to report only new findings.\n',
      stderr: '',
    });
    const baseline = parseBaseline(readFileSync(baselineFile, 'utf8'), baselineFile);
    expect(baseline.findings.map((entry) => entry.fingerprint).sort()).toEqual(findingsOf(fullScan).map((finding) => finding.fingerprint).sort());
    expect(baseline.findings.map((entry) => `${entry.type} ${entry.file}`)).toEqual([
      'unused-declaration privacy.yaml',
      'undeclared-storage server/session.ts',
      'undeclared-recipient src/lib/analytics.ts',
      'undeclared-storage src/lib/cart.ts',
      'violated-claim src/lib/store-locator.ts',
      'undeclared-collection src/pages/checkout.tsx',
    ]);
    git(shop, 'add', 'candor-baseline.json');
    git(shop, 'commit', '-q', '-m', 'baseline');
  });

  it('reports nothing and exits 0 when nothing changed, and says what the baseline left out', async () => {
    const run = await scanJson('--baseline', 'shop/candor-baseline.json');
    expect(run.code).toBe(0);
    expect(findingsOf(run)).toEqual([]);
    expect(run.stderr).toBe('candor scan: 6 findings in the baseline `shop/candor-baseline.json` not reported.\n');
    const quiet = await scanJson('--baseline', 'shop/candor-baseline.json', '--quiet');
    expect(quiet.stderr).toBe('');
  });

  it('still matches after blank lines move every finding down (fingerprints carry no line numbers)', async () => {
    for (const file of filesWithFindings) writeFileSync(join(shop, file), `\n\n\n${readFileSync(join(shop, file), 'utf8')}`);
    const moved = await scanJson();
    expect(findingsOf(moved).map((finding) => finding.line)).not.toEqual(findingsOf(fullScan).map((finding) => finding.line));
    expect(findingsOf(moved).map((finding) => finding.fingerprint)).toEqual(findingsOf(fullScan).map((finding) => finding.fingerprint));
    const run = await scanJson('--baseline', 'shop/candor-baseline.json');
    expect({ code: run.code, findings: findingsOf(run) }).toEqual({ code: 0, findings: [] });
    git(shop, 'commit', '-q', '-am', 'reformat');
  });

  it('reports exactly the one undeclared cookie added afterwards', async () => {
    appendFileSync(join(shop, 'src/lib/cart.ts'), "\ndocument.cookie = 'promo_seen=1; max-age=86400';\n");
    const run = await scanJson('--baseline', 'shop/candor-baseline.json');
    const findings = findingsOf(run);
    expect(findings.map(({ type, file, key, severity }) => ({ type, file, key, severity }))).toEqual([
      { type: 'undeclared-storage', file: 'src/lib/cart.ts', key: 'promo_seen', severity: 'warning' },
    ]);
    expect(run.code).toBe(1);
    expect((await runCli(['scan', 'shop', '--baseline', 'shop/candor-baseline.json', '--quiet'], scratch)).code).toBe(0);
  });

  it('reports the same finding, with the same fingerprint, with --changed-since HEAD', async () => {
    const full = findingsOf(await scanJson('--baseline', 'shop/candor-baseline.json'));
    const run = await scanJson('--baseline', 'shop/candor-baseline.json', '--changed-since', 'HEAD');
    expect(findingsOf(run)).toEqual(full);
    expect(run.code).toBe(1);
  });

  it('without a baseline, --changed-since HEAD keeps the changed file\'s findings and the project-level ones a code change causes', async () => {
    const run = await scanJson('--changed-since', 'HEAD');
    expect(findingsOf(run).map(({ type, file, key, vendor }) => [type, file, key ?? vendor])).toEqual([
      ['unused-declaration', 'privacy.yaml', 'intercom'],
      ['undeclared-storage', 'src/lib/cart.ts', 'recently_viewed'],
      ['undeclared-storage', 'src/lib/cart.ts', 'promo_seen'],
    ]);
    expect(run.stderr).toBe('candor scan: 4 findings outside the files changed since `HEAD` not reported.\n');
  });

  it('fails with exit 2 on a ref Git does not know', async () => {
    const run = await scanJson('--changed-since', 'origin/main');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^candor scan: --changed-since `origin\/main`: Git knows no commit `origin\/main` in this repository\./);
  });
});

describe('candor baseline output files', () => {
  it('replaces an earlier baseline but refuses to overwrite any other file', async () => {
    const target = join(scratch, 'notes.json');
    writeFileSync(target, '{ "release": "1.0" }\n');
    const refused = await runCli(['baseline', 'shop', '--output', 'notes.json'], scratch);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: 'candor baseline: refusing to overwrite `notes.json`: it exists and is not a Candor baseline. Choose another --output path, or move the file.\n',
    });
    expect(readFileSync(target, 'utf8')).toBe('{ "release": "1.0" }\n');
    const again = await runCli(['baseline', 'shop', '--output', 'shop/candor-baseline.json'], scratch);
    expect(again.code).toBe(0);
  });

  it('pins createdAt with SOURCE_DATE_EPOCH', async () => {
    let stdout = '';
    const { main } = await import('../../src/cli/main.js');
    const code = await main(['baseline', 'shop', '--output', 'pinned.json'], {
      cwd: scratch,
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      isTTY: false,
      env: { SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect({ code, stdout }).toEqual({ code: 0, stdout: expect.stringContaining('in `pinned.json`') });
    expect(JSON.parse(readFileSync(join(scratch, 'pinned.json'), 'utf8'))).toMatchObject({ createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('reports a malformed baseline at its line and column, exiting 2', async () => {
    writeFileSync(join(scratch, 'broken.json'), '{\n  "format": "candor-baseline",\n  "version": 1,\n  "findings": [ { "fingerprint": 12 } ]\n}\n');
    const run = await runCli(['scan', 'shop', '--baseline', 'broken.json'], scratch);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'candor scan: broken.json:4:34: findings[0].fingerprint must be 32 lowercase hex digits, as Candor writes them; write a new one with `candor baseline`.\n',
    });
  });
});
