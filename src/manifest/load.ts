/**
 * Reads `privacy.yaml`: YAML with positions kept, the zod schema for shape, `validate.ts` for meaning.
 * Every problem becomes a diagnostic with the line and column of the YAML node it is about, so a user
 * sees `privacy.yaml:12:5: unknown category "user.contact.emial"; did you mean "user.contact.email"?`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { YAMLError } from 'yaml';
import { nodeOffset } from '../util/yaml-positions.js';
import { z } from 'zod';
import { closest } from '../util/edit-distance.js';
import type { Manifest } from './model.js';
import { manifestSchema } from './schema.js';
import { checkManifest } from './validate.js';
import type { ManifestPath } from './validate.js';

/** 1-based line and column. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface ManifestDiagnostic {
  /** Absolute path of the manifest. */
  file: string;
  /** 1-based; 0 when the diagnostic is about the whole file (it could not be read). */
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface LoadedManifest {
  /** Absolute path. */
  path: string;
  /** Directory paths inside the manifest (policy.text, surface globs) are relative to. */
  dir: string;
  manifest: Manifest;
  /** Position of the YAML node at a path such as ['recipients', 2, 'vendor'] (falls back to the nearest existing parent). */
  locate(path: readonly (string | number)[]): SourcePosition;
  /** Non-fatal diagnostics (warnings such as a Safe Harbor transfer mechanism). */
  warnings: ManifestDiagnostic[];
}

/** A manifest that cannot be used. `message` lists every error, one `file:line:column: message` per line. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  readonly diagnostics: ManifestDiagnostic[];

  constructor(diagnostics: ManifestDiagnostic[], cwd: string = process.cwd()) {
    super(diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, cwd)).join('\n'));
    this.diagnostics = diagnostics;
  }
}

/**
 * `file:line:column: message` with the file relative to `cwd` and `/`-separated; warnings say so after the
 * position. A diagnostic about the whole file has no position.
 */
export function formatDiagnostic(diagnostic: ManifestDiagnostic, cwd: string = process.cwd()): string {
  const file = displayPath(diagnostic.file, cwd);
  const where = diagnostic.line === 0 ? file : `${file}:${diagnostic.line}:${diagnostic.column}`;
  return `${where}: ${diagnostic.severity === 'warning' ? 'warning: ' : ''}${diagnostic.message}`;
}

/** A path relative to `cwd` with `/` separators (absolute when outside `cwd`'s drive). */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const relativePath = relative(cwd, file);
  if (relativePath === '' || resolve(cwd, relativePath) !== resolve(file)) return file;
  return relativePath.split(sep).join('/');
}

/** Reads and checks a manifest; throws `ManifestError` when it cannot be read, parsed or validated. */
export function loadManifest(file: string): LoadedManifest {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ManifestError([{ file: path, line: 0, column: 0, severity: 'error', message: unreadable(error) }]);
  }
  return parseManifest(text, path);
}

/** Parses and checks manifest text; `file` names it in diagnostics and anchors relative paths. */
export function parseManifest(text: string, file: string): LoadedManifest {
  const path = resolve(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourcePosition => {
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  const diagnostic = (offset: number, severity: 'error' | 'warning', message: string): ManifestDiagnostic => ({
    file: path,
    ...at(offset),
    severity,
    message,
  });
  const yamlProblem = (problem: YAMLError, severity: 'error' | 'warning'): ManifestDiagnostic =>
    diagnostic(problem.pos[0], severity, yamlMessage(problem, text));
  const yamlWarnings = doc.warnings.map((warning) => yamlProblem(warning, 'warning'));
  if (doc.errors.length > 0) throw new ManifestError(doc.errors.map((error) => yamlProblem(error, 'error')));
  const locateOffset = (target: readonly (string | number)[], pointAtKey = false): number => nodeOffset(doc, target, pointAtKey);
  const locate = (target: readonly (string | number)[]): SourcePosition => at(locateOffset(target));

  let data: unknown;
  try {
    data = plain(doc.toJS({ maxAliasCount: 100 }));
  } catch (error) {
    // Only an alias bomb (more than 100 alias expansions) gets here.
    throw new ManifestError([diagnostic(0, 'error', `YAML error: ${error instanceof Error ? error.message : String(error)}`)]);
  }
  if (data === undefined) {
    throw new ManifestError([diagnostic(0, 'error', 'the manifest is empty; start it with privacy_manifest: 1')]);
  }
  const proseWarnings = mendProseLists(data).map((itemPath) =>
    diagnostic(
      locateOffset(itemPath),
      'warning',
      `this ${String(itemPath[itemPath.length - 2])} item reads as a mapping because of the ": " inside it; quote the whole item to keep it as text`,
    ),
  );
  const parsed = manifestSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const errors: ManifestDiagnostic[] = [];
    for (const issue of parsed.error.issues) {
      for (const problem of describeIssue(issue, [])) {
        errors.push(diagnostic(locateOffset(problem.path, problem.pointAtKey), 'error', problem.message));
      }
    }
    throw new ManifestError(sortDiagnostics(errors));
  }
  const checked = checkManifest(parsed.data);
  const issues = sortDiagnostics(checked.issues.map((issue) => diagnostic(locateOffset(issue.path), issue.severity, issue.message)));
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) throw new ManifestError(errors);
  return {
    path,
    dir: dirname(path),
    manifest: checked.manifest,
    locate,
    warnings: sortDiagnostics([...yamlWarnings, ...proseWarnings, ...issues.filter((issue) => issue.severity === 'warning')]),
  };
}

