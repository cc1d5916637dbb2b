/**
 * The data-category, data-use and data-subject taxonomies (fideslang defaults plus Candor's extensions,
 * reference/manifest-model.md §4.2, §2.7, §2.3) and the lookups every other module uses on them.
 * The vocabularies themselves are data in `./data/`.
 */
import { closest } from '../util/edit-distance.js';
import { categoryData, compositeCategoryAliases } from './data/categories.js';
import { purposeData } from './data/purposes.js';
import { subjectData } from './data/subjects.js';

export interface CategoryEntry {
  /** Dot-separated fideslang key; an extension's parent is the key minus its last segment. */
  key: string;
  /** Human name in sentence case, e.g. `Email address`. */
  name: string;
  description: string;
  parent?: string;
  /** A Candor key that fideslang does not define (exports fall back to the nearest fideslang ancestor). */
  extension: boolean;
  /** Short names accepted in `privacy.yaml` (lower case, `_` separated). */
  aliases: readonly string[];
  /** Sensitive data: financial, credentials, precise location, government id, health, biometric, sensitive demographics, children. */
  sensitive: boolean;
  /** Apple `NSPrivacyCollectedDataType…` suffixes. */
  apple?: readonly string[];
  /** Google Play data safety type ids without the `PSL_` prefix. */
  google?: readonly string[];
  /** CCPA/CPRA category letters (A–L). */
  ccpa?: readonly string[];
}

export interface PurposeEntry {
  /** fideslang data-use key. */
  key: string;
  name: string;
  parent?: string;
  aliases: readonly string[];
  /** Apple `NSPrivacyCollectedDataTypePurpose…` suffix (inherited from the nearest ancestor that has one). */
  apple?: string;
  /** Google Play data safety purpose id, with its `PSL_` prefix (inherited likewise). */
  google?: string;
  /** IAB TCF v2.2 purposes (inherited likewise). */
  tcf?: readonly number[];
  /** IAB TCF v2.2 special purposes, which need no consent (SP1 security, SP2 delivery). */
  tcfSpecialPurposes?: readonly number[];
  /** Cookie category for storage items serving this purpose (inherited likewise). */
  cookieCategory?: string;
}

export interface SubjectEntry {
  key: string;
  name: string;
  /** For extensions: the fideslang subject it exports as. */
  extends?: string;
  extension: boolean;
}

function byKey<T extends { key: string }>(a: T, b: T): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** All data categories, sorted by key. */
export const categories: readonly CategoryEntry[] = [...categoryData].sort(byKey);

/** All data uses, sorted by key, with the cross-walk inherited down the tree. */
export const purposes: readonly PurposeEntry[] = inheritCrosswalk([...purposeData].sort(byKey));

/** All data subjects, sorted by key. */
export const subjects: readonly SubjectEntry[] = [...subjectData].sort(byKey);

const categoryByKey = new Map<string, CategoryEntry>(categories.map((entry) => [entry.key, entry]));
const purposeByKey = new Map<string, PurposeEntry>(purposes.map((entry) => [entry.key, entry]));
const subjectByKey = new Map<string, SubjectEntry>(subjects.map((entry) => [entry.key, entry]));

const categoryIndex = buildIndex(categories, compositeCategoryAliases);
const purposeIndex = buildIndex(purposes, {});

/** Lower case, `-` read as `_`, surrounding space dropped: `E-Mail ` → `e_mail`. */
function normalise(input: string): string {
  return input.trim().toLowerCase().replaceAll('-', '_');
}

function buildIndex(
  entries: readonly { key: string; aliases: readonly string[] }[],
  composite: Readonly<Record<string, readonly string[]>>,
): Map<string, readonly string[]> {
  const index = new Map<string, string[]>();
  const add = (name: string, key: string): void => {
    const normal = normalise(name);
    const keys = index.get(normal);
    if (keys === undefined) index.set(normal, [key]);
    else if (!keys.includes(key)) keys.push(key);
  };
  for (const entry of entries) add(entry.key, entry.key);
  for (const entry of entries) {
    // A key always resolves to itself alone, even if another entry lists the same word as an alias.
    for (const alias of entry.aliases) if (!isKeyOf(entries, normalise(alias))) add(alias, entry.key);
  }
  for (const [alias, keys] of Object.entries(composite)) for (const key of keys) add(alias, key);
  return index;
}

function isKeyOf(entries: readonly { key: string }[], name: string): boolean {
  for (const entry of entries) if (entry.key === name) return true;
  return false;
}

function inheritCrosswalk(entries: PurposeEntry[]): PurposeEntry[] {
  const byKeyMap = new Map(entries.map((entry) => [entry.key, entry]));
  const resolved = new Map<string, PurposeEntry>();
  const resolve = (entry: PurposeEntry): PurposeEntry => {
    const done = resolved.get(entry.key);
    if (done !== undefined) return done;
    const parent = entry.parent === undefined ? undefined : byKeyMap.get(entry.parent);
    const inherited = parent === undefined ? undefined : resolve(parent);
    const result: PurposeEntry = { ...entry };
    if (inherited !== undefined) {
      result.apple ??= inherited.apple;
      result.google ??= inherited.google;
      result.tcf ??= inherited.tcf;
      result.tcfSpecialPurposes ??= inherited.tcfSpecialPurposes;
      result.cookieCategory ??= inherited.cookieCategory;
    }
    for (const field of ['apple', 'google', 'tcf', 'tcfSpecialPurposes', 'cookieCategory'] as const) {
      if (result[field] === undefined) delete result[field];
    }
    resolved.set(entry.key, result);
    return result;
  };
  return entries.map(resolve);
}

