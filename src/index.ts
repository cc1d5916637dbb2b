import type { ESLint } from 'eslint';
import { rules } from '../rules/index.js';
import type { CandorConfigs } from './plugin/configs.js';
import { createConfigs } from './plugin/configs.js';
import { toolVersion } from './version.js';

export type { CandorConfigs } from './plugin/configs.js';
export type { CandorSettings } from './plugin/settings.js';

/** The ESLint plugin: `import candor from 'candor'; export default [candor.configs.recommended];`. */
export interface CandorPlugin extends ESLint.Plugin {
  meta: { name: 'candor'; version: string; namespace: 'candor' };
  rules: NonNullable<ESLint.Plugin['rules']>;
  configs: CandorConfigs;
}

// typescript-eslint's rule types describe the same objects as ESLint's but are not assignable to
// them; users' `defineConfig` and ESLint's Node API take ESLint's, so the plugin is presented as such.
const eslintRules = rules as unknown as CandorPlugin['rules'];

const base = { meta: { name: 'candor' as const, version: toolVersion, namespace: 'candor' as const }, rules: eslintRules };
// The configs register this very object, so `plugins: { candor }` next to them is not a redefinition.
const plugin: CandorPlugin = Object.assign(base, { configs: createConfigs(base, rules) });

export default plugin;
