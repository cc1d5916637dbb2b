import { describe, expect, it } from 'vitest';
import { detectFormat, normalizeText } from '../../src/policy/load.js';
import type { NormalizedText } from '../../src/policy/load.js';

function blocks(normalized: NormalizedText): string[] {
  return normalized.blocks.map((block) => `${block.type}: ${normalized.text.slice(block.start, block.end)}`);
}

/** The original text behind a normalised span. */
function original(input: string, normalized: NormalizedText, needle: string): string {
  const start = normalized.text.indexOf(needle);
  const end = start + needle.length;
  return input.slice(normalized.offsets[start], (normalized.offsets[end - 1] ?? 0) + 1);
}

describe('detectFormat', () => {
  it('uses the extension first, then the content', () => {
    expect(detectFormat('plain', 'privacy.md')).toBe('markdown');
    expect(detectFormat('# Title', 'privacy.htm')).toBe('html');
    expect(detectFormat('<html><body><p>Hi</p></body></html>')).toBe('html');
    expect(detectFormat('# Privacy\n\nWe collect **data**.')).toBe('markdown');
    expect(detectFormat('Privacy Policy\nWe collect data.')).toBe('text');
  });
});

describe('normalizeText: Markdown', () => {
  const input = [
    '# Privacy Policy | Balsamiq',
    '',
    'SCOPE',
    '=====',
    '',
    'The types of **personal information** collected are:',
    '',
    '> Name  ',
    '>  E-mail address  ',
    '',
    '  * **myBalsamiq** is governed by the [myBalsamiq Terms](https://docs.balsamiq.com/tos/).',
    '1\\. We do not collect more personal data than necessary.',
    'iv. Any information you enter and',
    'submit to a website.',
    '',
    'Contact [\\[email protected\\]](https://x.test/cdn) or opt\\_out and snake_case.',
  ].join('\n');
  const normalized = normalizeText(input, 'markdown');

  it('turns headings, setext headings, hard-broken lines, bullets, outlines and roman numerals into blocks', () => {
    expect(blocks(normalized)).toEqual([
      'heading: Privacy Policy | Balsamiq',
      'heading: SCOPE',
      'paragraph: The types of personal information collected are:',
      'paragraph: Name',
      'paragraph: E-mail address',
      'list-item: myBalsamiq is governed by the myBalsamiq Terms.',
      'list-item: We do not collect more personal data than necessary.',
      'list-item: Any information you enter and submit to a website.',
      'paragraph: Contact [email protected] or opt_out and snake_case.',
    ]);
  });

  it('maps every normalised character back to the input', () => {
    expect(original(input, normalized, 'myBalsamiq Terms')).toBe('myBalsamiq Terms');
    expect(original(input, normalized, 'personal information collected')).toBe('personal information** collected');
    expect(original(input, normalized, 'enter and submit')).toBe('enter and\nsubmit');
    expect(normalized.offsets[normalized.text.length]).toBe(input.length);
  });
});

describe('normalizeText: HTML', () => {
  const input =
    '<html><head><title>T</title><style>p{}</style></head><body><h2>Cookies</h2><p>We use <b>session</b> cookies &amp; pixels.<br>Second&nbsp;line</p>' +
    '<script>var email = "x";</script><ul><li>Name</li><li>E-mail</li></ul><table><tr><td>Geolocation</td><td>No</td></tr></table></body></html>';
  const normalized = normalizeText(input, 'html');

  it('drops head, script and style, keeps block boundaries as breaks and decodes entities', () => {
    expect(blocks(normalized)).toEqual([
      'heading: Cookies',
      'paragraph: We use session cookies & pixels.',
      'paragraph: Second line',
      'list-item: Name',
      'list-item: E-mail',
      'paragraph: Geolocation',
      'paragraph: No',
    ]);
  });

  it('maps text and entities back to their source', () => {
    expect(original(input, normalized, 'session cookies')).toBe('session</b> cookies');
    expect(original(input, normalized, '& pixels')).toBe('&amp; pixels');
  });
});

describe('normalizeText: plain text', () => {
  it('joins wrapped lines and splits paragraphs at blank lines, keeping markup characters', () => {
    const normalized = normalizeText('Who Can See My Password?\n Auth0 Security & Privacy (https://auth0.com/security)\n\n**not bold**', 'text');
    expect(blocks(normalized)).toEqual([
      'paragraph: Who Can See My Password? Auth0 Security & Privacy (https://auth0.com/security)',
      'paragraph: **not bold**',
    ]);
  });
});
