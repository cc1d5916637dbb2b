import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Source files Candor reads. `.d.ts` files declare types only and are never collection. */
const sourceExtensions = /\.(?:[cm]?[jt]sx?|html?)$/i;
const declarationFile = /\.d\.[cm]?ts$/i;

/**
 * Folders that hold dependencies, build output or tool state, never the application's own source.
 * Skipped folders are listed in coverage, so a reader can see what was passed over.
 */
const skippedFolders: Readonly<Record<string, string>> = {
  node_modules: 'dependencies',
  bower_components: 'dependencies',
  jspm_packages: 'dependencies',
  '.git': 'version control',
  '.hg': 'version control',
  '.svn': 'version control',
  dist: 'build output',
  build: 'build output',
  out: 'build output',
  '.next': 'build output',
  '.nuxt': 'build output',
  '.output': 'build output',
  '.svelte-kit': 'build output',
  '.vercel': 'build output',
  '.netlify': 'build output',
  '.turbo': 'tool cache',
  '.cache': 'tool cache',
  '.parcel-cache': 'tool cache',
  coverage: 'test coverage output',
  storybook_static: 'build output',
  'storybook-static': 'build output',
};

export interface DiscoveredFiles {
  /** Paths relative to the root, `/`-separated, sorted. */
  files: string[];
  /** Folders and files passed over, with the reason. */
  skipped: { file: string; reason: string }[];
}

interface IgnoreScope {
  /** Directory (relative to root, `/`-separated, '' for root) the rules are relative to. */
  base: string;
  rules: Ignore;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function isIgnored(scopes: readonly IgnoreScope[], path: string, isDirectory: boolean): boolean {
  for (const scope of scopes) {
    const local = scope.base === '' ? path : path.slice(scope.base.length + 1);
    if (local === '') continue;
    if (scope.rules.ignores(isDirectory ? `${local}/` : local)) return true;
  }
  return false;
}

/** Files to scan under `root`, honouring `.gitignore` files at every level. */
export function discoverFiles(root: string): DiscoveredFiles {
  const files: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const walk = (directory: string, scopes: readonly IgnoreScope[]): void => {
    const relativeDirectory = toPosix(relative(root, directory));
    let current = scopes;
    try {
      const gitignore = readFileSync(join(directory, '.gitignore'), 'utf8');
      current = [...scopes, { base: relativeDirectory, rules: ignore().add(gitignore) }];
    } catch {
      // no .gitignore here
    }
    const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = relativeDirectory === '' ? entry.name : `${relativeDirectory}/${entry.name}`;
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && isDirectoryLink(join(directory, entry.name)));
      if (isDirectory) {
        const reason = Object.hasOwn(skippedFolders, entry.name) ? skippedFolders[entry.name] : undefined;
        if (reason !== undefined) {
          skipped.push({ file: `${path}/`, reason });
          continue;
        }
        if (entry.isSymbolicLink()) {
          // Following links could scan a folder twice or leave the root; say so instead.
          skipped.push({ file: `${path}/`, reason: 'symbolic link' });
          continue;
        }
        if (isIgnored(current, path, true)) continue;
        walk(join(directory, entry.name), current);
        continue;
      }
      if (!entry.isFile() || !sourceExtensions.test(entry.name) || declarationFile.test(entry.name)) continue;
      if (isIgnored(current, path, false)) continue;
      files.push(path);
    }
  };
  walk(root, []);
  return { files, skipped };
}

function isDirectoryLink(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
