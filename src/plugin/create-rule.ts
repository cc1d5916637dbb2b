import { ESLintUtils } from '@typescript-eslint/utils';
import { ruleDocsUrl } from '../rule-docs.js';

/** Extra `meta.docs` fields of Candor rules. */
export interface CandorRuleDocs {
  /** Severity in `candor.configs.recommended` (every rule is `error` in `strict`). */
  recommended: 'error' | 'warn';
  /** Every Candor rule reads `privacy.yaml`; none needs type information. */
  requiresManifest: true;
  requiresTypeChecking: false;
}

/** Rule factory: sets `meta.docs.url` to the rule's page, pinned to the installed version. */
export const createRule = ESLintUtils.RuleCreator<CandorRuleDocs>(ruleDocsUrl);
