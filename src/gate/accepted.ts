/**
 * Accepted findings, kept outside the code in a YAML file (`candor-accepted.yaml`): each names a finding
 * by fingerprint, with why it is acceptable, who decided and, optionally, until when. Accepted findings
 * stay in every report, marked, so an auditor sees them; they never fail the gate. An acceptance past its
 * expiry date no longer applies: the finding counts again and says why.
 */
import { isMap, isSeq } from 'yaml';
import type { Finding } from '../check/finding.js';
import { closest } from '../util/edit-distance.js';
import { UserError } from '../util/user-error.js';
import type { NodePath, TextPosition } from './positions.js';
import { formatProblem, isRecord, parsePositioned, readUserFile } from './positions.js';

/** Default file name, looked up at the scanned root. */
export const acceptedFileName = 'candor-accepted.yaml';

/** One entry of the accepted-findings file. */
export interface AcceptedEntry extends TextPosition {
  fingerprint: string;
  reason: string;
  author: string;
  /** Last day the acceptance applies (YYYY-MM-DD). */
  expires?: string;
  note?: string;
}

export interface AcceptedFile {
  /** Absolute path. */
  path: string;
  entries: AcceptedEntry[];
}

/**
 * What a finding carries once an entry matched it. `status: 'accepted'` is what the reports read
 * (`report/present.ts` `getAcceptance`); `expired` keeps the details so the JSON report says why the
 * finding counts again.
 */
export interface AcceptanceMark {
  status: 'accepted' | 'expired';
  reason: string;
  author: string;
  expires?: string;
  note?: string;
}

export type MarkedFinding = Finding & Partial<AcceptanceMark>;

const entryKeys = ['fingerprint', 'reason', 'author', 'expires', 'note'] as const;
const fingerprintPattern = /^[0-9a-f]{32}$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads accepted-findings text; `file` names it in errors, one `file:line:column: message` per line
 * (relative to `cwd`). Throws `UserError` listing every problem.
 */
export function parseAccepted(text: string, file: string, cwd: string = process.cwd()): AcceptedFile {
  const positioned = parsePositioned(text);
  const problems: { position: TextPosition; message: string }[] = [];
  const report = (path: NodePath, message: string, atKey = false): void => {
    problems.push({ position: positioned.locate(path, atKey), message });
  };
  const fail = (): UserError =>
    new UserError(
      problems
        .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column)
        .map((problem) => formatProblem(file, problem.position, problem.message, cwd))
        .join('\n'),
    );

  if (positioned.doc.errors.length > 0) {
    for (const error of positioned.doc.errors) {
      const first = error.message.split('\n')[0] ?? error.message;
      problems.push({ position: positioned.at(error.pos[0]), message: `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}; fix the syntax.` });
    }
    throw fail();
  }
  const contents = positioned.doc.contents;
  // An empty file accepts nothing.
  if (contents === null) return { path: file, entries: [] };
  if (!isMap(contents)) {
    report([], 'the accepted-findings file must be a mapping with an `accepted:` list; start it with `accepted:`.');
    throw fail();
  }
  const data: unknown = positioned.doc.toJS({ maxAliasCount: 100 });
  const root = isRecord(data) ? data : {};
  for (const key of Object.keys(root)) {
    if (key !== 'accepted') report([key], `unknown key \`${key}\` at the top level; the file holds one list, \`accepted\`.`, true);
  }
  const list = root.accepted;
  if (list === undefined || list === null) {
    if (problems.length > 0) throw fail();
    return { path: file, entries: [] };
  }
  if (!Array.isArray(list) || !isSeq(contents.get('accepted', true))) {
    report(['accepted'], '`accepted` must be a list of entries, each `- fingerprint: …` with `reason` and `author`.');
    throw fail();
  }
  const entries: AcceptedEntry[] = [];
  const firstLine = new Map<string, number>();
  const items: unknown[] = list;
  for (const [index, item] of items.entries()) {
    const path = ['accepted', index];
    if (!isRecord(item)) {
      report(path, `accepted[${index}] must be a mapping with \`fingerprint\`, \`reason\` and \`author\`.`);
      continue;
    }
    for (const key of Object.keys(item)) {
      if (entryKeys.some((known) => known === key)) continue;
      const suggestion = closest(key, entryKeys);
      report([...path, key], `unknown key \`${key}\` in accepted[${index}]; ${suggestion === undefined ? `use ${entryKeys.join(', ')}` : `did you mean \`${suggestion}\`?`}`, true);
    }
    const position = positioned.locate(path);
    const fingerprint = readText(item, 'fingerprint', path, index, report);
    const reason = readText(item, 'reason', path, index, report);
    const author = readText(item, 'author', path, index, report);
    const expires = readOptional(item, 'expires', path, report);
    const note = readOptional(item, 'note', path, report);
    if (fingerprint !== undefined && !fingerprintPattern.test(fingerprint)) {
      report([...path, 'fingerprint'], `fingerprint \`${fingerprint}\` is not one Candor writes (32 lowercase hex digits); copy it from the \`fingerprint\` of a finding in \`candor scan --format json\`.`);
    }
    if (expires !== undefined && !isCalendarDate(expires)) {
      report([...path, 'expires'], `expires \`${expires}\` is not a date; write it as YYYY-MM-DD.`);
    }
    if (fingerprint !== undefined) {
      const earlier = firstLine.get(fingerprint);
      if (earlier !== undefined) report([...path, 'fingerprint'], `fingerprint \`${fingerprint}\` is already accepted on line ${earlier}; keep one entry.`);
      else firstLine.set(fingerprint, positioned.locate([...path, 'fingerprint']).line);
    }
    if (fingerprint === undefined || reason === undefined || author === undefined) continue;
    const entry: AcceptedEntry = { fingerprint, reason, author, line: position.line, column: position.column };
    if (expires !== undefined) entry.expires = expires;
    if (note !== undefined) entry.note = note;
    entries.push(entry);
  }
  if (problems.length > 0) throw fail();
  return { path: file, entries };
}

