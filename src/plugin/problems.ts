import { isAbsolute, relative, sep } from 'node:path';
import type { ManifestDiagnostic } from '../manifest/load.js';
import { formatDiagnostic } from '../manifest/load.js';

/**
 * Problems that stop Candor from checking a file at all. Every rule carries these messages, and the
 * first Candor rule to run on a file reports the problem, once, at line 1.
 */
export const setupMessages = {
  manifestMissing:
    'Candor cannot check this file: there is no `privacy.yaml` in `{{directory}}` or any folder above it. Draft one with `npx candor init`, or name it in `settings.candor.manifest`.',
  manifestInvalid:
    'Candor cannot check this file: manifest `{{manifest}}` is invalid ({{problem}}{{more}}). Fix it; `npx candor manifest validate` lists every problem.',
  settingsInvalid:
    'Candor cannot check this file: `settings.candor` in the ESLint config is invalid: {{problem}} Correct it in `eslint.config.js`.',
} as const;

export type SetupMessageId = keyof typeof setupMessages;

export interface SetupProblem {
  messageId: SetupMessageId;
  data: Record<string, string>;
}

/** The message data for a manifest that cannot be used: its first error in full, and how many follow. */
export function manifestProblem(manifest: string, diagnostics: readonly ManifestDiagnostic[], cwd: string): SetupProblem {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const shown = errors.length > 0 ? errors : diagnostics;
  const first = shown[0];
  return {
    messageId: 'manifestInvalid',
    data: {
      manifest,
      problem: first === undefined ? `${manifest}: unreadable` : formatDiagnostic(first, cwd),
      more: shown.length > 1 ? `, and ${shown.length - 1} more` : '',
    },
  };
}

/** The problem for settings that do not validate. */
export function settingsProblem(problem: string): SetupProblem {
  return { messageId: 'settingsInvalid', data: { problem: /[.?!]$/.test(problem) ? problem : `${problem}.` } };
}

/** A path as the user sees it: relative to ESLint's working directory, `/`-separated, `.` for the directory itself. */
export function displayPath(path: string, cwd: string): string {
  const relativePath = relative(cwd, path);
  if (relativePath === '') return '.';
  if (isAbsolute(relativePath)) return path;
  return sep === '/' ? relativePath : relativePath.split(sep).join('/');
}
