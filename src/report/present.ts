import type { Finding, FindingType, Severity } from '../check/finding.js';
import { compareFindings } from '../check/finding.js';

/** Heading-style names of the finding types, in DESIGN.md's wording. */
export const findingTypeTitles: Readonly<Record<FindingType, string>> = {
  'undeclared-collection': 'Undeclared collection',
  'violated-claim': 'Violated claim',
  'undeclared-recipient': 'Undeclared recipient',
  'undeclared-storage': 'Undeclared storage',
  'undeclared-flow': 'Undeclared flow',
  'unused-declaration': 'Unused declaration',
  'policy-mismatch': 'Policy mismatch',
  'manifest-inconsistency': 'Manifest inconsistency',
};

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { compareFindings };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/**
 * Accepted findings are kept in a file outside the code (issue 5, item 3) and stay in reports, marked,
 * so an auditor sees what was accepted and by whom.
 */
export interface Acceptance {
  reason?: string;
  author?: string;
  expires?: string;
}

export function getAcceptance(finding: Finding): Acceptance | undefined {
  if (!('status' in finding) || finding.status !== 'accepted') return undefined;
  const acceptance: Acceptance = {};
  if ('reason' in finding && typeof finding.reason === 'string') acceptance.reason = finding.reason;
  if ('author' in finding && typeof finding.author === 'string') acceptance.author = finding.author;
  if ('expires' in finding && typeof finding.expires === 'string') acceptance.expires = finding.expires;
  return acceptance;
}

export type SeverityCounts = Record<Severity, number>;

/** Counts of open (not accepted) findings per severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (getAcceptance(finding) === undefined) counts[finding.severity]++;
  return counts;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `2 errors, 1 warning` — the non-zero severities, or `no findings`. */
export function describeCounts(counts: SeverityCounts): string {
  const parts: string[] = [];
  if (counts.error > 0) parts.push(plural(counts.error, 'error'));
  if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
  if (counts.info > 0) parts.push(plural(counts.info, 'info', 'info'));
  return parts.length === 0 ? 'no findings' : parts.join(', ');
}

/** True for a finding located in the manifest itself (unused declaration, policy mismatch, manifest inconsistency). */
export function isManifestFinding(finding: Finding, manifest: string | null): boolean {
  return manifest !== null && finding.file === manifest;
}

/** The manifest section a finding is about: the first segment of its `manifestPath` (`recipients[2]` → `recipients`). */
export function getManifestSection(finding: Finding): string | undefined {
  if (finding.manifestPath === undefined) return undefined;
  const match = /^[A-Za-z_]+/.exec(finding.manifestPath);
  return match === null ? finding.manifestPath : match[0];
}