/** The nearest `privacy.yaml` (or `privacy.yml`) in `fromDir` or above it, up to and including `stopAt`. */
export function findManifest(fromDir: string, stopAt?: string): string | undefined {
  const stop = stopAt === undefined ? undefined : resolve(stopAt);
  let dir = resolve(fromDir);
  for (;;) {
    for (const name of ['privacy.yaml', 'privacy.yml']) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (dir === stop || parent === dir) return undefined;
    dir = parent;
  }
}

function sortDiagnostics(diagnostics: ManifestDiagnostic[]): ManifestDiagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * YAML 1.1 documents (`%YAML 1.1`) turn dates into `Date`s: back to `YYYY-MM-DD`. A key with no value
 * (`children:`) reads as null and means the same as leaving the key out.
 */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => (item === null ? null : plain(item)));
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      const cleaned = plain(field);
      if (cleaned !== undefined) result[key] = cleaned;
    }
    return result;
  }
  return value;
}

/** Lists of free text where an unquoted `: ` inside an item is a common slip. */
const proseLists: readonly (readonly string[])[] = [
  ['policy', 'gaps'],
  ['security', 'statements'],
];

/**
 * `- Cookies: not covered` in a list of prose is a one-pair mapping to YAML; read it back as the text the
 * author wrote (`Cookies: not covered`) and return the paths of the items mended, for warnings.
 */
function mendProseLists(data: unknown): ManifestPath[] {
  const mended: ManifestPath[] = [];
  for (const listPath of proseLists) {
    let list: unknown = data;
    for (const key of listPath) list = isRecord(list) ? list[key] : undefined;
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      if (!isRecord(item)) return;
      const entries = Object.entries(item);
      const [only] = entries;
      if (entries.length !== 1 || only === undefined || typeof only[1] === 'object') return;
      list[index] = `${only[0]}: ${String(only[1])}`;
      mended.push([...listPath, index]);
    });
  }
  return mended;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unreadable(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'file not found; create it (candor init drafts one) or pass the path of your manifest';
    case 'EISDIR':
      return 'is a directory; pass the path of the manifest file (privacy.yaml)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; make the file readable';
    default:
      return `cannot read the file (${error instanceof Error ? error.message : String(error)})`;
  }
}

function yamlMessage(problem: YAMLError, source: string): string {
  if (problem.code === 'DUPLICATE_KEY') {
    // The error marks only the key's first character; the key runs to its colon.
    const key = /^(?:"([^"]*)"|'([^']*)'|([^:\n]*?))\s*:/.exec(source.slice(problem.pos[0]));
    const name = key?.[1] ?? key?.[2] ?? key?.[3];
    return `duplicate key${name === undefined ? '' : ` "${name}"`}; a key may appear once in a mapping, so merge the two`;
  }
  // The yaml package appends the position and a source excerpt; the diagnostic has its own position.
  const firstLine = problem.message.split('\n')[0] ?? problem.message;
  return `YAML syntax error: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`;
}

interface Problem {
  path: ManifestPath;
  pointAtKey: boolean;
  message: string;
}

const yes = new Set(['yes', 'y', 'on', 'true']);
const no = new Set(['no', 'n', 'off', 'false']);
/** For enum fields, what a YAML 1.1 yes/no most likely meant. */
const noMeans = ['never', 'none', 'not_honored', 'not_required', 'not_collected'];
const yesMeans = ['allowed', 'honored', 'required', 'collected'];

function describeIssue(issue: z.core.$ZodIssue, prefix: ManifestPath): Problem[] {
  const path: ManifestPath = [...prefix, ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)))];
  const input: unknown = 'input' in issue ? issue.input : undefined;
  const field = fieldName(path);
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const key = path[path.length - 1];
    const parent = path.slice(0, -1);
    const hint = key === 'privacy_manifest' ? 'add privacy_manifest: 1 at the top' : 'add it';
    return [{ path: parent, pointAtKey: false, message: `missing required key "${String(key)}" in ${where(parent)}; ${hint}` }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], pointAtKey: true, message: unknownKey(key, path) }));
    case 'invalid_value': {
      if (path.length === 1 && path[0] === 'privacy_manifest') {
        return [{ path, pointAtKey: false, message: `privacy_manifest ${show(input)} is not supported; this version of Candor reads privacy_manifest: 1` }];
      }
      return [{ path, pointAtKey: false, message: badEnum(input, field, issue.values.map(String)) }];
    }
    case 'invalid_type':
      return [{ path, pointAtKey: false, message: wrongType(field, issue.expected, input) }];
    case 'invalid_format':
      if (issue.format === 'date') return [{ path, pointAtKey: false, message: `${show(input)} is not a valid date for ${field}; write it as YYYY-MM-DD` }];
      return [{ path, pointAtKey: false, message: `${show(input)} is not a valid ${field}; ${issue.message}` }];
    case 'too_small':
      return [
        {
          path,
          pointAtKey: false,
          message: issue.origin === 'string' ? `${field} must not be empty` : `${field} must be at least ${String(issue.minimum)}`,
        },
      ];
    case 'too_big':
      return [{ path, pointAtKey: false, message: `${field} must be at most ${String(issue.maximum)}` }];
    case 'invalid_union':
      return unionProblems(issue.errors, path, input, field);
    default:
      return [{ path, pointAtKey: false, message: `${field}: ${issue.message}` }];
  }
}

