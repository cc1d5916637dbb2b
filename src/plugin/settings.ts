import { z } from 'zod';
import { closest } from '../util/edit-distance.js';

/** `settings.candor` in an ESLint config: shared by every Candor rule. */
export interface CandorSettings {
  /**
   * Path of the manifest, relative to ESLint's working directory. When it is not set, each file uses
   * the nearest `privacy.yaml` (or `privacy.yml`) in its own folder or above.
   */
  manifest?: string;
}

const settingKeys = ['manifest'] as const;

const settingsSchema = z.strictObject(
  {
    manifest: z
      .string({ error: (issue) => `\`manifest\` must be a path to privacy.yaml (a string), not ${describe(issue.input)}` })
      .min(1, { error: '`manifest` is empty; give the path of privacy.yaml, or remove the key' })
      .optional(),
  },
  {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return issue.keys.map(unknownKey).join('; ');
      return `it must be an object such as \`{ manifest: 'privacy.yaml' }\`, not ${describe(issue.input)}`;
    },
  },
);

export type SettingsResult = { ok: true; settings: CandorSettings } | { ok: false; problem: string };

const results = new WeakMap<object, SettingsResult>();

/**
 * Reads and validates `settings.candor`. ESLint does not validate `settings`, so a typo here would
 * otherwise be silently ignored; the problem is reported on every linted file instead.
 */
export function readCandorSettings(settings: Readonly<Record<string, unknown>>): SettingsResult {
  const raw = settings.candor;
  if (raw === undefined) return { ok: true, settings: {} };
  // One settings object is shared by every file of a config: validate it once.
  const cached = typeof raw === 'object' && raw !== null ? results.get(raw) : undefined;
  if (cached !== undefined) return cached;
  const parsed = settingsSchema.safeParse(raw);
  const result: SettingsResult = parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, problem: parsed.error.issues.map((issue) => issue.message).join('; ') };
  if (typeof raw === 'object' && raw !== null) results.set(raw, result);
  return result;
}

function unknownKey(key: string): string {
  const suggestion = closest(key, settingKeys);
  return suggestion === undefined
    ? `unknown key \`${key}\` (the only key is \`manifest\`)`
    : `unknown key \`${key}\`; did you mean \`${suggestion}\`?`;
}

function describe(value: unknown): string {
  if (value === null) return '`null`';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `\`'${value}'\`` : `a ${typeof value}`;
}
