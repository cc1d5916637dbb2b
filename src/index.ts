import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.js';
import type { CandorConfigs } from './plugin/configs.js';
import { createConfigs } from './plugin/configs.js';
import { toolVersion } from './version.js';

export type { CandorConfigs } from './plugin/configs.js';
export type { CandorSettings } from './plugin/settings.js';
export * from './api.js';

/** The ESLint plugin: `import candor from 'candor'; export default [candor.configs.recommended];`. */
export interface CandorPlugin extends TSESLint.FlatConfig.Plugin {
  meta: { name: 'candor'; version: string; namespace: 'candor' };
  rules: typeof rules;
  configs: CandorConfigs;
}

const base = {
  meta: { name: 'candor' as const, version: toolVersion, namespace: 'candor' as const },
  rules,
};
// The configs register this very object, so `plugins: { candor }` next to them is not a redefinition.
const plugin: CandorPlugin = Object.assign(base, { configs: createConfigs(base, rules) });

export default plugin;
