import { readFileSync } from 'node:fs';

function readVersion(): string {
  // src/version.ts and dist/src/version.js sit at different depths below package.json.
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
      if (typeof parsed === 'object' && parsed !== null && 'name' in parsed && parsed.name === 'candor' && 'version' in parsed && typeof parsed.version === 'string') {
        return parsed.version;
      }
    } catch {
      // try the next depth
    }
  }
  return '0.0.0';
}

export const toolVersion = readVersion();
