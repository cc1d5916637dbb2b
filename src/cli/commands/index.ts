import { baselineCommand } from './baseline.js';
import { exportCommand } from './export.js';
import { initCommand } from './init.js';
import { manifestCommand } from './manifest.js';
import { policyCommand } from './policy.js';
import { scanCommand } from './scan.js';
import type { Command } from './types.js';

/** Every `candor` command by name, in the order `candor --help` lists them. */
export const commands: Readonly<Record<string, Command>> = {
  scan: scanCommand,
  baseline: baselineCommand,
  init: initCommand,
  manifest: manifestCommand,
  policy: policyCommand,
  export: exportCommand,
};
