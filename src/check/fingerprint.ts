import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/**
 * Stable identity of a finding: what it is about (type, rule, file, vendor, category, key, claim,
 * manifest entry) and the text of its evidence line, never its line number, so it survives edits
 * elsewhere and moved code. Identical findings in one file are told apart by their order.
 */
function identity(finding: Finding): string {
  return [
    finding.type,
    finding.ruleId,
    finding.messageId,
    finding.file,
    finding.vendor ?? '',
    finding.category ?? '',
    finding.key ?? '',
    finding.claim ?? '',
    finding.manifestPath ?? '',
    (finding.evidence ?? '').replace(/\s+/g, ' ').trim(),
  ].join('\u0000');
}

/** Fills `fingerprint` on findings already in report order. */
export function assignFingerprints(findings: readonly Finding[]): void {
  const occurrences = new Map<string, number>();
  for (const finding of findings) {
    const base = identity(finding);
    const occurrence = occurrences.get(base) ?? 0;
    occurrences.set(base, occurrence + 1);
    finding.fingerprint = createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
}
