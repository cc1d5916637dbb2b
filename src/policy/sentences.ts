import { abbreviations } from '../catalog/data/policy-phrases.js';

/** A sentence as a span of the normalised text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const abbreviationSet = new Set(abbreviations.map((abbreviation) => abbreviation.toLowerCase()));
const closers = new Set(['"', "'", '”', '’', ')', ']', '*']);

/**
 * Splits `text[start, end)` into sentences. A sentence ends at `.`, `?` or `!` (plus closing quotes and
 * brackets) followed by a space and something that can open a sentence, unless the word before the stop
 * is an abbreviation (`e.g.`, `Inc.`, `U.S.`) or an initial. A period glued to a capitalised word
 * (`Policy.We`) also ends one, which PDF and HTML conversions produce. Leading and trailing spaces are
 * trimmed; a span with no sentence stop is one sentence (headings, list items).
 */
export function splitSentences(text: string, start = 0, end = text.length): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const char = text.charAt(i);
    if (char !== '.' && char !== '?' && char !== '!') continue;
    let after = i + 1;
    while (after < end && closers.has(text.charAt(after))) after++;
    if (after >= end) break;
    const next = text.charAt(after);
    if (next === ' ') {
      const opener = text.charAt(after + 1);
      if (!canOpenSentence(opener)) continue;
      if (char === '.' && isAbbreviation(text, sentenceStart, i)) continue;
    } else if (!(char === '.' && isGluedSentence(text, i, end))) continue;
    pushTrimmed(text, sentenceStart, after, sentences);
    sentenceStart = after;
  }
  pushTrimmed(text, sentenceStart, end, sentences);
  return sentences;
}

function canOpenSentence(char: string): boolean {
  return /[\p{Lu}\p{N}"“‘'([]/u.test(char);
}

/** The word ending at the period `dot` (with its internal periods) is a known abbreviation or an initial. */
function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && !/[\s(“"]/.test(text.charAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, dot + 1).toLowerCase();
  if (abbreviationSet.has(word)) return true;
  // Single-letter initials ("J. Smith") and dotted acronyms ("U.S.", "C.F.R.").
  return /^(?:\p{L}\.)+$/u.test(word);
}

/** `word.Next`: a lower-case word of two or more letters, a period, then a capitalised word. */
function isGluedSentence(text: string, dot: number, end: number): boolean {
  if (dot + 2 >= end) return false;
  return /\p{Ll}{2}$/u.test(text.slice(Math.max(0, dot - 2), dot)) && /^\p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 3));
}

function pushTrimmed(text: string, start: number, end: number, into: SentenceSpan[]): void {
  let from = start;
  let to = end;
  while (from < to && text.charAt(from) === ' ') from++;
  while (to > from && text.charAt(to - 1) === ' ') to--;
  if (to > from) into.push({ start: from, end: to });
}
