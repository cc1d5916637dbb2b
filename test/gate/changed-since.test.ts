import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, FindingType } from '../../src/check/finding.js';
import type { ChangedFiles } from '../../src/gate/changed-since.js';
import { filterChanged, listChangedFiles, parsePorcelain } from '../../src/gate/changed-since.js';
import { errorOf } from './cli-helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'candor-changed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Candor Test', '-c', 'user.email=test@candor.example', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A repository with `app/` (the scanned root) and a file outside it, committed on `main`. */
function makeRepository(name: string): string {
  const repo = join(scratch, name);
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, 'app/privacy.yaml', 'privacy_manifest: 1\n');
  write(repo, 'app/src/a.ts', 'export const a = 1;\n');
  write(repo, 'app/src/b.ts', 'export const b = 1;\n');
  write(repo, 'app/src/old name.ts', 'export const c = 1;\n');
  write(repo, 'docs/notes.md', 'notes\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'initial');
  return repo;
}

function changedUnder(changed: ChangedFiles, candidates: readonly string[]): string[] {
  return candidates.filter((path) => changed.has(path));
}

const candidates = ['privacy.yaml', 'src/a.ts', 'src/b.ts', 'src/c.ts', 'src/new.ts', 'src/old name.ts', 'src/new name.ts', 'src/staged.ts'];

describe('listChangedFiles', () => {
  it('finds committed, staged, unstaged, renamed and untracked changes, as paths relative to the scanned root', () => {
    const repo = makeRepository('working');
    const root = join(repo, 'app');
    git(repo, 'checkout', '-q', '-b', 'feature');
    write(repo, 'app/src/b.ts', 'export const b = 2;\n');
    git(repo, 'commit', '-q', '-am', 'change b');
    write(repo, 'app/src/a.ts', 'export const a = 2;\n');
    write(repo, 'app/src/new.ts', 'export const n = 1;\n');
    write(repo, 'app/src/staged.ts', 'export const s = 1;\n');
    git(repo, 'add', 'app/src/staged.ts');
    git(repo, 'mv', 'app/src/old name.ts', 'app/src/new name.ts');
    write(repo, 'docs/notes.md', 'more notes\n');

    const sinceMain = listChangedFiles(root, 'main');
    expect(changedUnder(sinceMain, candidates)).toEqual(['src/a.ts', 'src/b.ts', 'src/new.ts', 'src/old name.ts', 'src/new name.ts', 'src/staged.ts']);
    expect(sinceMain.has(join(repo, 'docs/notes.md'))).toBe(true);
    expect(sinceMain.ref).toBe('main');

    // Since HEAD: only what is not committed yet (the pre-commit hook's view).
    expect(changedUnder(listChangedFiles(root, 'HEAD'), candidates)).toEqual(['src/a.ts', 'src/new.ts', 'src/old name.ts', 'src/new name.ts', 'src/staged.ts']);
  });

  it('uses the merge base, so commits on the base branch after the fork do not count', () => {
    const repo = makeRepository('diverged');
    git(repo, 'checkout', '-q', '-b', 'feature');
    write(repo, 'app/src/a.ts', 'export const a = 3;\n');
    git(repo, 'commit', '-q', '-am', 'feature change');
    git(repo, 'checkout', '-q', 'main');
    write(repo, 'app/src/b.ts', 'export const b = 3;\n');
    git(repo, 'commit', '-q', '-am', 'main change');
    git(repo, 'checkout', '-q', 'feature');
    expect(changedUnder(listChangedFiles(join(repo, 'app'), 'main'), candidates)).toEqual(['src/a.ts']);
  });

  it('names an unknown ref and says how to fetch it', () => {
    const repo = makeRepository('unknown-ref');
    expect(errorOf(() => listChangedFiles(repo, 'origin/main'))).toBe(
      '--changed-since `origin/main`: Git knows no commit `origin/main` in this repository. Fetch it first (`git fetch origin <branch>`; in GitHub Actions, `fetch-depth: 0` on actions/checkout), or pass a ref that exists.',
    );
  });

  it('refuses a ref that git would read as an option', () => {
    expect(errorOf(() => listChangedFiles(scratch, '--output=/tmp/x'))).toBe(
      '--changed-since `--output=/tmp/x`: not a Git ref. Pass a branch, tag or commit such as `origin/main` or `HEAD`.',
    );
  });

  it('says when the directory is not in a Git repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'candor-not-git-'));
    try {
      expect(errorOf(() => listChangedFiles(plain, 'HEAD'))).toBe(
        `--changed-since \`HEAD\` needs a Git repository, and \`${plain}\` is not in one. Scan a clone of the repository, or leave out --changed-since.`,
      );
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('parsePorcelain', () => {
  it('reads both paths of a rename and keeps spaces', () => {
    expect(parsePorcelain('R  new name.ts\0old name.ts\0 M src/a.ts\0?? src/new.ts\0')).toEqual(['new name.ts', 'old name.ts', 'src/a.ts', 'src/new.ts']);
  });
});

describe('filterChanged', () => {
  const make = (type: FindingType, file: string): Finding => ({
    type,
    ruleId: `candor/${type}`,
    messageId: 'm',
    data: {},
    severity: 'error',
    message: `${type} in ${file}`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    fingerprint: `${type}:${file}`,
  });
  const findings = [
    make('undeclared-storage', 'src/a.ts'),
    make('undeclared-recipient', 'src/b.ts'),
    make('unused-declaration', 'privacy.yaml'),
    make('policy-mismatch', 'privacy.yaml'),
    make('manifest-inconsistency', 'privacy.yaml'),
  ];
  const changedSet = (...paths: string[]): ChangedFiles => ({ ref: 'main', paths: new Set(paths), has: (path) => paths.includes(path) });
  const context = { manifest: 'privacy.yaml', policy: 'docs/policy.md', scannedFiles: ['src/a.ts', 'src/b.ts'] };
  const kept = (changed: ChangedFiles): string[] => filterChanged(findings, changed, context).map((finding) => finding.fingerprint);

  it('keeps findings in changed source files and the manifest findings code changes cause', () => {
    expect(kept(changedSet('src/a.ts'))).toEqual(['undeclared-storage:src/a.ts', 'unused-declaration:privacy.yaml']);
  });

  it('keeps policy mismatches when the policy text changed', () => {
    expect(kept(changedSet('docs/policy.md'))).toEqual(['policy-mismatch:privacy.yaml']);
  });

  it('keeps every finding when the manifest changed, since it decides them all', () => {
    expect(kept(changedSet('privacy.yaml'))).toEqual(findings.map((finding) => finding.fingerprint));
  });

  it('keeps nothing when only files the scan does not read changed', () => {
    expect(kept(changedSet('README.md'))).toEqual([]);
  });
});
