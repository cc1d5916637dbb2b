import { UserError } from '../../src/util/user-error.js';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `candor <argv>` in-process with captured output, as a non-terminal unless `isTTY`. */
export async function runCli(argv: readonly string[], cwd: string, options: { isTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: options.isTTY ?? false,
    env: { NO_COLOR: '1' },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Candor Test', '-c', 'user.email=test@candor.example', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** Copies a fixture app to `<parent>/<name>`; with `commit`, makes it a Git repository with one commit. */
export function copyFixture(fixture: string, parent: string, name: string, options: { commit?: boolean } = {}): string {
  const target = join(parent, name);
  mkdirSync(parent, { recursive: true });
  cpSync(resolve(fixture), target, { recursive: true });
  if (options.commit === true) {
    git(target, 'init', '-q', '-b', 'main');
    git(target, 'add', '-A');
    git(target, 'commit', '-q', '-m', 'initial');
  }
  return target;
}

export interface JsonFinding {
  type: string;
  file: string;
  line: number;
  key?: string;
  vendor?: string;
  severity: string;
  message: string;
  fingerprint: string;
  status?: string;
  reason?: string;
  author?: string;
  expires?: string;
}

export function findingsOf(run: CliRun): JsonFinding[] {
  const parsed: unknown = JSON.parse(run.stdout);
  if (typeof parsed !== 'object' || parsed === null || !('findings' in parsed) || !Array.isArray(parsed.findings)) throw new Error(`not a JSON report: ${run.stdout.slice(0, 200)}`);
  const findings: JsonFinding[] = parsed.findings;
  return findings;
}

/** The message of the `UserError` an action throws; fails when it throws nothing or something else. */
export function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error('expected a UserError');
}
