import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManifestCache } from '../../src/plugin/manifest-cache.js';

const declaring = (category: string) => `privacy_manifest: 1
policy: { title: Cache Test Policy, completeness: complete }
collect:
  - { id: account, categories: [${category}], source: user, channel: form, purposes: [authentication] }
`;

/** Rewrites the manifest and moves its modification time on, as an editor save does. */
function save(path: string, text: string, mtimeSeconds: number): void {
  writeFileSync(path, text);
  utimesSync(path, mtimeSeconds, mtimeSeconds);
}

function categoriesOf(state: ReturnType<ReturnType<typeof createManifestCache>['load']>): string[] {
  return state.ok ? state.checks.loaded.manifest.collect.flatMap((entry) => entry.categories.map((category) => category.key)) : [];
}

describe('the manifest cache', () => {
  let dir = '';
  let clock = 0;
  const cache = () => createManifestCache({ lifetimeMs: 5_000, now: () => clock });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-manifest-cache-'));
    clock = 1_000_000;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the parsed manifest within its lifetime, without looking at the file', () => {
    const path = join(dir, 'privacy.yaml');
    save(path, declaring('email'), 1_000);
    const manifests = cache();
    const first = manifests.load(path);
    save(path, declaring('phone'), 2_000);
    clock += 4_999;
    expect(manifests.load(path)).toBe(first);
  });

  it('reparses after its lifetime when the file changed', () => {
    const path = join(dir, 'privacy.yaml');
    save(path, declaring('email'), 1_000);
    const manifests = cache();
    expect(categoriesOf(manifests.load(path))).toEqual(['user.contact.email']);
    save(path, declaring('phone'), 2_000);
    clock += 5_000;
    expect(categoriesOf(manifests.load(path))).toEqual(['user.contact.phone_number']);
  });

  it('keeps the parsed manifest after its lifetime when the file did not change', () => {
    const path = join(dir, 'privacy.yaml');
    save(path, declaring('email'), 1_000);
    const manifests = cache();
    const first = manifests.load(path);
    clock += 60_000;
    expect(manifests.load(path)).toBe(first);
  });

  it('caches a broken manifest as its diagnostics, and recovers when it is fixed', () => {
    const path = join(dir, 'privacy.yaml');
    save(path, declaring('user.contact.emial'), 1_000);
    const manifests = cache();
    const broken = manifests.load(path);
    expect(broken.ok ? [] : broken.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.column])).toEqual([[4, 33]]);
    save(path, declaring('email'), 2_000);
    clock += 5_000;
    expect(categoriesOf(manifests.load(path))).toEqual(['user.contact.email']);
  });

  it('a manifest that does not exist is a diagnostic, not an exception', () => {
    const state = cache().load(join(dir, 'missing.yaml'));
    expect(state.ok ? '' : state.diagnostics[0]?.message).toContain('file not found');
  });

  it('finds the nearest manifest upward, and notices one created later', () => {
    const nested = join(dir, 'src/pages');
    mkdirSync(nested, { recursive: true });
    const manifests = cache();
    const outer = manifests.find(nested);
    // A manifest may exist above the temporary directory on an odd machine; only the change matters.
    save(join(dir, 'privacy.yaml'), declaring('email'), 1_000);
    expect(manifests.find(nested)).toBe(outer);
    clock += 5_000;
    expect(manifests.find(nested)).toBe(join(dir, 'privacy.yaml'));
  });
});
