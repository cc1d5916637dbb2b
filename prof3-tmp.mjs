import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Linter } from 'eslint';
const base = '/work/main/dist/';
const { generateApp } = await import(base + 'test/bench/generate-app.js');
const { discoverFiles } = await import(base + 'src/scanner/discover.js');
const { checkLintTarget } = await import(base + 'src/plugin/analysis.js');
const candor = (await import(base + 'src/index.js')).default;
const root = mkdtempSync(join(tmpdir(), 'candor-prof-'));
generateApp(root, 1000);
const files = discoverFiles(root).files.filter(f => /\.[jt]sx?$/.test(f)).map(f => ({ path: join(root, f), text: readFileSync(join(root, f), 'utf8') }));
const rec = candor.configs.recommended;
let inside = 0;
const timed = { rules: { t: { meta: {}, create(context) { return { Program() { const s = performance.now(); checkLintTarget(context); inside += performance.now() - s; } }; } } } };
const linter = new Linter({ cwd: root });
for (let round = 0; round < 4; round++) {
  inside = 0; let none = 0, total = 0;
  for (const { path, text } of files) {
    let s = performance.now(); linter.verify(text, [{ files: rec.files, languageOptions: rec.languageOptions }], path); none += performance.now() - s;
    s = performance.now(); linter.verify(text, [{ files: rec.files, languageOptions: rec.languageOptions, plugins: { x: timed }, rules: { 'x/t': 'warn' } }], path); total += performance.now() - s;
  }
  console.log({ none: Math.round(none), total: Math.round(total), inside: Math.round(inside) });
}
