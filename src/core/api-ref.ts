import type { ApiRef } from './facts.js';

/**
 * Matching of canonical API references (`core/facts.ts`) against catalog patterns
 * (`catalog/types.ts` header). Patterns are compiled once; matching is a token walk.
 */

const callToken = '()';

const tokenCache = new Map<string, readonly string[]>();
const tokenCacheLimit = 50_000;

/**
 * Splits a reference into tokens: `next/headers#cookies().set` → `next/headers#`, `cookies`, `()`, `set`.
 * Memoised: the same references recur across every pattern and every file.
 */
export function tokenizeRef(ref: ApiRef): readonly string[] {
  const cached = tokenCache.get(ref);
  if (cached !== undefined) return cached;
  const tokens = splitRef(ref);
  if (tokenCache.size >= tokenCacheLimit) tokenCache.clear();
  tokenCache.set(ref, tokens);
  return tokens;
}

function splitRef(ref: ApiRef): string[] {
  const tokens: string[] = [];
  let rest = ref;
  const hash = ref.indexOf('#');
  if (hash >= 0) {
    tokens.push(ref.slice(0, hash + 1));
    rest = ref.slice(hash + 1);
  }
  if (rest === '') return tokens;
  for (const segment of rest.split('.')) {
    let name = segment;
    let calls = 0;
    while (name.endsWith(callToken)) {
      name = name.slice(0, -callToken.length);
      calls++;
    }
    if (name !== '') tokens.push(name);
    for (let i = 0; i < calls; i++) tokens.push(callToken);
  }
  return tokens;
}

interface CompiledAlternative {
  suffix: boolean;
  tokens: string[][];
  /** Names the reference's last token must be one of (an exact match ends on a name); undefined = any. */
  last: ReadonlySet<string> | undefined;
}

export interface RefPattern {
  source: string;
  alternatives: CompiledAlternative[];
}

/** Compiles a pattern; `, ` separates whole alternative patterns. */
export function compileRefPattern(pattern: string): RefPattern {
  const alternatives: CompiledAlternative[] = [];
  for (const raw of pattern.split(', ')) {
    const suffix = raw.startsWith('...');
    const body = suffix ? raw.slice(3) : raw;
    const tokens = splitRef(body).map(splitAlternatives);
    const lastOptions = tokens.at(-1);
    const isPlainName = lastOptions !== undefined && lastOptions.every((option) => option !== '*' && option !== 'default' && !isModuleToken(option) && !option.startsWith('~'));
    alternatives.push({ suffix, tokens, last: isPlainName ? new Set(lastOptions) : undefined });
  }
  return { source: pattern, alternatives };
}

/** `~res|response` is the local `res` or the local `response`: the `~` marks every alternative. */
function splitAlternatives(token: string): string[] {
  if (!token.startsWith('~')) return token.split('|');
  return token.slice(1).split('|').map((option) => `~${option}`);
}

function isModuleToken(token: string): boolean {
  return token.endsWith('#');
}

function matchesToken(options: readonly string[], token: string): boolean {
  for (const option of options) {
    if (option === token) return true;
    if (option === '*' && token !== callToken) return true;
    if (isModuleToken(option) && isModuleToken(token) && option.endsWith('/*#')) {
      const prefix = option.slice(0, -2);
      if (token.startsWith(prefix)) return true;
    }
    if (option.startsWith('~') && token.startsWith('~')) {
      const names = option.slice(1);
      if (names === '*' || names === token.slice(1)) return true;
    }
    if (option === '~*' && token.startsWith('~')) return true;
  }
  return false;
}

/**
 * Matches pattern tokens against reference tokens from `start`, exactly to the end (or, with
 * `prefix`, to any point). `default` after a module is optional on either side, because CommonJS
 * `require` and ES default imports name the same object.
 */
function matchFrom(pattern: readonly (readonly string[])[], ref: readonly string[], prefix: boolean): boolean {
  let p = 0;
  let r = 0;
  while (p < pattern.length) {
    const options = pattern[p];
    const token = ref[r];
    if (options === undefined) return false;
    if (token === undefined) return false;
    if (!matchesToken(options, token)) {
      const previous = p > 0 ? pattern[p - 1] : undefined;
      const afterModule = previous !== undefined && previous.some(isModuleToken);
      if (afterModule && token === 'default') {
        r++;
        continue;
      }
      if (afterModule && options.length === 1 && options[0] === 'default') {
        p++;
        continue;
      }
      return false;
    }
    p++;
    r++;
  }
  return prefix || r === ref.length;
}

function matchSuffix(pattern: readonly (readonly string[])[], ref: readonly string[], prefix: boolean): boolean {
  const names = ref.filter((token) => token !== callToken);
  for (let end = prefix ? pattern.length : names.length; end <= names.length; end++) {
    if (end < pattern.length) continue;
    if (matchFrom(pattern, names.slice(end - pattern.length, end), false)) return true;
  }
  return false;
}

/**
 * True when `ref` matches `pattern`. With `prefix`, the pattern may match the start of a longer
 * reference (reading `navigator.plugins.length` is reading `navigator.plugins`).
 */
export function matchesRef(pattern: RefPattern, ref: ApiRef | readonly string[], prefix = false): boolean {
  const tokens = typeof ref === 'string' ? tokenizeRef(ref) : ref;
  const last = tokens.at(-1);
  for (const alternative of pattern.alternatives) {
    // Cheap rejection first: an exact match must end on one of the pattern's last names.
    if (!prefix && alternative.last !== undefined && (last === undefined || !alternative.last.has(last))) continue;
    if (alternative.suffix ? matchSuffix(alternative.tokens, tokens, prefix) : matchFrom(alternative.tokens, tokens, prefix)) {
      return true;
    }
  }
  return false;
}

