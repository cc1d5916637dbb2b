import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/scanner/discover.js';

const root = mkdtempSync(join(tmpdir(), 'candor-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text = ''): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

write('.gitignore', 'generated/\n*.local.ts\n');
write('src/app.ts');
write('src/page.tsx');
write('src/legacy.js');
write('src/server.mjs');
write('src/config.cjs');
write('src/types.d.ts');
write('src/env.d.mts');
write('src/settings.local.ts');
write('src/styles.css');
write('src/README.md');
write('public/index.html');
write('generated/client.ts');
write('packages/web/.gitignore', 'fixtures\n/tmp.ts\n');
write('packages/web/index.ts');
write('packages/web/tmp.ts');
write('packages/web/lib/tmp.ts');
write('packages/web/fixtures/seed.ts');
write('node_modules/js-cookie/index.js');
write('packages/web/node_modules/x/index.js');
write('dist/bundle.js');
write('.next/server.js');
write('coverage/lcov.js');
mkdirSync(join(root, 'elsewhere'));
write('elsewhere/real.ts');
symlinkSync(join(root, 'elsewhere'), join(root, 'src', 'linked'));
symlinkSync(join(root, 'src', 'app.ts'), join(root, 'src', 'app-link.ts'));

describe('discoverFiles', () => {
  const found = discoverFiles(root);

  it('lists source files, sorted, honouring .gitignore files at every level', () => {
    expect(found.files).toEqual([
      'elsewhere/real.ts',
      'packages/web/index.ts',
      'packages/web/lib/tmp.ts',
      'public/index.html',
      'src/app.ts',
      'src/config.cjs',
      'src/legacy.js',
      'src/page.tsx',
      'src/server.mjs',
    ]);
  });

  it('skips declaration files, other file types, and symbolic links', () => {
    expect(found.files.filter((file) => file.endsWith('.d.ts') || file.endsWith('.d.mts') || file.endsWith('.css') || file.endsWith('.md'))).toEqual([]);
    expect(found.files.some((file) => file.startsWith('src/linked') || file === 'src/app-link.ts')).toBe(false);
  });

  it('lists the dependency, build and tool folders and the linked folders it passed over, with why', () => {
    expect(found.skipped).toEqual([
      { file: '.next/', reason: 'build output' },
      { file: 'coverage/', reason: 'test coverage output' },
      { file: 'dist/', reason: 'build output' },
      { file: 'node_modules/', reason: 'dependencies' },
      { file: 'packages/web/node_modules/', reason: 'dependencies' },
      { file: 'src/linked/', reason: 'symbolic link' },
    ]);
  });
});
