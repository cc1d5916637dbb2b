import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scanner/scan.js';
import { project, readExpected } from './expected-findings.js';

const root = join(import.meta.dirname, '../../fixtures/example/shop');

describe('fixtures/example/shop (the README demo)', () => {
  it('reports exactly the planted disagreements', async () => {
    const { report } = await scan({ root });
    expect(project(report.findings)).toEqual(readExpected(root));
  });

  it('reads every file and leaves nothing unresolved', async () => {
    const { report } = await scan({ root });
    expect(report.coverage).toEqual({ files: 7, skipped: [], unresolved: [] });
  });

  it('sees the declared usages it does not report', async () => {
    const { report } = await scan({ root });
    const seen = (kind: string, field: 'vendor' | 'category' | 'key', value: string) =>
      report.observations.some((observation) => observation.kind === kind && observation[field] === value);
    expect(seen('payment', 'vendor', 'stripe')).toBe(true);
    expect(seen('payment', 'category', 'user.financial.credit_card.number')).toBe(true);
    expect(seen('sdk', 'vendor', 'google-analytics')).toBe(true);
    expect(seen('cookie', 'key', 'sid')).toBe(true);
    expect(seen('cookie', 'key', '_ga')).toBe(true);
    expect(seen('storage', 'key', 'cart')).toBe(true);
    expect(seen('form-field', 'category', 'user.authorization.password')).toBe(true);
  });
});