/** The module a reference is rooted in (`js-cookie` for `js-cookie#default.set`), if any. */
export function refModule(ref: ApiRef): string | undefined {
  const hash = ref.indexOf('#');
  return hash >= 0 ? ref.slice(0, hash) : undefined;
}

/** The root token of a reference: a module (`js-cookie#`), a global (`document`) or a local (`~res`). */
export function refRoot(ref: ApiRef): string {
  const hash = ref.indexOf('#');
  if (hash >= 0) return ref.slice(0, hash + 1);
  const dot = ref.indexOf('.');
  const first = dot >= 0 ? ref.slice(0, dot) : ref;
  return first.endsWith(callToken) ? first.slice(0, -callToken.length) : first;
}

/** Roots a pattern can match: global names and module names (`navigator`, `js-cookie`, `@sentry/*`). */
export function patternRoots(pattern: string): string[] {
  const roots: string[] = [];
  for (const raw of pattern.split(', ')) {
    if (raw.startsWith('...')) continue;
    const first = splitRef(raw)[0];
    if (first === undefined || first === callToken || first.startsWith('~')) continue;
    if (isModuleToken(first)) roots.push(first.slice(0, -1));
    else for (const option of first.split('|')) if (option !== '*') roots.push(option);
  }
  return roots;
}

/** Names (not modules, locals or calls) appearing in a pattern; used to tell adapters which local chains matter. */
export function patternNames(pattern: string): string[] {
  const names: string[] = [];
  for (const raw of pattern.split(', ')) {
    const body = raw.startsWith('...') ? raw.slice(3) : raw;
    for (const token of splitRef(body)) {
      if (token === callToken || isModuleToken(token) || token.startsWith('~')) continue;
      for (const option of token.split('|')) if (option !== '*') names.push(option);
    }
  }
  return names;
}

/**
 * Patterns with payloads, bucketed by the name a matching reference must end with, so a reference is
 * compared only with the patterns that could match it. Insertion order is kept: `find` returns the
 * first pattern added that matches.
 */
export class RefIndex<T> {
  private readonly byLast = new Map<string, { order: number; pattern: RefPattern; payload: T }[]>();
  private readonly anyLast: { order: number; pattern: RefPattern; payload: T }[] = [];
  private readonly all: { order: number; pattern: RefPattern; payload: T }[] = [];
  /** For prefix matching (reads), where the last name says nothing: buckets by root token. */
  private readonly byFirst = new Map<string, { order: number; pattern: RefPattern; payload: T }[]>();
  private readonly anyFirst: { order: number; pattern: RefPattern; payload: T }[] = [];
  /** Results by reference: the same references (`fetch`, `localStorage.setItem`) recur in every file. */
  private readonly memo = new Map<string, { pattern: RefPattern; payload: T }[]>();

  add(pattern: RefPattern, payload: T): void {
    const entry = { order: this.all.length, pattern, payload };
    this.all.push(entry);
    this.addByFirst(pattern, entry);
    const lasts = new Set<string>();
    for (const alternative of pattern.alternatives) {
      if (alternative.last === undefined) {
        this.anyLast.push(entry);
        return;
      }
      for (const name of alternative.last) lasts.add(name);
    }
    for (const name of lasts) {
      const bucket = this.byLast.get(name) ?? [];
      bucket.push(entry);
      this.byLast.set(name, bucket);
    }
  }

  private addByFirst(pattern: RefPattern, entry: { order: number; pattern: RefPattern; payload: T }): void {
    const keys = new Set<string>();
    for (const alternative of pattern.alternatives) {
      const first = alternative.tokens[0];
      const plain = !alternative.suffix && first !== undefined && first.every((option) => option !== '*' && option !== '~*' && !option.endsWith('/*#'));
      if (!plain) {
        this.anyFirst.push(entry);
        return;
      }
      for (const option of first) keys.add(option);
    }
    for (const key of keys) {
      const bucket = this.byFirst.get(key) ?? [];
      bucket.push(entry);
      this.byFirst.set(key, bucket);
    }
  }

  private candidates(tokens: readonly string[], prefix: boolean): { order: number; pattern: RefPattern; payload: T }[] {
    const [byKey, any] = prefix ? [this.byFirst.get(tokens[0] ?? ''), this.anyFirst] : [this.byLast.get(tokens.at(-1) ?? ''), this.anyLast];
    if (byKey === undefined) return any;
    if (any.length === 0) return byKey;
    return [...byKey, ...any].sort((a, b) => a.order - b.order);
  }

  /** Every payload whose pattern matches, in insertion order. `prefix` matches start of longer references. */
  findAll(ref: ApiRef | readonly string[], prefix = false): readonly { pattern: RefPattern; payload: T }[] {
    const key = typeof ref === 'string' ? (prefix ? `\u0000${ref}` : ref) : undefined;
    const known = key === undefined ? undefined : this.memo.get(key);
    if (known !== undefined) return known;
    const tokens = typeof ref === 'string' ? tokenizeRef(ref) : ref;
    const matches: { pattern: RefPattern; payload: T }[] = [];
    for (const candidate of this.candidates(tokens, prefix)) {
      if (matchesRef(candidate.pattern, tokens, prefix)) matches.push(candidate);
    }
    if (key !== undefined) {
      if (this.memo.size >= tokenCacheLimit) this.memo.clear();
      this.memo.set(key, matches);
    }
    return matches;
  }

  /** The first payload (in insertion order) whose pattern matches. */
  find(ref: ApiRef | readonly string[], prefix = false): T | undefined {
    return this.findAll(ref, prefix)[0]?.payload;
  }
}
