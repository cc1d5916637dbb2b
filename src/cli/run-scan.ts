import { resolve } from 'node:path';
import type { ScanOptions, ScanResult } from '../scanner/scan.js';
import { scan } from '../scanner/scan.js';
import { UserError } from '../util/user-error.js';
import type { CliIo } from './io.js';
import { createProgressBar } from './progress.js';

/** The one directory a scanning command takes (default: the working directory), made absolute. */
export function directoryArgument(command: string, positionals: readonly string[], usage: string, cwd: string): string {
  if (positionals.length > 1) throw new UserError(`${command} takes one directory; got ${positionals.length}.\n\n${usage}`);
  return resolve(cwd, positionals[0] ?? '.');
}

/** Runs the scan with a progress bar on a terminal's standard error (none with `--quiet`), cleared at the end. */
export async function scanWithProgress(io: CliIo, quiet: boolean, options: Omit<ScanOptions, 'onProgress' | 'cwd'>): Promise<ScanResult> {
  const progress = (io.stderrIsTTY ?? io.isTTY) && !quiet ? createProgressBar(io.stderr) : undefined;
  try {
    return await scan({
      ...options,
      cwd: io.cwd,
      ...(progress === undefined ? {} : { onProgress: (done: number, total: number) => progress.update(done, total) }),
    });
  } finally {
    progress?.clear();
  }
}
