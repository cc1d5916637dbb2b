import type { CliIo } from '../io.js';

export interface Command {
  /** One line for `candor --help`. */
  summary: string;
  /** Runs the command with the arguments after its name; returns the exit code. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