type ReportProblem = (path: NodePath, message: string, atKey?: boolean) => void;

function readText(item: Record<string, unknown>, key: 'fingerprint' | 'reason' | 'author', path: NodePath, index: number, report: ReportProblem): string | undefined {
  const value = item[key];
  if (value === undefined || value === null) {
    const what = key === 'fingerprint' ? 'the finding\'s fingerprint' : key === 'reason' ? 'why the finding is acceptable' : 'who accepted it';
    report(path, `accepted[${index}] has no \`${key}\`; add ${what}.`);
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    report([...path, key], `\`${key}\` must be text${typeof value === 'string' ? ', not empty' : ''}; quote it if it looks like a number or a date.`);
    return undefined;
  }
  return value.trim();
}

function readOptional(item: Record<string, unknown>, key: 'expires' | 'note', path: NodePath, report: ReportProblem): string | undefined {
  const value = item[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report([...path, key], `\`${key}\` must be text; quote it.`);
    return undefined;
  }
  return value.trim();
}

/** Reads an accepted-findings file; an unreadable file is a `UserError` naming it. */
export function readAccepted(path: string, cwd: string = process.cwd()): AcceptedFile {
  const text = readUserFile(path, cwd, {
    missing: 'no such accepted-findings file; fix the --accepted path.',
    unreadable: (reason) => `cannot read the accepted-findings file (${reason}).`,
  });
  return parseAccepted(text, path, cwd);
}

export interface AppliedAcceptances {
  /** The findings in their order, matched ones marked. */
  findings: MarkedFinding[];
  /** Entries that match no finding (fixed, or the finding changed): stale. */
  stale: AcceptedEntry[];
  /** Entries past their expiry date that matched a finding: it counts again. */
  expired: AcceptedEntry[];
}

/**
 * Marks the findings the entries accept. `today` (YYYY-MM-DD) decides expiry: an acceptance applies
 * through its `expires` day. `label` names the file in the message of a finding whose acceptance expired.
 */
export function applyAcceptances(findings: readonly Finding[], entries: readonly AcceptedEntry[], today: string, label: string): AppliedAcceptances {
  const byFingerprint = new Map(entries.map((entry) => [entry.fingerprint, entry]));
  const used = new Set<string>();
  const expired: AcceptedEntry[] = [];
  const marked = findings.map((finding): MarkedFinding => {
    const entry = byFingerprint.get(finding.fingerprint);
    if (entry === undefined) return finding;
    used.add(entry.fingerprint);
    const details = { reason: entry.reason, author: entry.author, ...(entry.expires === undefined ? {} : { expires: entry.expires }), ...(entry.note === undefined ? {} : { note: entry.note }) };
    if (entry.expires === undefined || entry.expires >= today) return { ...finding, status: 'accepted', ...details };
    expired.push(entry);
    // Every format shows the message, so the expiry reaches the terminal, the PR comment and the auditor alike.
    return {
      ...finding,
      status: 'expired',
      ...details,
      message: `${finding.message} Its acceptance by ${entry.author} expired on ${entry.expires}; fix the finding, or renew the entry in \`${label}\`.`,
    };
  });
  return { findings: marked, stale: entries.filter((entry) => !used.has(entry.fingerprint)), expired };
}

/** Warnings for stale and expired entries, one `file:line:column: warning: …` each. */
export function acceptanceWarnings(applied: AppliedAcceptances, file: string, cwd: string = process.cwd()): string[] {
  const warnings = [
    ...applied.expired.map((entry) => ({
      entry,
      message: `warning: the acceptance of \`${entry.fingerprint}\` expired on ${entry.expires ?? ''}, so the finding counts again; fix it, or renew \`expires\`.`,
    })),
    ...applied.stale.map((entry) => ({
      entry,
      message: `warning: accepted finding \`${entry.fingerprint}\` matches no finding any more (fixed, or changed); remove the entry.`,
    })),
  ];
  return warnings.sort((a, b) => a.entry.line - b.entry.line).map(({ entry, message }) => formatProblem(file, entry, message, cwd));
}

/** Today in UTC as YYYY-MM-DD, the form `expires` is compared in. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
