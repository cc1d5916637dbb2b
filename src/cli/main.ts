#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io.js';
import { exitCodes, processIo, UserError } from './io.js';
import { commands } from './commands/index.js';
import { toolVersion } from '../version.js';

const usage = `Usage: candor <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run \`candor <command> --help\` for a command's options.
`;

/** Runs one CLI invocation and returns its exit code (0 clean, 1 failing findings, 2 usage or input error). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage);
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${toolVersion}\n`);
    return exitCodes.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    io.stderr(`candor: unknown command \`${name}\`.\n\n${usage}`);
    return exitCodes.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`candor ${name}: ${error.message}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`candor: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.stderr.write('Please report this at https://github.com/candor-privacy/candor/issues with the command you ran.\n');
      process.exitCode = exitCodes.usage;
    },
  );
}
