import * as typescriptParser from '@typescript-eslint/parser';
import type { ESLint, Linter } from 'eslint';
import type { CandorRuleDocs } from './create-rule.js';

/** Files the configs lint: every JavaScript and TypeScript flavour, with or without JSX. */
export const lintedFiles = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

// A type alias, not an interface, so it fits ESLint's `configs` index signature.
export type CandorConfigs = {
  /** Every rule at its recommended severity: violated claims and undeclared recipients are errors, the rest warnings. */
  recommended: Linter.Config;
  /** Every rule an error. */
  strict: Linter.Config;
};

interface RuleWithDocs {
  meta: { docs?: Partial<CandorRuleDocs> };
}

/**
 * The flat configs, registering `plugin` itself under `candor` (so a config that also lists the
 * plugin by name does not define it twice). The parser needs no type information: no `project`.
 */
export function createConfigs(plugin: ESLint.Plugin, rules: Readonly<Record<string, RuleWithDocs>>): CandorConfigs {
  const base: Linter.Config = {
    files: lintedFiles,
    plugins: { candor: plugin },
    languageOptions: {
      parser: { meta: typescriptParser.meta, parseForESLint: typescriptParser.parseForESLint },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  };
  const recommended: Linter.RulesRecord = {};
  const strict: Linter.RulesRecord = {};
  for (const [id, rule] of Object.entries(rules)) {
    recommended[`candor/${id}`] = rule.meta.docs?.recommended ?? 'warn';
    strict[`candor/${id}`] = 'error';
  }
  return {
    recommended: { name: 'candor/recommended', ...base, rules: recommended },
    strict: { name: 'candor/strict', ...base, rules: strict },
  };
}
