import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../util/user-error.js';

/** Something each Candor output format contains near its start, so a re-run may replace it. */
const candorMarker = /candor/i;

/**
 * Writes a report to a file the user named. An existing file is replaced only when it is an earlier
 * Candor output; anything else the user owns is never overwritten.
 */
export function writeOutputFile(cwd: string, path: string, content: string): void {
  const target = resolve(cwd, path);
  if (existsSync(target)) {
    let head: string;
    try {
      head = readFileSync(target, 'utf8').slice(0, 4096);
    } catch {
      throw new UserError(`cannot write \`${path}\`: it exists and cannot be read. Choose another --output path.`);
    }
    if (!candorMarker.test(head)) {
      throw new UserError(`refusing to overwrite \`${path}\`: it exists and is not a Candor report. Choose another --output path or remove the file.`);
    }
  }
  try {
    writeFileSync(target, content);
  } catch (error) {
    throw new UserError(`cannot write \`${path}\`: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
