/**
 * Facts: the parser-neutral records an adapter extracts from one source file in a single walk.
 * Detection (`core/detect`) reads only facts, never syntax trees, so every engine that can produce
 * facts gets the same observations.
 */

/** A 1-based source range. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A value read by static evaluation: literals, same-file constants and templates with known parts.
 * Nothing is ever executed.
 */
export type StaticValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  /**
   * A template or concatenation with unknown parts; `pattern` keeps the known parts and `*` for the
   * rest, `names` the identifiers and property names the unknown parts read.
   */
  | { kind: 'template'; pattern: string; names: readonly string[] }
  | { kind: 'object'; properties: Readonly<Record<string, StaticValue>>; hasSpread: boolean }
  | { kind: 'array'; elements: readonly StaticValue[] }
  | { kind: 'function' }
  /**
   * Not statically known. `names` are the identifiers and property names the expression reads
   * (`user.email` gives `['user', 'email']`), which detectors use to tell what data a value is built from.
   */
  | { kind: 'unknown'; reason: string; names: readonly string[] };

/**
 * A reference to an API, in canonical form:
 * - a global: `navigator.geolocation.getCurrentPosition` (`window.`, `globalThis.` and `self.` are dropped);
 * - an import: `js-cookie#default.set`, `@sentry/react#init` (namespace members become named exports);
 * - a local binding the adapter could not trace: `~res.cookie`.
 * A call inside the chain is written `()`: `next/headers#cookies().set`. A computed member whose key is
 * not a static string is written `[]`.
 */
export type ApiRef = string;

export interface ImportFact {
  kind: 'import';
  module: string;
  range: SourceRange;
}

export interface CallFact {
  kind: 'call';
  callee: ApiRef;
  isNew: boolean;
  args: readonly StaticValue[];
  range: SourceRange;
  /** The callee's own range: the shortest span to point at. */
  calleeRange: SourceRange;
  text: string;
}

export interface AssignFact {
  kind: 'assign';
  /** The object assigned into: `document` for `document.cookie = …`, `localStorage` for `localStorage[k] = …`. */
  object: ApiRef;
  property: StaticValue;
  value: StaticValue;
  range: SourceRange;
  text: string;
}

export interface ReadFact {
  kind: 'read';
  ref: ApiRef;
  range: SourceRange;
  text: string;
}

export interface ElementFact {
  kind: 'element';
  /** Tag as written: `input`, `script`, `Input`, `CardElement`. */
  tag: string;
  /** Canonical reference when the tag is an imported component: `@stripe/react-stripe-js#CardElement`. */
  tagRef?: ApiRef;
  attributes: Readonly<Record<string, StaticValue>>;
  /** Text of the label that names this field (enclosing `<label>` or `<label for>`), when there is one. */
  label?: string;
  range: SourceRange;
  text: string;
}

/** A string literal that is an absolute URL (`https://…`, `//host/…`). */
export interface UrlFact {
  kind: 'url';
  url: string;
  range: SourceRange;
}

export type Fact = ImportFact | CallFact | AssignFact | ReadFact | ElementFact | UrlFact;

export type SourceLanguage = 'ts' | 'tsx' | 'js' | 'jsx' | 'html';

/** Everything an adapter extracts from one file. */
export interface FileFacts {
  /** Path relative to the scanned root (scanner) or as given by ESLint, with `/` separators. */
  file: string;
  language: SourceLanguage;
  imports: ImportFact[];
  calls: CallFact[];
  assignments: AssignFact[];
  reads: ReadFact[];
  elements: ElementFact[];
  urls: UrlFact[];
  /** Every string literal value in the file (deduplicated), for guards such as "mentions `password`". */
  strings: ReadonlySet<string>;
  /** Source lines, for evidence text. */
  lines: readonly string[];
}
