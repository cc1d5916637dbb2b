import type { FileFacts, SourceRange, StaticValue } from '../facts.js';
import type { Observation, Unresolved } from '../observation.js';
import type { DetectionCatalog } from '../detection-catalog.js';

/** What every detector gets: the file's facts, the compiled catalog, and sinks for its results. */
export interface DetectContext {
  facts: FileFacts;
  catalog: DetectionCatalog;
  /** The file sends data off the device somewhere (fetch, beacon, socket, a vendor SDK). */
  transmits: boolean;
  observe(observation: Omit<Observation, 'file' | 'evidence' | keyof SourceRange>, range: SourceRange): void;
  unresolved(range: SourceRange, what: string): void;
}

const maxEvidenceLength = 160;

/** The trimmed source line at a range's start, shortened for reports. */
export function evidenceAt(lines: readonly string[], range: SourceRange): string {
  const line = (lines[range.line - 1] ?? '').trim();
  return line.length > maxEvidenceLength ? `${line.slice(0, maxEvidenceLength - 1)}…` : line;
}

export function createDetectContext(facts: FileFacts, catalog: DetectionCatalog, transmits: boolean): {
  context: DetectContext;
  observations: Observation[];
  unresolved: Unresolved[];
} {
  const observations: Observation[] = [];
  const unresolved: Unresolved[] = [];
  const context: DetectContext = {
    facts,
    catalog,
    transmits,
    observe(observation, range) {
      observations.push({
        ...observation,
        file: facts.file,
        line: range.line,
        column: range.column,
        endLine: range.endLine,
        endColumn: range.endColumn,
        evidence: evidenceAt(facts.lines, range),
      });
    },
    unresolved(range, what) {
      unresolved.push({ file: facts.file, line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn, what });
    },
  };
  return { context, observations, unresolved };
}

/** The string form of a key or name: literal text, or a template's known parts with `*`. */
export function keyPattern(value: StaticValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number') return String(value.value);
  if (value.kind === 'template') return value.pattern;
  return undefined;
}

/** Why a value could not be read, for `coverage.unresolved`. */
export function describeUnknown(value: StaticValue | undefined): string {
  if (value === undefined) return 'missing';
  if (value.kind === 'unknown') return value.reason;
  return `a ${value.kind} value`;
}

/** A property of an object value by dot path (`maskInputOptions.password`). */
export function propertyAt(value: StaticValue | undefined, path: string): StaticValue | undefined {
  let current = value;
  for (const key of path.split('.')) {
    if (current?.kind !== 'object') return undefined;
    current = current.properties[key];
  }
  return current;
}

/** Names a value is built from: object keys, identifiers and property names it reads. */
export function namesOf(value: StaticValue | undefined, into: string[] = [], owner = ''): string[] {
  if (value === undefined) return into;
  switch (value.kind) {
    case 'unknown':
    case 'template':
      into.push(...value.names);
      break;
    case 'object':
      // A nested key keeps its owner (`Headers.Name`), which tells a header's name from a person's.
      for (const [key, property] of Object.entries(value.properties)) {
        const path = owner === '' ? key : `${owner}.${key}`;
        into.push(path);
        namesOf(property, into, path);
      }
      break;
    case 'array':
      for (const element of value.elements) namesOf(element, into, owner);
      break;
    default:
      break;
  }
  return into;
}
