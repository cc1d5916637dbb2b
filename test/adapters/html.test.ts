import { describe, expect, it } from 'vitest';
import type { StaticValue } from '../../src/core/facts.js';
import { at, factsOf } from './facts.js';

const str = (value: string): StaticValue => ({ kind: 'string', value });

const page = factsOf('public/index.html', [
  '<!doctype html>',
  '<html>',
  '<head>',
  '  <script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>',
  "  <script>gtag('config', 'G-1');",
  "    localStorage.setItem('seen', '1');",
  '  </script>',
  "  <script type=\"module\">navigator.sendBeacon('https://collect.partner.io/b');</script>",
  "  <script type=\"text/template\"><input name=\"tpl\" />{{ fetch('https://tpl.partner.io') }}</script>",
  '  <script type="application/ld+json">{"url": "https://schema.partner.io"}</script>',
  '</head>',
  '<body>',
  '  <form action="/signup">',
  '    <label for="mail">E-mail</label>',
  '    <input id="mail" type="email" name="mail">',
  '    <label>Phone <input name="phone" AUTOCOMPLETE="tel"></label>',
  '    <textarea name="bio"></textarea>',
  '    <div>not recorded</div>',
  '    <iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>',
  '  </form>',
  '</body>',
  '</html>',
]);

describe('HTML pages', () => {
  it('is read as html', () => {
    expect(page.language).toBe('html');
    expect(page.file).toBe('public/index.html');
  });

  it('records form fields with `<label for>` and wrapping labels, spelling attributes the JSX way', () => {
    const fields = page.elements.filter((element) => element.tag !== 'script');
    expect(fields.map((element) => ({ tag: element.tag, at: at(element.range), label: element.label, attributes: element.attributes }))).toEqual([
      { tag: 'form', at: '13:3', label: undefined, attributes: { action: str('/signup') } },
      { tag: 'input', at: '15:5', label: 'E-mail', attributes: { id: str('mail'), type: str('email'), name: str('mail') } },
      { tag: 'input', at: '16:18', label: 'Phone', attributes: { name: str('phone'), autoComplete: str('tel') } },
      { tag: 'textarea', at: '17:5', label: undefined, attributes: { name: str('bio') } },
      { tag: 'iframe', at: '19:5', label: undefined, attributes: { src: str('https://www.youtube-nocookie.com/embed/x') } },
    ]);
  });

  it('records script elements with their sources', () => {
    const scripts = page.elements.filter((element) => element.tag === 'script');
    expect(scripts.map((element) => `${at(element.range)} ${JSON.stringify(element.attributes.src ?? null)}`)).toEqual([
      '4:3 {"kind":"string","value":"https://www.googletagmanager.com/gtag/js?id=G-1"}',
      '5:3 null',
      '8:3 null',
      '9:3 null',
      '10:3 null',
    ]);
  });

  it('reads inline JavaScript with its line and column in the page', () => {
    expect(page.calls.map((call) => `${call.callee}@${at(call.calleeRange)}`)).toEqual(['gtag@5:11', 'localStorage.setItem@6:5', 'navigator.sendBeacon@8:25']);
    expect(page.calls[2]?.range).toEqual({ line: 8, column: 25, endLine: 8, endColumn: 77 });
  });

  it('takes URLs from attributes and inline scripts, never from non-JavaScript script types', () => {
    expect(page.urls.map((fact) => `${fact.url}@${at(fact.range)}`)).toEqual([
      'https://www.googletagmanager.com/gtag/js?id=G-1@4:3',
      'https://collect.partner.io/b@8:46',
      'https://www.youtube-nocookie.com/embed/x@19:5',
    ]);
    expect(page.elements.some((element) => element.attributes.name?.kind === 'string' && element.attributes.name.value === 'tpl')).toBe(false);
  });

  it('keeps the page lines for evidence, inline scripts included', () => {
    expect(page.lines[5]).toBe("    localStorage.setItem('seen', '1');");
  });
});

describe('inline scripts on the first line', () => {
  it('offsets columns on the script’s first line only', () => {
    const facts = factsOf('snippet.html', ["<script>fetch('https://a.partner.io');", "fetch('https://b.partner.io');</script>"]);
    expect(facts.calls.map((call) => at(call.calleeRange))).toEqual(['1:9', '2:1']);
  });
});
