import { ruleFindingTypes } from './check/messages.js';
import { toolVersion } from './version.js';

export const repositoryUrl = 'https://github.com/candor-privacy/candor';

/** Checks only the whole-project scan can run; they share one page, `docs/findings.md`. */
const scannerOnlyRules: ReadonlySet<string> = new Set(['no-unused-declaration', 'policy-mismatch', 'manifest-consistency']);

const findingTypeOfRule = new Map(Object.entries(ruleFindingTypes));

/**
 * The docs page of a rule (`candor/no-undeclared-recipient` or `no-undeclared-recipient`), pinned to
 * the released version so links never drift from the installed behaviour. ESLint rules have a page
 * each; scanner-only checks link to their finding type's section of `docs/findings.md`.
 */
export function ruleDocsUrl(ruleId: string, version: string = toolVersion): string {
  const name = ruleId.replace(/^candor\//, '');
  const base = `${repositoryUrl}/blob/v${version}/docs`;
  if (!scannerOnlyRules.has(name)) return `${base}/rules/${encodeURIComponent(name)}.md`;
  return `${base}/findings.md#${findingTypeOfRule.get(name)?.type ?? name}`;
}
