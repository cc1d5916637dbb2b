import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scanner/scan.js';

const root = mkdtempSync(join(tmpdir(), 'candor-coverage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

write('privacy.yaml', 'privacy_manifest: 1\ncollect: []\n');
write('src/broken.ts', 'const a = 1;\nconst b = ;\n');
write('src/after.tsx', 'export const F = () => <input type="email" />;\n');
write('src/store.ts', "export const save = (key: string, value: string) => localStorage.setItem(key, value);\ndocument.cookie = cookieText;\n");
write('public/vendor/jquery.min.js', 'var a=1;\n');
write('public/bundle.js', `${'var x=1;'.repeat(1000)}\n`);
write('node_modules/lib/index.js', "localStorage.setItem('x', 1);\n");

describe('scan coverage', () => {
  it('lists files it could not read with the syntax error, minified bundles and skipped folders, and goes on', async () => {
    const { report } = await scan({ root });
    expect(report.coverage.skipped).toEqual([
      { file: 'node_modules/', reason: 'dependencies' },
      { file: 'public/bundle.js', reason: 'minified bundle (very long lines)' },
      { file: 'public/vendor/jquery.min.js', reason: 'minified bundle' },
      { file: 'src/broken.ts', reason: 'syntax error at 2:11: Expression expected.' },
    ]);
    expect(report.coverage.files).toBe(2);
    expect(report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.type}`)).toEqual(['src/after.tsx:1 undeclared-collection']);
  });

  it('lists keys and names it could not resolve, with where and why', async () => {
    const { report } = await scan({ root });
    expect(report.coverage.unresolved).toEqual([
      { file: 'src/store.ts', line: 1, column: 53, what: 'local storage key (`key` is not a constant)' },
      { file: 'src/store.ts', line: 2, column: 1, what: 'cookie written to `document.cookie` (`cookieText` is not defined in this file)' },
    ]);
  });
});
