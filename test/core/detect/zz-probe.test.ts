import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyzeSource } from '../../../src/scanner/analyze-source.js';
import { SourceParser } from '../../../src/scanner/parse.js';
import { defaultDetectionCatalog } from '../../../src/core/detection-catalog.js';

const r = (v: { line: number; column: number; endLine: number; endColumn: number }) => `${v.line}:${v.column}-${v.endLine}:${v.endColumn}`;
const sv = (v: unknown): string => JSON.stringify(v);
it('probe', () => {
  const cases = JSON.parse(readFileSync('/tmp/probe.json', 'utf8')) as { file: string; text: string; facts?: boolean }[];
  const out: string[] = [];
  for (const c of cases) {
    out.push(`##### ${c.file}`);
    if (c.facts) {
      const res = new SourceParser(defaultDetectionCatalog()).parse(c.file, c.text);
      if ('error' in res) { out.push(res.error); continue; }
      const f = res.facts;
      for (const i of f.imports) out.push(`import ${i.module} ${r(i.range)}`);
      for (const i of f.calls) out.push(`call ${i.callee}${i.isNew ? ' (new)' : ''} ${r(i.range)} callee=${r(i.calleeRange)} args=${sv(i.args)}`);
      for (const i of f.assignments) out.push(`assign ${i.object} [${sv(i.property)}] = ${sv(i.value)} ${r(i.range)}`);
      for (const i of f.reads) out.push(`read ${i.ref} ${r(i.range)}`);
      for (const i of f.elements) out.push(`element ${i.tag} ref=${i.tagRef} label=${i.label} ${r(i.range)} attrs=${sv(i.attributes)}`);
      for (const i of f.urls) out.push(`url ${i.url} ${r(i.range)}`);
    } else {
      const a = analyzeSource(c.file, c.text);
      for (const { file, endLine, endColumn, evidence, line, column, ...o } of a.observations) out.push(`obs ${line}:${column} ${sv(o)}`);
      for (const u of a.unresolved) out.push(`unresolved ${u.line}:${u.column} ${u.what}`);
    }
  }
  console.log(out.join('\n'));
});
