import type { Finding } from '../check/finding.js';
import type { Observation } from '../core/observation.js';

/**
 * The one report model (DESIGN.md "JSON report", schema version 1). Every output format is a pure
 * function of it; `json` is this object serialised.
 */
export interface Report {
  schemaVersion: 1;
  tool: { name: 'candor'; version: string };
  /** Manifest path relative to the scanned root (or absolute when outside it); `null` when none was used. */
  manifest: string | null;
  /** Policy text path, relative like `manifest`; `null` when none was given. */
  policy: string | null;
  /** Absolute path of the scanned root, for formats that need to read code frames. Not part of `json` output. */
  root?: string;
  observations: ReportObservation[];
  findings: Finding[];
  coverage: Coverage;
}

/** An observation as reported: the DESIGN.md fields first, extra detail after. */
export type ReportObservation = Observation;

export interface Coverage {
  /** Number of files read. */
  files: number;
  skipped: { file: string; reason: string }[];
  unresolved: { file: string; line: number; column: number; what: string }[];
}
