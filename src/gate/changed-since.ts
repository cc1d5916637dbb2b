/**
 * `--changed-since <ref>`: the gate for a pull request or a commit. Findings are computed (and
 * fingerprinted) over the whole project as always, then kept when they are in a file changed since the
 * ref, or are project-level findings such a change can cause:
 *
 * - a changed manifest can add or remove a finding anywhere, so every finding is kept;
 * - a changed policy text keeps the policy-mismatch findings (text against manifest);
 * - any changed scanned source file keeps the other findings located in the manifest (unused
 *   declarations, a signal said to be honoured that no code reads): removing code causes them.
 *
 * A change in one file that alters a finding in another through a shared constant is not traced.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Finding } from '../check/finding.js';
import { UserError } from '../util/user-error.js';

/** Files changed since a Git ref: committed since the merge base, staged, unstaged and untracked. */
export interface ChangedFiles {
  ref: string;
  /** Absolute paths (symbolic links resolved) of every changed file, deleted ones included. */
  paths: ReadonlySet<string>;
  /** True when the file at a report path (relative to the scanned root, or absolute) changed. */
  has(reportPath: string): boolean;
}

interface GitFailure {
  missing: boolean;
  stderr: string;
}

function runGit(args: readonly string[], cwd: string): string | GitFailure {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const missing = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
    const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr).trim() : '';
    return { missing, stderr };
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Paths of `git status --porcelain -z`: `XY path`, and for a rename or copy the original path after it. */
export function parsePorcelain(output: string): string[] {
  const fields = output.split('\0');
  const paths: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? '';
    if (field.length < 4) continue;
    paths.push(field.slice(3));
    const x = field[0];
    if (x === 'R' || x === 'C') {
      const original = fields[i + 1];
      if (original !== undefined && original !== '') paths.push(original);
      i++;
    }
  }
  return paths;
}

/**
 * Lists the files changed since `ref` in the Git repository holding `root` (`git diff <ref>...HEAD`
 * plus `git status`). Throws `UserError` when `root` is not in a repository or the ref is unknown.
 */
export function listChangedFiles(root: string, ref: string): ChangedFiles {
  const option = `--changed-since \`${ref}\``;
  if (ref === '' || ref.startsWith('-')) throw new UserError(`${option}: not a Git ref. Pass a branch, tag or commit such as \`origin/main\` or \`HEAD\`.`);
  // Git would fail on a missing working directory as if it were not installed.
  if (!existsSync(root)) throw new UserError(`cannot read \`${root}\`: no such directory. Pass the directory of the application to scan.`);
  const top = runGit(['rev-parse', '--show-toplevel'], root);
  if (typeof top !== 'string') {
    throw new UserError(
      top.missing
        ? `${option} needs Git, and \`git\` was not found. Install Git, or leave out --changed-since.`
        : `${option} needs a Git repository, and \`${root}\` is not in one. Scan a clone of the repository, or leave out --changed-since.`,
    );
  }
  const topLevel = top.trim();
  const commit = runGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  if (typeof commit !== 'string') {
    throw new UserError(
      `${option}: Git knows no commit \`${ref}\` in this repository. Fetch it first (\`git fetch origin <branch>\`; in GitHub Actions, \`fetch-depth: 0\` on actions/checkout), or pass a ref that exists.`,
    );
  }
  const diff = runGit(['diff', '--name-only', '-z', `${ref}...HEAD`, '--'], root);
  if (typeof diff !== 'string') {
    const reason = diff.stderr.split('\n')[0] ?? '';
    throw new UserError(
      `${option}: \`git diff ${ref}...HEAD\` failed${reason === '' ? '' : ` (${reason})`}. In a shallow clone, fetch the history back to the common ancestor (\`fetch-depth: 0\`).`,
    );
  }
  const status = runGit(['status', '--porcelain', '-z', '--untracked-files=all'], root);
  if (typeof status !== 'string') throw new UserError(`${option}: \`git status\` failed (${status.stderr.split('\n')[0] ?? ''}). Check the repository with \`git status\`.`);

  const paths = new Set<string>();
  for (const path of diff.split('\0')) if (path !== '') paths.add(join(topLevel, path));
  for (const path of parsePorcelain(status)) paths.add(join(topLevel, path));
  const realRoot = realPath(root);
  return {
    ref,
    paths,
    has: (reportPath) => paths.has(isAbsolute(reportPath) ? realPath(reportPath) : join(realRoot, reportPath)),
  };
}

/** What `filterChanged` needs to know about the scan besides its findings. */
export interface ChangeContext {
  /** The report's manifest path (relative to the root, or absolute); `null` when none. */
  manifest: string | null;
  /** The report's policy text path; `null` when none. */
  policy: string | null;
  /** Report paths of the files the scan read. */
  scannedFiles: Iterable<string>;
}

/** The findings `--changed-since` reports (see the module comment for which project-level ones). */
export function filterChanged<T extends Finding>(findings: readonly T[], changed: ChangedFiles, context: ChangeContext): T[] {
  if (context.manifest !== null && changed.has(context.manifest)) return [...findings];
  const policyChanged = context.policy !== null && changed.has(context.policy);
  let sourceChanged = false;
  for (const file of context.scannedFiles) {
    if (changed.has(file)) {
      sourceChanged = true;
      break;
    }
  }
  return findings.filter((finding) => {
    if (changed.has(finding.file)) return true;
    if (finding.file !== context.manifest) return false;
    if (finding.type === 'policy-mismatch') return policyChanged;
    if (finding.type === 'manifest-inconsistency') return false;
    return sourceChanged;
  });
}
