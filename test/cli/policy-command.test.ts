import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { policyCommand } from '../../src/cli/commands/policy.js';
import type { CliIo } from '../../src/cli/io.js';
import { UserError } from '../../src/cli/io.js';

const seeds = new URL('../../../shared/seeds/', import.meta.url).pathname;

function fakeIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text), isTTY: false, env: {} };
}

describe('candor policy', () => {
  it('prints the Mouseflow claims grouped by kind, each with its line and quote', async () => {
    const io = fakeIo(seeds);
    expect(await policyCommand.run(['004_5b2cd6605389c3e7.txt'], io)).toBe(0);
    const output = io.out.join('');
    expect(output).toContain('Collected (');
    expect(output).toContain('  23:6    user.behavior.keystrokes (keystrokes)\n          “The information collected by our Service may include: … Any mouse movements, mouse clicks, scroll actions and keystrokes on the visited website.”');
    expect(output).toContain('  37:5    not_collected: user.authorization.password\n          “We do NOT collect any passwords that you enter in a website.”');
    expect(output).toContain('  39:4    no_third_party_cookies\n          “We do NOT use 3rd party cookies that can be shared across websites”');
    expect(output).toMatch(/ {2}98:\d+ +paypal\n/);
    expect(output).toContain('mouseflow (the policy’s own company)');
  });

  it('prints JSON with every claim and its offsets', async () => {
    const io = fakeIo(seeds);
    expect(await policyCommand.run(['004_5b2cd6605389c3e7.txt', '--format', 'json'], io)).toBe(0);
    const reading = JSON.parse(io.out.join('')) as { file: string; format: string; claims: { kind: string; vendor?: string; line: number }[] };
    expect(reading.file).toBe('004_5b2cd6605389c3e7.txt');
    expect(reading.format).toBe('markdown');
    expect(reading.claims.find((claim) => claim.vendor === 'paypal')?.line).toBe(98);
  });

  it('prints YAML that parses to the same reading', async () => {
    const io = fakeIo(seeds);
    expect(await policyCommand.run(['002_8730b541b0faf4a5.txt', '--format=yaml'], io)).toBe(0);
    const reading = parse(io.out.join('')) as { claims: { kind: string; signal?: string; status?: string }[] };
    expect(reading.claims.filter((claim) => claim.kind === 'signal')).toEqual([
      expect.objectContaining({ signal: 'do_not_track', status: 'not_honored', line: 141 }),
    ]);
  });

  it('warns that a broken extraction is partial', async () => {
    const io = fakeIo(seeds);
    await policyCommand.run(['001_aa200192e53662a2.txt'], io);
    expect(io.out.join('')).toContain('The text looks like a partial extraction');
    expect(io.out.join('')).toContain('user.authorization.password (password) (heading)');
  });

  it('reads HTML input by extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-policy-'));
    writeFileSync(join(dir, 'privacy.html'), '<html><body><script>var x = "we collect your IP address";</script><h2>Data</h2><p>We collect your <b>e-mail address</b>.</p></body></html>');
    const io = fakeIo(dir);
    expect(await policyCommand.run(['privacy.html', '--format', 'json'], io)).toBe(0);
    const reading = JSON.parse(io.out.join('')) as { claims: { kind: string; category?: string; quote: string }[] };
    expect(reading.claims).toEqual([expect.objectContaining({ kind: 'collected', category: 'user.contact.email', quote: 'We collect your e-mail address.' })]);
  });

  it('rejects an unreadable file, an unknown format and a missing argument', async () => {
    await expect(policyCommand.run(['missing.md'], fakeIo(seeds))).rejects.toThrow(new UserError('policy file `missing.md` does not exist; check the path.'));
    await expect(policyCommand.run(['004_5b2cd6605389c3e7.txt', '--format', 'sarif'], fakeIo(seeds))).rejects.toThrow(
      '--format must be one of stylish, json, yaml; got `sarif`.',
    );
    await expect(policyCommand.run(['a.md', '--bogus'], fakeIo(seeds))).rejects.toThrow(/Run `candor policy --help` for usage\.$/);
    const io = fakeIo(seeds);
    expect(await policyCommand.run([], io)).toBe(2);
    expect(io.err.join('')).toContain('Usage: candor policy <file>');
  });
});
