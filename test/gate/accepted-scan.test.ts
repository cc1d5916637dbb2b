import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonFinding } from './cli-helpers.js';
import { copyFixture, findingsOf, runCli } from './cli-helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'candor-accepted-scan-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const shop = copyFixture('fixtures/example/shop', scratch, 'shop');
const stale = 'f'.repeat(32);

let mixpanel: JsonFinding;
let location: JsonFinding;

beforeAll(async () => {
  const findings = findingsOf(await runCli(['scan', 'shop', '--format', 'json'], scratch));
  const find = (type: string): JsonFinding => {
    const found = findings.find((finding) => finding.type === type);
    if (found === undefined) throw new Error(`the example shop has no ${type} finding`);
    return found;
  };
  mixpanel = find('undeclared-recipient');
  location = find('violated-claim');
});

function writeAccepted(path: string, locationExpires: string): void {
  writeFileSync(
    path,
    [
      'accepted:',
      `  - fingerprint: ${mixpanel.fingerprint}`,
      '    reason: Mixpanel is declared in the next policy release (PRIV-7).',
      '    author: jane@acme-outfitters.example',
      '    expires: 2999-12-31',
      `  - fingerprint: ${location.fingerprint}`,
      '    reason: The store locator asks first; legal accepted it.',
      '    author: Legal team',
      `    expires: ${locationExpires}`,
      `  - fingerprint: ${stale}`,
      '    reason: An old finding.',
      '    author: Sam',
      '',
    ].join('\n'),
  );
}

describe('candor scan with accepted findings', () => {
  it('reads candor-accepted.yaml at the root: accepted findings stay in the report, marked, and do not fail the gate', async () => {
    writeAccepted(join(shop, 'candor-accepted.yaml'), '2999-01-01');
    const run = await runCli(['scan', 'shop', '--format', 'json', '--fail-on', 'error'], scratch);
    expect(run.code).toBe(0);
    const findings = findingsOf(run);
    expect(findings).toHaveLength(6);
    expect(findings.find((finding) => finding.fingerprint === mixpanel.fingerprint)).toEqual({
      ...mixpanel,
      status: 'accepted',
      reason: 'Mixpanel is declared in the next policy release (PRIV-7).',
      author: 'jane@acme-outfitters.example',
      expires: '2999-12-31',
    });
    expect(findings.filter((finding) => finding.status === 'accepted').map((finding) => finding.type)).toEqual(['undeclared-recipient', 'violated-claim']);
    expect(run.stderr).toBe(
      `shop/candor-accepted.yaml:10:5: warning: accepted finding \`${stale}\` matches no finding any more (fixed, or changed); remove the entry.\n`,
    );
    // Warnings still fail nothing at --fail-on error, but count at --fail-on warning.
    expect((await runCli(['scan', 'shop', '--fail-on', 'warning', '--quiet'], scratch)).code).toBe(1);
  });

  it('marks them accepted, with reason and author, in the HTML report', async () => {
    const run = await runCli(['scan', 'shop', '--format', 'html', '--quiet'], scratch);
    expect(run.stderr).toBe('');
    const article = new RegExp(`<article class="finding error accepted"[^>]*data-fingerprint="${mixpanel.fingerprint}"`);
    expect(run.stdout).toMatch(article);
    expect(run.stdout).toContain('<strong>Accepted</strong> by jane@acme-outfitters.example until 2999-12-31: Mixpanel is declared in the next policy release (PRIV-7).');
  });

  it('lets an expired acceptance lapse: the finding fails the gate again and says so', async () => {
    writeAccepted(join(scratch, 'accepted-expired.yaml'), '2020-01-31');
    const run = await runCli(['scan', 'shop', '--format', 'json', '--accepted', 'accepted-expired.yaml'], scratch);
    expect(run.code).toBe(1);
    // Outside the scanned root, the file is named by its absolute path, as the report names a manifest there.
    const lapsed = findingsOf(run).find((finding) => finding.fingerprint === location.fingerprint);
    expect(lapsed?.status).toBe('expired');
    expect(lapsed?.message).toBe(`${location.message} Its acceptance by Legal team expired on 2020-01-31; fix the finding, or renew the entry in \`${join(scratch, 'accepted-expired.yaml')}\`.`);
    expect(run.stderr.split('\n')).toEqual([
      `accepted-expired.yaml:6:5: warning: the acceptance of \`${location.fingerprint}\` expired on 2020-01-31, so the finding counts again; fix it, or renew \`expires\`.`,
      `accepted-expired.yaml:10:5: warning: accepted finding \`${stale}\` matches no finding any more (fixed, or changed); remove the entry.`,
      '',
    ]);
  });

  it('reports an invalid accepted-findings file at its position, exiting 2', async () => {
    writeFileSync(join(scratch, 'accepted-bad.yaml'), `accepted:\n  - fingerprint: ${mixpanel.fingerprint}\n    author: Sam\n`);
    expect(await runCli(['scan', 'shop', '--accepted', 'accepted-bad.yaml'], scratch)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'candor scan: accepted-bad.yaml:2:5: accepted[0] has no `reason`; add why the finding is acceptable.\n',
    });
  });
});
