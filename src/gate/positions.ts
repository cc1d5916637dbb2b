import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { displayPath } from '../manifest/load.js';
import { UserError } from '../util/user-error.js';
import { nodeOffset } from '../util/yaml-positions.js';

/** 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

export type NodePath = readonly (string | number)[];

/** A YAML (or JSON) text parsed with its positions kept, so a problem can name its line and column. */
export interface PositionedDocument {
  doc: Document;
  /** Position of an offset into the text. */
  at(offset: number): TextPosition;
  /** Position of the node at `path` (`['accepted', 2, 'expires']`), or of its nearest existing parent; with `atKey`, of the last key. */
  locate(path: NodePath, atKey?: boolean): TextPosition;
}

/** Parses YAML, or JSON (a subset of YAML 1.2), keeping positions like the manifest loader does. */
export function parsePositioned(text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): TextPosition => {
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  return { doc, at, locate: (path, atKey = false) => at(nodeOffset(doc, path, atKey)) };
}


/** `file:line:column: message`, the file relative to `cwd`; without a position, `file: message`. */
export function formatProblem(file: string, position: TextPosition | undefined, message: string, cwd: string): string {
  const shown = displayPath(file, cwd);
  return position === undefined ? `${shown}: ${message}` : `${shown}:${position.line}:${position.column}: ${message}`;
}

/** 1-based position of an offset, for texts not parsed by `parsePositioned` (JSON syntax errors). */
export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a file the user named; a missing or unreadable one is a `UserError` naming it, with the advice given. */
export function readUserFile(path: string, cwd: string, advice: { missing: string; unreadable: (reason: string) => string }): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const missing = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
    throw new UserError(formatProblem(path, undefined, missing ? advice.missing : advice.unreadable(error instanceof Error ? error.message : String(error)), cwd));
  }
}
