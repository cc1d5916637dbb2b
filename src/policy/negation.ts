import { exceptionCues, falseNegations, negationCues, scopeBreakers } from '../catalog/data/policy-phrases.js';
import type { Span } from './lists.js';

/** A negation cue and the words it denies. */
export interface Negation {
  cue: Span;
  /** From the end of the cue to the end of its clause (an exception, a new clause, `;`, `:`, a closing parenthesis). */
  scope: Span;
  /**
   * For passive denials ("Your e-mail address will not be sold", "Such addresses are not shared"): the
   * clause's subject before the cue, which is what is denied.
   */
  subject?: Span;
}

const cuePattern = new RegExp(`\\b(?:${negationCues})\\b`, 'gi');
const falsePattern = new RegExp(`\\b(?:${falseNegations.join('|')})\\b`, 'gi');
const breakerWord = new RegExp(`\\b(?:${scopeBreakers.words}|without)\\b`, 'i');
const clauseBreak = new RegExp(
  `[;:]|\\.\\s|\\s[–—-]\\s|,\\s*(?:(?:and|or|but)\\s+)?(?=(?:${scopeBreakers.clauseSubjects})\\b)|\\s(?:and|but)\\s+(?=(?:we|you|they|no)\\b)`,
  'i',
);
const exceptionPattern = new RegExp(`\\b(?:${exceptionCues})\\b`, 'gi');
const passiveAfter = /^\s+(?:\w+\s+)?(?:be|been|being)\b/i;
const passiveBefore = /\b(?:is|are|was|were)\s*$/i;

/**
 * Finds negation cues ("not", "n't", "never", "no", "under no circumstances", "at no time", …) and the
 * scope each denies. A scope runs over coordinated lists ("sold, rented or otherwise delivered"; "not …
 * or …") and stops at an exception ("unless", "except", "without"), a new clause, `;`, `:` or the end
 * of a parenthesis the cue is in. Hyphenated compounds ("no-spam", "do-not-mail"), the signal's name
 * "Do Not Track" and idioms ("not limited to") are not negations.
 */
export function findNegations(text: string): Negation[] {
  const masked = maskFalseNegations(text);
  const result: Negation[] = [];
  for (const match of masked.matchAll(cuePattern)) {
    const cue = { start: match.index, end: match.index + match[0].length };
    if (isHyphenated(text, cue) || isSignalName(text, cue)) continue;
    const scopeEnd = findScopeEnd(text, cue);
    const negation: Negation = { cue, scope: { start: skipSpaces(text, cue.end, scopeEnd), end: scopeEnd } };
    const before = text.slice(0, cue.start);
    if (passiveAfter.test(text.slice(cue.end, scopeEnd)) || passiveBefore.test(before)) {
      negation.subject = { start: clauseStart(text, cue.start), end: before.trimEnd().length };
    }
    result.push(negation);
  }
  return result;
}

/**
 * "Except X" after a positive statement excludes X from it ("record any text you type, except text in
 * password fields"). An exception that ends a denial's scope is the denial's own exception, not a
 * second denial, and is left out; so is one that opens the sentence ("Except as described herein").
 */
export function findExceptions(text: string, negations: readonly Negation[]): Span[] {
  const result: Span[] = [];
  for (const match of text.matchAll(exceptionPattern)) {
    const start = match.index;
    if (start < 3) continue;
    let belongsToDenial = false;
    for (const negation of negations) {
      if (start >= negation.cue.start && start <= negation.scope.end + 3) belongsToDenial = true;
    }
    if (belongsToDenial) continue;
    const cue = { start, end: start + match[0].length };
    const end = findScopeEnd(text, cue);
    result.push({ start: skipSpaces(text, cue.end, end), end });
  }
  return result;
}

/** True when `span` lies inside one of `scopes`. */
export function isInside(span: Span, scopes: readonly Span[]): boolean {
  for (const scope of scopes) if (span.start >= scope.start && span.end <= scope.end) return true;
  return false;
}

function skipSpaces(text: string, from: number, limit: number): number {
  let position = from;
  while (position < limit && text.charAt(position) === ' ') position++;
  return position;
}

function maskFalseNegations(text: string): string {
  return text.replace(falsePattern, (found) => '_'.repeat(found.length));
}

function isHyphenated(text: string, cue: Span): boolean {
  return text.charAt(cue.start - 1) === '-' || text.charAt(cue.end) === '-';
}

/** "Do Not Track" as the name of the signal: capitalised or quoted, not "we do not track you". */
function isSignalName(text: string, cue: Span): boolean {
  const word = text.slice(cue.start, cue.end);
  if (word.toLowerCase() !== 'not') return false;
  const around = text.slice(Math.max(0, cue.start - 3), cue.end + 6);
  return /^do not track$/i.test(around) && word === 'Not';
}

function findScopeEnd(text: string, cue: Span): number {
  const rest = text.slice(cue.end);
  let end = text.length;
  const clause = clauseBreak.exec(rest);
  if (clause !== null) end = Math.min(end, cue.end + clause.index);
  const breaker = breakerWord.exec(rest);
  if (breaker !== null) end = Math.min(end, cue.end + breaker.index);
  // A cue inside parentheses denies only up to the closing parenthesis.
  let depth = 0;
  for (let i = 0; i < cue.start; i++) {
    const char = text.charAt(i);
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
  }
  if (depth > 0) {
    let inner = 0;
    for (let i = cue.end; i < end; i++) {
      const char = text.charAt(i);
      if (char === '(') inner++;
      else if (char === ')') {
        if (inner === 0) {
          end = i;
          break;
        }
        inner--;
      }
    }
  }
  while (end > cue.end && /[\s,.!?]/.test(text.charAt(end - 1))) end--;
  return end;
}

/** Start of the clause containing `position`: after the last `;`, `:` or sentence start. */
function clauseStart(text: string, position: number): number {
  let start = 0;
  for (let i = 0; i < position; i++) {
    const char = text.charAt(i);
    if (char === ';' || char === ':') start = i + 1;
  }
  while (start < position && text.charAt(start) === ' ') start++;
  return start;
}
