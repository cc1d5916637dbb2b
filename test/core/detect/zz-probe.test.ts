import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyzeSource } from '../../../src/scanner/analyze-source.js';
import { testCatalog } from './test-vendors.js';

it('probe', () => {
  const cases = JSON.parse(readFileSync('/tmp/probe.json', 'utf8')) as { file: string; text: string }[];
  const out: string[] = [];
  for (const c of cases) {
    out.push(`##### ${c.file}`);
    const a = analyzeSource(c.file, c.text, c.file.startsWith('t-') ? testCatalog : undefined);
    for (const { file, endLine, endColumn, evidence, ...o } of a.observations) out.push(`      ${JSON.stringify(o)},`);
    for (const u of a.unresolved) out.push(`unresolved '${u.line}:${u.column} ${u.what}'`);
  }
  console.log(out.join('\n'));
});
