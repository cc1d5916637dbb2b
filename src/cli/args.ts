import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Option values as `parseArgs` returns them for single-valued string and boolean options. */
export type OptionValues<T extends OptionsConfig> = { [K in keyof T]?: T[K] extends { type: 'boolean' } ? boolean : string } & { help?: boolean };
import { UserError } from '../util/user-error.js';

/**
 * Parses a command's arguments the same way for every command: known options only, positionals
 * allowed, `-h`/`--help` always there; a mistake becomes a `UserError` that says where usage is.
 */
export function parseCommandArgs<const T extends OptionsConfig>(
  command: string,
  argv: readonly string[],
  options: T,
): { values: OptionValues<T>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    // parseArgs types its values from the literal config; ours is generic, so they are typed here once.
    return { values: values as OptionValues<T>, positionals };
  } catch (error) {
    // parseArgs explains the problem well ("Unknown option '--fromat'"); add where to look.
    const reason = error instanceof Error ? error.message.replace(/\.?\s*$/, '') : String(error);
    throw new UserError(`${reason}. Run \`candor ${command} --help\` for usage.`);
  }
}

/** One of a fixed set of option values, or a `UserError` listing them. */
export function chooseOne<T extends string>(allowed: readonly T[], value: string | undefined, option: string, fallback: T): T {
  if (value === undefined) return fallback;
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) throw new UserError(`${option} must be one of ${allowed.join(', ')}; got \`${value}\`.`);
  return match;
}
