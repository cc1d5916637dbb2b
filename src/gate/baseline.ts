/**
 * Baselines: today's findings recorded by fingerprint, so `candor scan --baseline` reports only new
 * ones and an existing project can adopt Candor without fixing everything first. Fingerprints leave
 * out line numbers (`check/fingerprint.ts`), so a baseline survives unrelated edits and moved code.
 */
import type { Finding, FindingType } from '../check/finding.js';
import { UserError } from '../util/user-error.js';
import { toolVersion } from '../version.js';
import type { NodePath } from './positions.js';
import { formatProblem, isRecord, parsePositioned, positionOf, readUserFile } from './positions.js';

/** The `format` marker that tells a baseline from every other JSON file (a JSON report included). */
export const baselineFormat = 'candor-baseline';
export const baselineVersion = 1;

/** One recorded finding: the fingerprint decides; the rest is there for people reading the file. */
export interface BaselineEntry {
  fingerprint: string;
  type: FindingType | string;
  ruleId: string;
  file: string;
  message: string;
}

export interface Baseline {
  format: typeof baselineFormat;
  version: typeof baselineVersion;
  tool: { name: 'candor'; version: string };
  /** ISO-8601 time the baseline was written. */
  createdAt: string;
  /** Sorted by file, then fingerprint, so rewriting a baseline gives a small diff. */
  findings: BaselineEntry[];
}

export interface CreateBaselineOptions {
  /** The clock, for `createdAt`. */
  now?: () => Date;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A baseline of every finding given, whatever its severity or acceptance. */
export function createBaseline(findings: readonly Finding[], options: CreateBaselineOptions = {}): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    entries.set(finding.fingerprint, { fingerprint: finding.fingerprint, type: finding.type, ruleId: finding.ruleId, file: finding.file, message: finding.message });
  }
  return {
    format: baselineFormat,
    version: baselineVersion,
    tool: { name: 'candor', version: toolVersion },
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    findings: [...entries.values()].sort((a, b) => compareText(a.file, b.file) || compareText(a.fingerprint, b.fingerprint)),
  };
}

/** The file text of a baseline: two-space JSON, one entry per block, a final newline. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** The findings whose fingerprint the baseline does not hold. */
export function filterBaseline<T extends Finding>(findings: readonly T[], baseline: Baseline): T[] {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint));
  return findings.filter((finding) => !known.has(finding.fingerprint));
}

/** How many baseline entries match no current finding: fixed since the baseline was written. */
export function countFixed(findings: readonly Finding[], baseline: Baseline): number {
  const current = new Set(findings.map((finding) => finding.fingerprint));
  return baseline.findings.filter((entry) => !current.has(entry.fingerprint)).length;
}

const fingerprintPattern = /^[0-9a-f]{32}$/;
const rewrite = 'write a new one with `candor baseline`';

/**
 * Reads baseline text; `file` names it in errors (`candor-baseline.json:3:5: …`, relative to `cwd`).
 * Throws `UserError` for text that is not JSON or not a Candor baseline.
 */
export function parseBaseline(text: string, file: string, cwd: string = process.cwd()): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(reason);
    const position = positionOf(text, offset?.[1] === undefined ? text.length : Number(offset[1]));
    const detail = reason.replace(/\s*(?:in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw new UserError(formatProblem(file, position, `not valid JSON (${detail}); fix the file, or ${rewrite}.`, cwd));
  }
  const positioned = parsePositioned(text);
  const problem = (path: NodePath, message: string): UserError => new UserError(formatProblem(file, positioned.locate(path), message, cwd));

  if (!isRecord(data) || data.format !== baselineFormat) {
    throw problem(isRecord(data) ? ['format'] : [], `not a Candor baseline (no \`"format": "${baselineFormat}"\`); pass the file \`candor baseline\` wrote, or ${rewrite}.`);
  }
  if (data.version !== baselineVersion) {
    throw problem(['version'], `baseline version ${JSON.stringify(data.version)} is not one this Candor reads (version ${baselineVersion}); ${rewrite}.`);
  }
  if (!Array.isArray(data.findings)) throw problem(['findings'], `\`findings\` must be a list; ${rewrite}.`);
  const findings: BaselineEntry[] = [];
  const list: unknown[] = data.findings;
  for (const [index, item] of list.entries()) {
    if (!isRecord(item)) throw problem(['findings', index], `findings[${index}] must be an object with a \`fingerprint\`; ${rewrite}.`);
    const fingerprint = item.fingerprint;
    if (typeof fingerprint !== 'string' || !fingerprintPattern.test(fingerprint)) {
      throw problem(['findings', index, 'fingerprint'], `findings[${index}].fingerprint must be 32 lowercase hex digits, as Candor writes them; ${rewrite}.`);
    }
    findings.push({ fingerprint, type: asText(item.type), ruleId: asText(item.ruleId), file: asText(item.file), message: asText(item.message) });
  }
  const tool = isRecord(data.tool) && typeof data.tool.version === 'string' ? data.tool.version : 'unknown';
  return {
    format: baselineFormat,
    version: baselineVersion,
    tool: { name: 'candor', version: tool },
    createdAt: asText(data.createdAt),
    findings,
  };
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Reads a baseline file; a missing or unreadable file is a `UserError` that says how to write one. */
export function readBaseline(path: string, cwd: string = process.cwd()): Baseline {
  const text = readUserFile(path, cwd, {
    missing: 'no such baseline file; write one with `candor baseline`, or fix the --baseline path.',
    unreadable: (reason) => `cannot read the baseline (${reason}); make it readable.`,
  });
  return parseBaseline(text, path, cwd);
}

/** True for text that is a Candor baseline (a re-run may replace it). */
export function isBaselineText(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return isRecord(data) && data.format === baselineFormat;
  } catch {
    return false;
  }
}
