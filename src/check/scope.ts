import picomatch from 'picomatch';
import type { Manifest } from '../manifest/model.js';
import { isSameSite } from '../core/hosts.js';

/**
 * Where a file sits in the manifest's scope: which surfaces it belongs to, whether an exclusion
 * sends it to another document, and which hosts are first party.
 */
export interface ManifestScope {
  /** Surface ids of a file, given its path relative to the manifest's directory. */
  surfacesOf(manifestRelativePath: string): ReadonlySet<string>;
  isExcluded(manifestRelativePath: string): boolean;
  isFirstPartyHost(host: string): boolean;
  /** First-party hosts are known, so a cookie domain outside them is known to be third party. */
  hasHosts: boolean;
  /** The file runs on other sites' pages (one of its surfaces has `platform: embed`). */
  isEmbedded(surfaces: ReadonlySet<string>): boolean;
}

function matcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const match = picomatch(globs as string[], { dot: true });
  return (path) => match(path);
}

export function createScope(manifest: Manifest): ManifestScope {
  const allSurfaces = new Set(manifest.surfaces.map((surface) => surface.id));
  const unscoped = new Set(manifest.surfaces.filter((surface) => surface.paths.length === 0).map((surface) => surface.id));
  const scoped = manifest.surfaces.filter((surface) => surface.paths.length > 0).map((surface) => ({ id: surface.id, matches: matcher(surface.paths) }));
  const exclusions = manifest.exclusions.map((exclusion) => matcher(exclusion.paths));
  const hosts = manifest.surfaces.flatMap((surface) => surface.hosts);
  const embedded = manifest.surfaces.filter((surface) => surface.platform === 'embed').map((surface) => surface.id);
  const cache = new Map<string, ReadonlySet<string>>();
  return {
    surfacesOf(path) {
      const cached = cache.get(path);
      if (cached !== undefined) return cached;
      const matched = new Set(scoped.filter((surface) => surface.matches(path)).map((surface) => surface.id));
      // A file no surface's paths claim belongs to the surfaces that name no paths; if every surface
      // names paths, it is attributed to all of them rather than to none.
      const result = matched.size > 0 ? matched : unscoped.size > 0 ? unscoped : allSurfaces;
      cache.set(path, result);
      return result;
    },
    isExcluded(path) {
      return exclusions.some((matches) => matches(path));
    },
    isFirstPartyHost(host) {
      return hosts.some((firstParty) => isSameSite(host, firstParty));
    },
    hasHosts: hosts.length > 0,
    isEmbedded(surfaces) {
      return embedded.some((id) => surfaces.has(id));
    },
  };
}

/** True when an entry scoped to `entrySurfaces` (`[]` = all) applies to a file on `fileSurfaces`. */
export function inScope(entrySurfaces: readonly string[], fileSurfaces: ReadonlySet<string>): boolean {
  return entrySurfaces.length === 0 || entrySurfaces.some((surface) => fileSurfaces.has(surface));
}
