import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { vendors as builtinVendors } from '../catalog/vendors/index.js';
import type { CheckContext } from '../check/context.js';
import { createCheckContext } from '../check/context.js';
import type { DetectionCatalog } from '../core/detection-catalog.js';
import { compileDetectionCatalog, defaultDetectionCatalog } from '../core/detection-catalog.js';
import type { LoadedManifest, ManifestDiagnostic } from '../manifest/load.js';
import { findManifest, loadManifest, ManifestError } from '../manifest/load.js';
import { toVendorEntry } from '../manifest/model.js';

/**
 * How long a manifest (or the answer "no manifest above this folder") is trusted before the file
 * system is asked again. Long enough that linting a project stats each manifest a handful of times,
 * short enough that an edit to `privacy.yaml` shows in an editor within seconds, without a restart
 * (eslint-plugin-n uses 5 s for `package.json`).
 */
export const manifestCacheLifetimeMs = 5_000;

/** Everything the checks need from one manifest, built once per version of the file. */
export interface ManifestChecks {
  loaded: LoadedManifest;
  catalog: DetectionCatalog;
  context: CheckContext;
}

export type ManifestState = { ok: true; checks: ManifestChecks } | { ok: false; diagnostics: readonly ManifestDiagnostic[] };

export interface ManifestCacheOptions {
  lifetimeMs: number;
  /** Clock in milliseconds; tests pass their own. */
  now?: () => number;
}

export interface ManifestCache {
  /** The manifest at an absolute path, parsed again only when its modification time or size changed. */
  load(path: string): ManifestState;
  /** The nearest manifest in `directory` or above it, or undefined. */
  find(directory: string): string | undefined;
}

interface Timed<T> {
  value: T;
  checkedAt: number;
}

/**
 * Caches keyed by absolute path. A manifest entry is revalidated by modification time and size once
 * its lifetime is over, so long-lived hosts (editors, `eslint_d`) see edits; within the lifetime no
 * file-system call is made at all. Failures are cached too, so a broken manifest costs one parse.
 */
export function createManifestCache(options: ManifestCacheOptions): ManifestCache {
  const now = options.now ?? Date.now;
  const manifests = new Map<string, Timed<ManifestState> & { version: string }>();
  const lookups = new Map<string, Timed<string | undefined>>();
  return {
    load(path) {
      const time = now();
      const cached = manifests.get(path);
      if (cached !== undefined && time - cached.checkedAt < options.lifetimeMs) return cached.value;
      const version = fileVersion(path);
      if (cached !== undefined && cached.version === version) {
        cached.checkedAt = time;
        return cached.value;
      }
      const value = readManifest(path);
      manifests.set(path, { value, version, checkedAt: time });
      return value;
    },
    find(directory) {
      const time = now();
      const cached = lookups.get(directory);
      if (cached !== undefined && time - cached.checkedAt < options.lifetimeMs) return cached.value;
      const value = findManifest(directory);
      lookups.set(directory, { value, checkedAt: time });
      return value;
    },
  };
}

/** The cache the rules share, for the life of the process. */
export const manifestCache: ManifestCache = createManifestCache({ lifetimeMs: manifestCacheLifetimeMs });

function fileVersion(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return 'unreadable';
  }
}

function readManifest(path: string): ManifestState {
  let loaded: LoadedManifest;
  try {
    loaded = loadManifest(path);
  } catch (error) {
    if (error instanceof ManifestError) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
  return { ok: true, checks: checksFor(loaded) };
}

function checksFor(loaded: LoadedManifest): ManifestChecks {
  // A manifest's own `vendors` extend the built-in catalog, exactly as in the scanner.
  const extra = loaded.manifest.vendors.map(toVendorEntry);
  const catalog = extra.length === 0 ? defaultDetectionCatalog() : compileDetectionCatalog([...builtinVendors, ...extra]);
  // Files are named relative to the manifest's directory already (see `analysis.ts`), the frame surface globs use.
  const context = createCheckContext(loaded, catalog, basename(loaded.path), (file) => file);
  return { loaded, catalog, context };
}

/** The absolute manifest path for a directory: the setting when there is one, else the nearest upward. */
export function manifestPathFor(cache: ManifestCache, directory: string, setting: string | undefined, cwd: string): string | undefined {
  if (setting !== undefined) return resolve(cwd, setting);
  return cache.find(resolve(directory));
}
