import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileAnalysis } from '../core/observation.js';
import type { Report } from '../report/model.js';
import type { AcceptedFile, MarkedFinding } from './accepted.js';
import { acceptanceWarnings, acceptedFileName, applyAcceptances, readAccepted } from './accepted.js';
import type { Baseline } from './baseline.js';
import { countFixed, filterBaseline, readBaseline } from './baseline.js';
import type { ChangedFiles } from './changed-since.js';
import { filterChanged, listChangedFiles } from './changed-since.js';
import { displayPath } from '../manifest/load.js';

export interface GateOptions {
  /** Directory relative paths are resolved against and messages are relative to. */
  cwd: string;
  /** Absolute path of the scanned root. */
  root: string;
  /** `--baseline <file>`. */
  baseline?: string;
  /** `--accepted <file>`; default `candor-accepted.yaml` at the root when it exists. */
  accepted?: string;
  /** `--changed-since <ref>`. */
  changedSince?: string;
}

export interface GateOutcome {
  /** The findings to report, in report order, accepted ones marked. */
  findings: MarkedFinding[];
  /** Stale and expired acceptances: `file:line:column: warning: …`. */
  warnings: string[];
  /** What the gate left out, for people reading the terminal. */
  notes: string[];
}

/** The gate's inputs, read before the scan so a bad file or ref fails fast. */
export interface PreparedGates {
  /** Applies acceptances to the full scan, then the baseline, then `--changed-since`. */
  apply(scan: { report: Report; analyses: readonly FileAnalysis[] }, today: string): GateOutcome;
}

function reportPath(root: string, path: string): string {
  const relativePath = relative(root, path);
  const posix = (text: string): string => (sep === '/' ? text : text.split(sep).join('/'));
  return relativePath.startsWith('..') || isAbsolute(relativePath) ? posix(path) : posix(relativePath);
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * Reads the baseline and accepted-findings files and asks Git what changed. Fingerprints are always
 * those of the full scan: the gates only filter and mark, so a diff scan and a full scan agree.
 */
export function prepareGates(options: GateOptions): PreparedGates {
  const baselinePath = options.baseline === undefined ? undefined : resolve(options.cwd, options.baseline);
  const baseline: Baseline | undefined = baselinePath === undefined ? undefined : readBaseline(baselinePath, options.cwd);
  const defaultAccepted = join(options.root, acceptedFileName);
  const acceptedPath = options.accepted !== undefined ? resolve(options.cwd, options.accepted) : existsSync(defaultAccepted) ? defaultAccepted : undefined;
  const accepted: AcceptedFile | undefined = acceptedPath === undefined ? undefined : readAccepted(acceptedPath, options.cwd);
  const changed: ChangedFiles | undefined = options.changedSince === undefined ? undefined : listChangedFiles(options.root, options.changedSince);

  return {
    apply(scan, today) {
      const warnings: string[] = [];
      const notes: string[] = [];
      let findings: MarkedFinding[] = scan.report.findings;
      // Acceptances are matched against the full scan, so an entry is stale only when its finding is gone.
      if (accepted !== undefined) {
        const applied = applyAcceptances(findings, accepted.entries, today, reportPath(options.root, accepted.path));
        findings = applied.findings;
        warnings.push(...acceptanceWarnings(applied, accepted.path, options.cwd));
      }
      if (baseline !== undefined && baselinePath !== undefined) {
        const kept = filterBaseline(findings, baseline);
        const fixed = countFixed(scan.report.findings, baseline);
        const left = findings.length - kept.length;
        const shown = displayPath(baselinePath, options.cwd);
        if (left > 0 || fixed > 0) {
          notes.push(
            `${plural(left, 'finding')} in the baseline \`${shown}\` not reported` +
              (fixed > 0 ? `; ${plural(fixed, 'baseline entry', 'baseline entries')} no longer ${fixed === 1 ? 'matches' : 'match'} a finding (run \`candor baseline\` to drop ${fixed === 1 ? 'it' : 'them'}).` : '.'),
          );
        }
        findings = kept;
      }
      if (changed !== undefined) {
        const kept = filterChanged(findings, changed, {
          manifest: scan.report.manifest,
          policy: scan.report.policy,
          scannedFiles: scan.analyses.map((analysis) => analysis.file),
        });
        const left = findings.length - kept.length;
        if (left > 0) notes.push(`${plural(left, 'finding')} outside the files changed since \`${changed.ref}\` not reported.`);
        findings = kept;
      }
      return { findings, warnings, notes };
    },
  };
}
