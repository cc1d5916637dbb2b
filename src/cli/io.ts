/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal: colours are allowed. */
  isTTY: boolean;
  /** Standard error is a terminal: a progress bar is allowed (it is drawn there). */
  stderrIsTTY?: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export const exitCodes = {
  ok: 0,
  findings: 1,
  usage: 2,
} as const;

export { UserError } from '../util/user-error.js';

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  };
}
