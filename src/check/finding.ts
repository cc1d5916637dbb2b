import type { SourceRange } from '../core/facts.js';

/** The finding types of DESIGN.md, as they appear in reports. */
export const findingTypes = [
  'undeclared-collection',
  'violated-claim',
  'undeclared-recipient',
  'undeclared-storage',
  'undeclared-flow',
  'unused-declaration',
  'policy-mismatch',
  'manifest-inconsistency',
] as const;
export type FindingType = (typeof findingTypes)[number];

export type Severity = 'error' | 'warning' | 'info';

/** A disagreement between code, manifest and policy text, with what to do about it. */
export interface Finding extends SourceRange {
  type: FindingType;
  /** `candor/<rule-id>`; the ESLint rule (or scanner check) that owns the message. */
  ruleId: string;
  /** Message id inside the rule's `meta.messages`; `message` is that template filled with `data`. */
  messageId: string;
  data: Record<string, string>;
  severity: Severity;
  message: string;
  /** Path relative to the scanned root, `/`-separated (the manifest's own path for manifest-level findings). */
  file: string;
  vendor?: string;
  category?: string;
  key?: string;
  /** The manifest entry the finding is about, e.g. `recipients[2]`, `claims[no-passwords]`. */
  manifestPath?: string;
  /** Where that entry is in the manifest (1-based). */
  manifestLine?: number;
  manifestColumn?: number;
  /** Id of the claim a `violated-claim` finding breaks. */
  claim?: string;
  /** Code that shows the finding. */
  evidence?: string;
  /** Policy text that the finding quotes. */
  quote?: string;
  /** Stable id that survives unrelated edits and line moves (baselines, SARIF, diff mode). */
  fingerprint: string;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The report order every engine and format uses (DESIGN principle 6): file, line, column, type, then rule and message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    findingTypes.indexOf(a.type) - findingTypes.indexOf(b.type) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}
