import { describe, expect, it } from 'vitest';
import { findExceptions, findNegations } from '../../src/policy/negation.js';

function scopes(text: string): string[] {
  return findNegations(text).map((negation) => text.slice(negation.scope.start, negation.scope.end));
}

describe('findNegations', () => {
  it('scopes "do NOT" over the rest of the clause, including a coordinated list', () => {
    expect(scopes('We do NOT collect any passwords, card numbers or e-mail addresses that you enter.')).toEqual([
      'collect any passwords, card numbers or e-mail addresses that you enter',
    ]);
  });

  it('stops at an exception, a new clause, a semicolon and the end of a parenthesis', () => {
    expect(scopes('We do not share this information with outside parties except to complete that order.')).toEqual(['share this information with outside parties']);
    expect(scopes('Your e-mail address will not be sold unless it is required.')).toEqual(['be sold']);
    expect(scopes('We never collect it from those under 13, and no part of our website is structured to attract them.')).toEqual([
      'collect it from those under 13',
      'part of our website is structured to attract them',
    ]);
    expect(scopes('We collect location but we don’t collect the precise geolocation; we do store the country.')).toEqual([
      'collect the precise geolocation',
    ]);
    expect(scopes('These are 1st party cookies (cookie data cannot be shared across websites) and hold no names.')).toEqual([
      'be shared across websites',
      'names',
    ]);
  });

  it('finds fronted cues ("Under no circumstances", "At no time", "No … will be") with the denied words after them', () => {
    expect(scopes('Under no circumstances will we hold your credit card number.')).toEqual(['will we hold your credit card number']);
    expect(scopes('At no time will the user’s personal information be sold.')).toEqual(['will the user’s personal information be sold']);
    expect(scopes('No personal information will be transferred.')).toEqual(['personal information will be transferred']);
  });

  it('records the subject of a passive denial', () => {
    const text = 'Such addresses are not used for any other purpose and are not shared with outside parties.';
    const subjects = findNegations(text).map((negation) => (negation.subject === undefined ? undefined : text.slice(negation.subject.start, negation.subject.end)));
    expect(subjects).toEqual(['Such addresses are', 'Such addresses are not used for any other purpose and are']);
  });

  it('ignores idioms, hyphenated compounds and the name "Do Not Track"', () => {
    expect(scopes('such as, but not limited to, your name')).toEqual([]);
    expect(scopes('Mouseflow maintains a strict “no-spam” policy and do-not-mail lists.')).toEqual([]);
    expect(scopes('Do Not Track (“DNT”) is a privacy preference.')).toEqual([]);
    expect(scopes('We do not track you across sites.')).toEqual(['track you across sites']);
  });
});

describe('findExceptions', () => {
  it('finds what a positive statement excludes', () => {
    const text = 'The service may record any text you type, except text in password fields.';
    expect(findExceptions(text, findNegations(text)).map((span) => text.slice(span.start, span.end))).toEqual(['text in password fields']);
  });

  it('leaves out a denial’s own exception and one that opens the sentence', () => {
    const denial = 'We do not share it with outside parties, except to complete that order.';
    expect(findExceptions(denial, findNegations(denial))).toEqual([]);
    const opening = 'Except as described herein, we do NOT disclose your information.';
    expect(findExceptions(opening, findNegations(opening))).toEqual([]);
  });
});
