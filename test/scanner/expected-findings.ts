import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/check/finding.js';

/** The fields a fixture's `expected-findings.json` states for each finding. */
export interface ExpectedFinding {
  type: string;
  file: string;
  line: number;
  vendor?: string;
  category?: string;
  key?: string;
  claim?: string;
}

/** Projects findings onto the expected fields, in report order. */
export function project(findings: readonly Finding[]): ExpectedFinding[] {
  return findings.map((finding) => {
    const row: ExpectedFinding = { type: finding.type, file: finding.file, line: finding.line };
    if (finding.vendor !== undefined) row.vendor = finding.vendor;
    if (finding.category !== undefined) row.category = finding.category;
    if (finding.key !== undefined) row.key = finding.key;
    if (finding.claim !== undefined) row.claim = finding.claim;
    return row;
  });
}

export function readExpected(fixtureRoot: string): ExpectedFinding[] {
  return JSON.parse(readFileSync(join(fixtureRoot, 'expected-findings.json'), 'utf8')) as ExpectedFinding[];
}
