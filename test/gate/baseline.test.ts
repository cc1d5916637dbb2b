import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/finding.js';
import { countFixed, createBaseline, filterBaseline, formatBaseline, isBaselineText, parseBaseline, readBaseline } from '../../src/gate/baseline.js';
import { toolVersion } from '../../src/version.js';
import { errorOf } from './cli-helpers.js';

function finding(fingerprint: string, file: string, overrides: Partial<Finding> = {}): Finding {
  return {
    type: 'undeclared-storage',
    ruleId: 'candor/no-undeclared-storage',
    messageId: 'undeclaredItem',
    data: {},
    severity: 'warning',
    message: `Cookie in ${file} is not declared.`,
    file,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 10,
    fingerprint,
    ...overrides,
  };
}

const fp = (digit: string): string => digit.repeat(32);
const fixedClock = () => new Date('2026-03-04T05:06:07.000Z');

const scratch = mkdtempSync(join(tmpdir(), 'candor-baseline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('createBaseline', () => {
  it('records every finding once, sorted by file then fingerprint, with the tool and the clock time', () => {
    const baseline = createBaseline([finding(fp('b'), 'src/b.ts'), finding(fp('c'), 'src/a.ts'), finding(fp('a'), 'src/b.ts'), finding(fp('c'), 'src/a.ts')], { now: fixedClock });
    expect(baseline).toEqual({
      format: 'candor-baseline',
      version: 1,
      tool: { name: 'candor', version: toolVersion },
      createdAt: '2026-03-04T05:06:07.000Z',
      findings: [
        { fingerprint: fp('c'), type: 'undeclared-storage', ruleId: 'candor/no-undeclared-storage', file: 'src/a.ts', message: 'Cookie in src/a.ts is not declared.' },
        { fingerprint: fp('a'), type: 'undeclared-storage', ruleId: 'candor/no-undeclared-storage', file: 'src/b.ts', message: 'Cookie in src/b.ts is not declared.' },
        { fingerprint: fp('b'), type: 'undeclared-storage', ruleId: 'candor/no-undeclared-storage', file: 'src/b.ts', message: 'Cookie in src/b.ts is not declared.' },
      ],
    });
  });

  it('writes two-space JSON ending in a newline that reads back as the same baseline', () => {
    const baseline = createBaseline([finding(fp('1'), 'src/a.ts')], { now: fixedClock });
    const text = formatBaseline(baseline);
    expect(text.startsWith('{\n  "format": "candor-baseline",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseBaseline(text, 'candor-baseline.json')).toEqual(baseline);
    expect(isBaselineText(text)).toBe(true);
  });
});

describe('filterBaseline and countFixed', () => {
  const baseline = createBaseline([finding(fp('1'), 'src/a.ts'), finding(fp('2'), 'src/a.ts')], { now: fixedClock });

  it('keeps only findings whose fingerprint the baseline lacks, whatever their line', () => {
    const moved = finding(fp('1'), 'src/a.ts', { line: 40 });
    const added = finding(fp('3'), 'src/a.ts');
    expect(filterBaseline([moved, added], baseline)).toEqual([added]);
  });

  it('counts baseline entries no current finding matches', () => {
    expect(countFixed([finding(fp('1'), 'src/a.ts')], baseline)).toBe(1);
    expect(countFixed([finding(fp('1'), 'src/a.ts'), finding(fp('2'), 'src/a.ts')], baseline)).toBe(0);
  });
});

describe('parseBaseline errors', () => {
  it('names the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "candor-baseline",\n  version: 1\n}\n';
    expect(errorOf(() => parseBaseline(text, join(scratch, 'candor-baseline.json'), scratch))).toBe(
      'candor-baseline.json:3:3: not valid JSON (Expected double-quoted property name); fix the file, or write a new one with `candor baseline`.',
    );
  });

  it('points at the end of a truncated file', () => {
    expect(errorOf(() => parseBaseline('[\n  ', join(scratch, 'base.json'), scratch))).toBe(
      'base.json:2:3: not valid JSON (Unexpected end of JSON input); fix the file, or write a new one with `candor baseline`.',
    );
  });

  it('refuses JSON that is not a Candor baseline, such as a JSON report', () => {
    const report = '{\n  "schemaVersion": 1,\n  "tool": { "name": "candor", "version": "0.1.0" },\n  "findings": []\n}\n';
    expect(errorOf(() => parseBaseline(report, join(scratch, 'report.json'), scratch))).toBe(
      'report.json:1:1: not a Candor baseline (no `"format": "candor-baseline"`); pass the file `candor baseline` wrote, or write a new one with `candor baseline`.',
    );
  });

  it('names an unsupported version at its value', () => {
    const text = '{\n  "format": "candor-baseline",\n  "version": 2,\n  "findings": []\n}\n';
    expect(errorOf(() => parseBaseline(text, join(scratch, 'b.json'), scratch))).toBe('b.json:3:14: baseline version 2 is not one this Candor reads (version 1); write a new one with `candor baseline`.');
  });

  it('names the fingerprint that is not one Candor writes', () => {
    const text = ['{', '  "format": "candor-baseline",', '  "version": 1,', '  "findings": [', `    { "fingerprint": "${fp('a')}" },`, '    { "fingerprint": "ABC" }', '  ]', '}', ''].join('\n');
    expect(errorOf(() => parseBaseline(text, join(scratch, 'b.json'), scratch))).toBe(
      'b.json:6:22: findings[1].fingerprint must be 32 lowercase hex digits, as Candor writes them; write a new one with `candor baseline`.',
    );
  });

  it('needs a findings list', () => {
    const text = '{ "format": "candor-baseline", "version": 1, "findings": {} }';
    expect(errorOf(() => parseBaseline(text, join(scratch, 'b.json'), scratch))).toBe('b.json:1:58: `findings` must be a list; write a new one with `candor baseline`.');
  });

  it('says how to write a baseline when the file is missing', () => {
    expect(errorOf(() => readBaseline(join(scratch, 'missing.json'), scratch))).toBe(
      'missing.json: no such baseline file; write one with `candor baseline`, or fix the --baseline path.',
    );
  });

  it('reads a baseline file from disk', () => {
    const path = join(scratch, 'ok.json');
    const baseline = createBaseline([finding(fp('d'), 'x.ts')], { now: fixedClock });
    writeFileSync(path, formatBaseline(baseline));
    expect(readBaseline(path, scratch)).toEqual(baseline);
  });

  it('tells a baseline from other text', () => {
    expect(isBaselineText('{"format":"candor-baseline"}')).toBe(true);
    expect(isBaselineText('{"schemaVersion":1,"tool":{"name":"candor"}}')).toBe(false);
    expect(isBaselineText('notes about the release')).toBe(false);
  });
});
