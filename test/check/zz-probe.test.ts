import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { checkApp } from './check-helpers.js';

it('probe', () => {
  const c = JSON.parse(readFileSync('/tmp/cprobe.json', 'utf8')) as { manifest: string; files: Record<string, string> };
  for (const f of checkApp(c.manifest, c.files, { project: true })) {
    const { data, message, fingerprint, endLine, endColumn, ...rest } = f;
    console.log(JSON.stringify(rest) + '\n   ' + message);
  }
});