export function getCategory(key: string): CategoryEntry | undefined {
  return categoryByKey.get(key);
}

export function getPurpose(key: string): PurposeEntry | undefined {
  return purposeByKey.get(key);
}

export function getSubject(key: string): SubjectEntry | undefined {
  return subjectByKey.get(key);
}

/**
 * Canonical keys for a key or alias (aliases may expand to several keys, e.g. `billing_info`); undefined if
 * unknown. Case-insensitive for aliases; accepts `-` for `_`.
 */
export function resolveCategory(keyOrAlias: string): readonly string[] | undefined {
  return categoryIndex.get(normalise(keyOrAlias));
}

/** Canonical data-use keys for a key or alias (`newsletter` → `marketing.communications.email`); undefined if unknown. */
export function resolvePurpose(keyOrAlias: string): readonly string[] | undefined {
  return purposeIndex.get(normalise(keyOrAlias));
}

/** The canonical subject key (`Job-Applicant` → `job_applicant`); undefined if unknown. */
export function resolveSubject(keyOrAlias: string): string | undefined {
  const normal = normalise(keyOrAlias).replaceAll(/\s+/g, '_');
  return subjectByKey.has(normal) ? normal : undefined;
}

/** True when `declared` covers `found`: equal, or `declared` is an ancestor of `found` (`user.contact` covers `user.contact.email`). */
export function coversCategory(declared: string, found: string): boolean {
  return found === declared || (found.startsWith(declared) && found.charCodeAt(declared.length) === 46 /* . */);
}

/** Every ancestor of a key, nearest first: `user.contact.email` → `user.contact`, `user`. */
export function categoryAncestors(key: string): string[] {
  const result: string[] = [];
  let end = key.lastIndexOf('.');
  while (end > 0) {
    result.push(key.slice(0, end));
    end = key.lastIndexOf('.', end - 1);
  }
  return result;
}

/** The key or alias closest to a misspelt input (edit distance, also prefix/segment aware), for "did you mean" messages. */
export function suggestCategory(input: string): string | undefined {
  return suggest(input, categoryIndex, ['user', 'system']);
}

/** The data-use key or alias closest to a misspelt input. */
export function suggestPurpose(input: string): string | undefined {
  return suggest(input, purposeIndex, []);
}

function suggest(input: string, index: ReadonlyMap<string, readonly string[]>, roots: readonly string[]): string | undefined {
  const normal = normalise(input);
  if (normal === '') return undefined;
  const known = index.get(normal);
  if (known !== undefined) return known.length === 1 ? known[0] : normal;
  // A missing root (`contact.email`) is the commonest slip in hand-written keys.
  for (const root of roots) if (index.has(`${root}.${normal}`)) return `${root}.${normal}`;
  const dot = normal.lastIndexOf('.');
  if (dot > 0) {
    // Parent spelt right: compare the last segment with the parent's children only.
    const parent = normal.slice(0, dot);
    const prefix = `${parent}.`;
    const siblings: string[] = [];
    for (const name of index.keys()) {
      if (name.startsWith(prefix) && name.indexOf('.', prefix.length) === -1) siblings.push(name.slice(prefix.length));
    }
    const segment = closest(normal.slice(dot + 1), siblings);
    if (segment !== undefined) return prefix + segment;
  }
  // Right leaf, wrong path (`user.email`): the one key that ends with that segment.
  const leaf = normal.slice(dot + 1);
  let match: string | undefined;
  let ambiguous = false;
  for (const name of index.keys()) {
    if (name !== leaf && name.endsWith(`.${leaf}`)) {
      ambiguous = match !== undefined;
      match = name;
      if (ambiguous) break;
    }
  }
  if (match !== undefined && !ambiguous) return match;
  return closest(normal, index.keys());
}

/** True if the key or an ancestor is sensitive. */
export function isSensitiveCategory(key: string): boolean {
  if (categoryByKey.get(key)?.sensitive === true) return true;
  for (const ancestor of categoryAncestors(key)) if (categoryByKey.get(ancestor)?.sensitive === true) return true;
  return false;
}

/** Human name for messages, e.g. `email address`; unknown keys give their last segment in words. */
export function categoryLabel(key: string): string {
  const entry = categoryByKey.get(key);
  if (entry === undefined) return key.slice(key.lastIndexOf('.') + 1).replaceAll('_', ' ');
  const name = entry.name;
  // Keep acronyms (`IP address`, `CVC`) as written.
  const second = name.charAt(1);
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()
    ? name
    : name.charAt(0).toLowerCase() + name.slice(1);
}