/**
 * A union fails in every branch; report the branch the input was aiming at (the one that got past the
 * type check), or, when none did, the types the value may have.
 */
function unionProblems(branches: readonly (readonly z.core.$ZodIssue[])[], path: ManifestPath, input: unknown, field: string): Problem[] {
  const aimed = branches.filter((issues) => !issues.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0));
  if (aimed.length === 1 && aimed[0] !== undefined) return aimed[0].flatMap((issue) => describeIssue(issue, path));
  const expected = new Set<string>();
  for (const issues of branches) for (const issue of issues) if (issue.code === 'invalid_type' && issue.path.length === 0) expected.add(expectedWords(issue.expected));
  return [{ path, pointAtKey: false, message: `${field} must be ${[...expected].join(' or ')}, not ${describeValue(input)}` }];
}

function unknownKey(key: string, path: ManifestPath): string {
  const valid = objectKeysAt(manifestSchema, path);
  const suggestion = closest(key, valid);
  const advice = suggestion !== undefined ? `did you mean "${suggestion}"?` : valid.length > 0 ? `use one of ${valid.join(', ')}` : 'remove it';
  return `unknown key "${key}" in ${where(path)}; ${advice}`;
}

function badEnum(input: unknown, field: string, values: readonly string[]): string {
  const written = typeof input === 'string' ? input.toLowerCase() : input;
  const isNo = written === false || (typeof written === 'string' && no.has(written));
  const isYes = written === true || (typeof written === 'string' && yes.has(written));
  const meant = isNo ? noMeans.find((value) => values.includes(value)) : isYes ? yesMeans.find((value) => values.includes(value)) : undefined;
  if (meant !== undefined) {
    // YAML 1.1 reads yes/no as booleans, so the vocabulary avoids them; say which word was meant.
    return `${show(input)} is not a valid ${field}; write ${meant} instead (one of ${values.join(', ')})`;
  }
  const suggestion = typeof input === 'string' ? closest(input.replaceAll('-', '_'), values) : undefined;
  return suggestion !== undefined
    ? `${show(input)} is not a valid ${field}; did you mean "${suggestion}"?`
    : `${show(input)} is not a valid ${field}; use one of ${values.join(', ')}`;
}

function wrongType(field: string, expected: string, input: unknown): string {
  if (expected === 'boolean' && typeof input === 'string') {
    const word = input.toLowerCase();
    if (yes.has(word) || no.has(word)) return `${field} must be true or false, not "${input}"; write ${yes.has(word) ? 'true' : 'false'}`;
  }
  const listHint = expected === 'array' && (typeof input === 'string' || typeof input === 'number') ? `; write [${String(input)}]` : '';
  return `${field} must be ${expectedWords(expected)}, not ${describeValue(input)}${listHint}`;
}

function expectedWords(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    default:
      return expected;
  }
}

function describeValue(input: unknown): string {
  if (input === null || input === undefined) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `"${input}"`;
  return String(input);
}

function show(input: unknown): string {
  return typeof input === 'string' ? `"${input}"` : String(input);
}

/** The key a value belongs to: `consent`, `on_discovery` for its items, `categories[2]` for a list item of objects. */
function fieldName(path: ManifestPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return 'the manifest';
}

/** `the top level`, `recipients[2]`, `collect[0].retention`. */
function where(path: ManifestPath): string {
  if (path.length === 0) return 'the top level';
  let text = '';
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  return text;
}

/** Keys the schema allows for the object at `path`, in schema order. */
function objectKeysAt(schema: z.core.$ZodType, path: ManifestPath): string[] {
  let current: z.core.$ZodType | undefined = objectBranch(schema);
  for (const segment of path) {
    if (current instanceof z.ZodObject && typeof segment === 'string') {
      const shape: Record<string, z.core.$ZodType> = current.shape;
      current = shape[segment];
    } else if (current instanceof z.ZodArray) {
      current = current.element;
    } else if (current instanceof z.ZodRecord) {
      current = current.valueType;
    } else {
      return [];
    }
    current = current === undefined ? undefined : objectBranch(current);
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Looks through optional/nullable wrappers and, in a union, at the object (or list) branch. */
function objectBranch(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap();
    } else if (current instanceof z.ZodUnion) {
      const options: readonly z.core.$ZodType[] = current.options;
      const structured = options.find((option) => option instanceof z.ZodObject || option instanceof z.ZodArray);
      if (structured === undefined) return current;
      current = structured;
    } else {
      return current;
    }
  }
}
