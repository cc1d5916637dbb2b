import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/finding.js';
import { acceptanceWarnings, applyAcceptances, isoDay, parseAccepted, readAccepted } from '../../src/gate/accepted.js';
import { getAcceptance } from '../../src/report/present.js';
import { errorOf } from './cli-helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'candor-accepted-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const file = join(scratch, 'candor-accepted.yaml');

const fp = (digit: string): string => digit.repeat(32);

function finding(fingerprint: string, message = 'Cookie `ab_bucket` is not declared in `device_storage`. Add it under `device_storage.items`.'): Finding {
  return {
    type: 'undeclared-storage',
    ruleId: 'candor/no-undeclared-storage',
    messageId: 'undeclaredItem',
    data: {},
    severity: 'error',
    message,
    file: 'server/session.ts',
    line: 12,
    column: 3,
    endLine: 12,
    endColumn: 20,
    fingerprint,
  };
}

const valid = `# Accepted by the privacy team.
accepted:
  - fingerprint: ${fp('a')}
    reason: The A/B cookie holds no personal data; legal reviewed it.
    author: jane@acme.example
    expires: 2026-06-30
  - fingerprint: ${fp('b')}
    reason: Intercom is being removed.
    author: Sam
    note: PRIV-12
`;

describe('parseAccepted', () => {
  it('reads entries with their positions', () => {
    expect(parseAccepted(valid, file, scratch)).toEqual({
      path: file,
      entries: [
        { fingerprint: fp('a'), reason: 'The A/B cookie holds no personal data; legal reviewed it.', author: 'jane@acme.example', expires: '2026-06-30', line: 3, column: 5 },
        { fingerprint: fp('b'), reason: 'Intercom is being removed.', author: 'Sam', note: 'PRIV-12', line: 7, column: 5 },
      ],
    });
  });

  it('accepts nothing from an empty file or an empty list', () => {
    expect(parseAccepted('', file, scratch).entries).toEqual([]);
    expect(parseAccepted('accepted: []\n', file, scratch).entries).toEqual([]);
    expect(parseAccepted('accepted:\n', file, scratch).entries).toEqual([]);
  });

  it('lists every problem with its line and column, in file order', () => {
    const text = [
      'accepted:',
      `  - fingerprint: ${fp('a')}`,
      '    reasn: typo',
      '    author: Jane',
      '    expires: 2026-02-30',
      '  - fingerprint: 1234',
      '    reason: ""',
      '    author: Sam',
      `  - fingerprint: ${fp('a')}`,
      '    reason: again',
      '    author: Kim',
      '',
    ].join('\n');
    expect(errorOf(() => parseAccepted(text, file, scratch)).split('\n')).toEqual([
      'candor-accepted.yaml:2:5: accepted[0] has no `reason`; add why the finding is acceptable.',
      'candor-accepted.yaml:3:5: unknown key `reasn` in accepted[0]; did you mean `reason`?',
      'candor-accepted.yaml:5:14: expires `2026-02-30` is not a date; write it as YYYY-MM-DD.',
      'candor-accepted.yaml:6:18: `fingerprint` must be text; quote it if it looks like a number or a date.',
      'candor-accepted.yaml:7:13: `reason` must be text, not empty; quote it if it looks like a number or a date.',
      `candor-accepted.yaml:9:18: fingerprint \`${fp('a')}\` is already accepted on line 2; keep one entry.`,
    ]);
  });

  it('says what a fingerprint looks like', () => {
    const text = 'accepted:\n  - fingerprint: abc123\n    reason: r\n    author: a\n';
    expect(errorOf(() => parseAccepted(text, file, scratch))).toBe(
      'candor-accepted.yaml:2:18: fingerprint `abc123` is not one Candor writes (32 lowercase hex digits); copy it from the `fingerprint` of a finding in `candor scan --format json`.',
    );
  });

  it('refuses other shapes and YAML syntax errors', () => {
    expect(errorOf(() => parseAccepted('- a\n- b\n', file, scratch))).toBe('candor-accepted.yaml:1:1: the accepted-findings file must be a mapping with an `accepted:` list; start it with `accepted:`.');
    expect(errorOf(() => parseAccepted('accepted: yes\n', file, scratch))).toBe(
      'candor-accepted.yaml:1:11: `accepted` must be a list of entries, each `- fingerprint: …` with `reason` and `author`.',
    );
    expect(errorOf(() => parseAccepted('accepted: []\nsuppress: []\n', file, scratch))).toBe('candor-accepted.yaml:2:1: unknown key `suppress` at the top level; the file holds one list, `accepted`.');
    expect(errorOf(() => parseAccepted('accepted:\n  - fingerprint: "x\n', file, scratch))).toBe('candor-accepted.yaml:3:1: YAML syntax error: Missing closing "quote; fix the syntax.');
  });

  it('names a missing file', () => {
    expect(errorOf(() => readAccepted(join(scratch, 'nope.yaml'), scratch))).toBe('nope.yaml: no such accepted-findings file; fix the --accepted path.');
  });
});

describe('applyAcceptances', () => {
  const entries = parseAccepted(valid, file, scratch).entries;

  it('marks matched findings as accepted, in the shape the reports read, through the expiry day', () => {
    const applied = applyAcceptances([finding(fp('a')), finding(fp('c'))], entries, '2026-06-30', 'candor-accepted.yaml');
    expect(applied.findings[0]).toEqual({
      ...finding(fp('a')),
      status: 'accepted',
      reason: 'The A/B cookie holds no personal data; legal reviewed it.',
      author: 'jane@acme.example',
      expires: '2026-06-30',
    });
    expect(applied.findings[0] === undefined ? undefined : getAcceptance(applied.findings[0])).toEqual({
      reason: 'The A/B cookie holds no personal data; legal reviewed it.',
      author: 'jane@acme.example',
      expires: '2026-06-30',
    });
    expect(applied.findings[1]).toEqual(finding(fp('c')));
    expect(applied.expired).toEqual([]);
    expect(applied.stale.map((entry) => entry.fingerprint)).toEqual([fp('b')]);
  });

  it('lets an acceptance lapse the day after it expires: the finding counts again and says why', () => {
    const applied = applyAcceptances([finding(fp('a'))], entries, '2026-07-01', 'candor-accepted.yaml');
    const [expired] = applied.findings;
    expect(expired?.status).toBe('expired');
    expect(expired === undefined ? 'missing' : getAcceptance(expired)).toBeUndefined();
    expect(expired?.message).toBe(
      'Cookie `ab_bucket` is not declared in `device_storage`. Add it under `device_storage.items`. Its acceptance by jane@acme.example expired on 2026-06-30; fix the finding, or renew the entry in `candor-accepted.yaml`.',
    );
    expect(expired?.fingerprint).toBe(fp('a'));
    expect(applied.expired.map((entry) => entry.fingerprint)).toEqual([fp('a')]);
  });

  it('warns about expired and stale entries at their lines', () => {
    const applied = applyAcceptances([finding(fp('a'))], entries, '2026-07-01', 'candor-accepted.yaml');
    expect(acceptanceWarnings(applied, file, scratch)).toEqual([
      `candor-accepted.yaml:3:5: warning: the acceptance of \`${fp('a')}\` expired on 2026-06-30, so the finding counts again; fix it, or renew \`expires\`.`,
      `candor-accepted.yaml:7:5: warning: accepted finding \`${fp('b')}\` matches no finding any more (fixed, or changed); remove the entry.`,
    ]);
  });

  it('formats the day in UTC', () => {
    expect(isoDay(new Date('2026-01-31T23:30:00-05:00'))).toBe('2026-02-01');
  });
});
