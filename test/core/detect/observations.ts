import type { DetectionCatalog } from '../../../src/core/detection-catalog.js';
import type { Observation, Unresolved } from '../../../src/core/observation.js';
import { analyzeSource } from '../../../src/scanner/analyze-source.js';

/** An observation without its file, end position and evidence line: what detector tests assert. */
export type Seen = Omit<Observation, 'file' | 'endLine' | 'endColumn' | 'evidence'>;

/** Observations of one in-memory file, in report order. */
export function observe(file: string, lines: readonly string[], catalog?: DetectionCatalog): Seen[] {
  return analyzeSource(file, lines.join('\n'), catalog).observations.map(({ file: _file, endLine: _endLine, endColumn: _endColumn, evidence: _evidence, ...rest }) => rest);
}

/** Observations of one kind. */
export function observeKind(kind: Observation['kind'], file: string, lines: readonly string[], catalog?: DetectionCatalog): Seen[] {
  return observe(file, lines, catalog).filter((observation) => observation.kind === kind);
}

/** What could not be resolved, as `line:column what`. */
export function unresolvedIn(file: string, lines: readonly string[]): string[] {
  return analyzeSource(file, lines.join('\n')).unresolved.map((item: Unresolved) => `${item.line}:${item.column} ${item.what}`);
}
