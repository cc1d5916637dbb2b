import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/policy/sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

describe('splitSentences', () => {
  it('splits at stops followed by a capitalised word', () => {
    expect(sentences('We collect your name. We never sell it! Why? Because.')).toEqual(['We collect your name.', 'We never sell it!', 'Why?', 'Because.']);
  });

  it('keeps abbreviations, initials and dotted acronyms inside the sentence', () => {
    expect(sentences('We use tools (e.g. Google Analytics, i.e. a vendor) from Balsamiq Studios Inc. and U.S. Department of Commerce rules. Next one.')).toEqual([
      'We use tools (e.g. Google Analytics, i.e. a vendor) from Balsamiq Studios Inc. and U.S. Department of Commerce rules.',
      'Next one.',
    ]);
    expect(sentences('See 20 U.S.C. Sec. 1232g, 34 C.F.R. Part 99. Done.')).toEqual(['See 20 U.S.C. Sec. 1232g, 34 C.F.R. Part 99.', 'Done.']);
  });

  it('does not split "etc." before a lower-case word or punctuation, but does before a new sentence', () => {
    expect(sentences('(Facebook, Yahoo, Office365, Google, etc.), Mindomo may collect it. Such as name, address, etc. We also log.')).toEqual([
      '(Facebook, Yahoo, Office365, Google, etc.), Mindomo may collect it.',
      'Such as name, address, etc.',
      'We also log.',
    ]);
  });

  it('splits a stop glued to the next sentence, as conversions leave it, but not domains', () => {
    expect(sentences('see our Privacy Policy.We are using Logmatic.io and mouseflow.com today.')).toEqual([
      'see our Privacy Policy.',
      'We are using Logmatic.io and mouseflow.com today.',
    ]);
  });

  it('treats text without a stop (a heading, a list item) as one sentence and keeps closing quotes with it', () => {
    expect(sentences('Who Can See My Password')).toEqual(['Who Can See My Password']);
    expect(sentences('It is “public.” Next.')).toEqual(['It is “public.”', 'Next.']);
  });

  it('reads a span of a longer text with offsets into it', () => {
    const text = 'Heading\nFirst one. Second one.';
    expect(splitSentences(text, 8, text.length)).toEqual([
      { start: 8, end: 18 },
      { start: 19, end: 30 },
    ]);
  });
});
