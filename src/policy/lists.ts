import { listItemFillers } from '../catalog/data/policy-phrases.js';

/** A span of the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * An enumeration that elaborates a head phrase: "billing information (name, country, VAT ID)",
 * "payment details such as your credit card number, expiry date and security code". `headEnd` is where the
 * head phrase must end (the text before the opening parenthesis or "such as").
 */
export interface Elaboration {
  headEnd: number;
  items: Span;
}

// Separators between enumeration items. "and"/"or" count only as whole words.
const separator = /[,;:()/&–—]|\b(?:and|or|nor|as well as|such as|including)\b/gi;
const leadingFiller = new RegExp(`^\\s*${listItemFillers.leading}$`, 'i');
const trailingFiller = new RegExp(`^${listItemFillers.trailing}\\s*[.!?]?\\s*$`, 'i');

/**
 * True when `text[start, end)` is a whole item of an enumeration: between it and the nearest separators
 * (or the ends of the text) there are only determiners and qualifiers ("your", "where applicable").
 */
export function isListItem(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  let boundary = 0;
  for (const match of before.matchAll(separator)) boundary = match.index + match[0].length;
  if (!leadingFiller.test(before.slice(boundary))) return false;
  const after = text.slice(end);
  const next = new RegExp(separator.source, 'i').exec(after);
  return trailingFiller.test(after.slice(0, next === null ? after.length : next.index));
}

/**
 * The items of an enumeration: "Name, Address, E-mail address and Phone number" gives four spans.
 * Determiners at an item's start are kept out of its span; empty items are dropped.
 */
export function splitItems(text: string, start = 0, end = text.length): Span[] {
  const items: Span[] = [];
  let itemStart = start;
  const pattern = new RegExp(separator.source, 'gi');
  const body = text.slice(start, end);
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    const leading = /^\s*(?:(?:such as|including|like|e\.g\.,?|i\.e\.,?|your|the|a|an|any|their|other)\s+)*/i.exec(text.slice(a, b));
    if (leading !== null) a += leading[0].length;
    while (b > a && /[\s.]/.test(text.charAt(b - 1))) b--;
    if (b > a) items.push({ start: a, end: b });
  };
  for (const match of body.matchAll(pattern)) {
    push(itemStart, start + match.index);
    itemStart = start + match.index + match[0].length;
  }
  push(itemStart, end);
  return items;
}

const elaborationCue = /\s*\(|,?\s+(?:such as|including|like|e\.g\.)[:,]?\s+/gi;

/** Head-and-items structures in a clause (see `Elaboration`). */
export function findElaborations(text: string): Elaboration[] {
  const result: Elaboration[] = [];
  for (const match of text.matchAll(elaborationCue)) {
    const itemsStart = match.index + match[0].length;
    let itemsEnd: number;
    if (match[0].trim() === '(') {
      const close = text.indexOf(')', itemsStart);
      if (close < 0) continue;
      itemsEnd = close;
    } else {
      const stop = /[;.)]|\s[–—]\s/.exec(text.slice(itemsStart));
      itemsEnd = stop === null ? text.length : itemsStart + stop.index;
    }
    if (itemsEnd > itemsStart) result.push({ headEnd: match.index, items: { start: itemsStart, end: itemsEnd } });
  }
  return result;
}
