import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from './tools/generated-files.js';

const root = join(import.meta.dirname, '..');
const write = process.env.CANDOR_WRITE_GENERATED === '1';

describe('generated files', () => {
  for (const file of generatedFiles) {
    it(`${file.path} is up to date (regenerate with \`npm run gen\`)`, () => {
      const expected = file.render(root);
      const target = join(root, file.path);
      if (write) writeFileSync(target, expected);
      expect(readFileSync(target, 'utf8')).toBe(expected);
    });
  }
});
