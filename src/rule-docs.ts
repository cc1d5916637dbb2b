import { toolVersion } from './version.js';

export const repositoryUrl = 'https://github.com/candor-privacy/candor';

/** Rules that ESLint runs have a page each; scanner-only checks share one page. */
const scannerOnlyRules = new Set(['no-unused-declaration', 'policy-mismatch', 'manifest-consistency']);

/**
 * The docs page of a rule (`candor/no-undeclared-recipient` or `no-undeclared-recipient`), pinned to
 * the released version so links never drift from the installed behaviour.
 */
export function ruleDocsUrl(ruleId: string): string {
  const name = ruleId.replace(/^candor\//, '');
  const base = `${repositoryUrl}/blob/v${toolVersion}/docs`;
  return scannerOnlyRules.has(name) ? `${base}/findings.md#${name}` : `${base}/rules/${name}.md`;
}
