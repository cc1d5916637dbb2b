import { describe, expect, it } from 'vitest';
import type { CallFact, FileFacts, StaticValue } from '../../src/core/facts.js';
import { at, factsOf } from './facts.js';

const str = (value: string): StaticValue => ({ kind: 'string', value });
const num = (value: number): StaticValue => ({ kind: 'number', value });

/** `callee@line:column` of every call fact. */
const callees = (facts: FileFacts): string[] => facts.calls.map((call) => `${call.callee}@${at(call.calleeRange)}`);

function callTo(facts: FileFacts, callee: string, index = 0): CallFact {
  const call = facts.calls.filter((candidate) => candidate.callee === callee)[index];
  if (call === undefined) throw new Error(`no call to ${callee}; calls: ${callees(facts).join(', ')}`);
  return call;
}

describe('imports', () => {
  const facts = factsOf('src/imports.ts', [
    "import Cookies from 'js-cookie';",
    "import * as Sentry from '@sentry/react';",
    "import { init as sentryInit, type Options } from '@sentry/browser';",
    "import type { Mixpanel } from 'mixpanel-browser';",
    "import './polyfills';",
    "const mixpanel = require('mixpanel-browser');",
    "import posthog = require('posthog-js');",
    "export { track } from 'amplitude-js';",
    "export * from '@segment/analytics-next';",
    "export type { Flags } from 'launchdarkly-js-client-sdk';",
    "const lazy = await import('logrocket');",
    "Cookies.set('a', 'b');",
    'Sentry.init({});',
    'sentryInit();',
    "mixpanel.track('signup');",
    "posthog.capture('view');",
    "lazy.default.init('app');",
  ]);

  it('records every runtime import form at its module specifier, and no type-only import', () => {
    expect(facts.imports.map((fact) => `${fact.module}@${at(fact.range)}`)).toEqual([
      'js-cookie@1:21',
      '@sentry/react@2:25',
      '@sentry/browser@3:50',
      './polyfills@5:8',
      'mixpanel-browser@6:26',
      'posthog-js@7:26',
      'amplitude-js@8:23',
      '@segment/analytics-next@9:15',
      'logrocket@11:27',
    ]);
  });

  it('names calls on imported bindings by module and export', () => {
    expect(callees(facts)).toEqual([
      'js-cookie#default.set@12:1',
      '@sentry/react#init@13:1',
      '@sentry/browser#init@14:1',
      'mixpanel-browser#default.track@15:1',
      'posthog-js#default.capture@16:1',
      'logrocket#default.init@17:1',
    ]);
  });
});

describe('aliases', () => {
  const facts = factsOf('src/aliases.tsx', [
    "import { useForm } from 'react-hook-form';",
    "import { useCookies } from 'react-cookie';",
    "import Cookies from 'js-cookie';",
    'const { register } = useForm();',
    "const [, setCookie] = useCookies(['consent']);",
    'const jar = Cookies;',
    'const fallback = jar || other;',
    "const store = (await import('js-cookie')) ?? backup;",
    "register('email');",
    "setCookie('consent', 'yes');",
    "jar.set('x', '1');",
    "fallback.set('y', '2');",
    "store.default.set('z', '3');",
  ]);

  it('follows destructuring, array holes, `||`, `??` and `await` to the imported API', () => {
    // `useForm()` and `useCookies()` themselves match no pattern, so they are not recorded; what they return is followed.
    expect(callees(facts)).toEqual([
      'react-hook-form#useForm().register@9:1',
      'react-cookie#useCookies().1@10:1',
      'js-cookie#default.set@11:1',
      'js-cookie#default.set@12:1',
      'js-cookie#default.set@13:1',
    ]);
  });
});

describe('globals and locals', () => {
  const facts = factsOf('src/globals.ts', [
    "window.localStorage.setItem('k', 'v');",
    "globalThis.navigator.sendBeacon('/b');",
    "self.fetch('/c');",
    "window['sessionStorage']['draft'] = 'x';",
    'localStorage[key] = 1;',
    "function handler(req, res) { res.cookie('sid', 'v'); return req.ip; }",
    'const x = navigator.connection.effectiveType;',
  ]);

  it('drops `window.`, `globalThis.` and `self.` and reads static computed keys', () => {
    expect(callees(facts)).toEqual(['localStorage.setItem@1:1', 'navigator.sendBeacon@2:1', 'fetch@3:1', '~res.cookie@6:30']);
    expect(facts.assignments.map((fact) => ({ object: fact.object, property: fact.property, value: fact.value, at: at(fact.range) }))).toEqual([
      { object: 'sessionStorage', property: str('draft'), value: str('x'), at: '4:1' },
      { object: 'localStorage', property: { kind: 'unknown', reason: '`key` is not defined in this file', names: ['key'] }, value: num(1), at: '5:1' },
    ]);
  });

  it('marks local bindings with `~` and records a read at the outermost member', () => {
    expect(facts.reads.map((fact) => `${fact.ref}@${at(fact.range)}`)).toEqual(['~req.ip@6:61', 'navigator.connection.effectiveType@7:11']);
  });

  it('gives calls their full range, the callee range and the call text', () => {
    expect(callTo(facts, '~res.cookie')).toMatchObject({
      isNew: false,
      args: [str('sid'), str('v')],
      range: { line: 6, column: 30, endLine: 6, endColumn: 52 },
      calleeRange: { line: 6, column: 30, endLine: 6, endColumn: 40 },
      text: "res.cookie('sid', 'v')",
    });
  });
});

describe('static evaluation', () => {
  const facts = factsOf('src/values.ts', [
    "import { STORAGE_PREFIX } from './config';",
    "enum Keys { Theme = 'theme', Count = 3 }",
    'const YEAR = 365 * 24 * 60 * 60;',
    'const HALF = YEAR / 2 - 1;',
    "const NAME = 'consent' + '_v' + 2;",
    "const OPTS = { path: '/', ...{ secure: true }, maxAge: YEAR };",
    'localStorage.setItem(LATE, 1);',
    'localStorage.setItem(Keys.Theme, Keys.Count);',
    'localStorage.setItem(`draft:${post.id}:${user}`, `${YEAR}`);',
    "localStorage.setItem(STORAGE_PREFIX + 'x', -5);",
    'localStorage.setItem(NAME, OPTS);',
    "localStorage.setItem(OPTS.path, OPTS['maxAge']);",
    'localStorage.setItem(mutable, !false);',
    'localStorage.setItem(HALF, () => 1);',
    'localStorage.setItem(flag ? NAME : YEAR, { [NAME]: 1, method() {}, short, ...rest });',
    "localStorage.setItem(['a', ...more][0], [1, true, null, undefined]);",
    "const LATE = 'late-key';",
    "let mutable = 'changes';",
    "const { a: { b: DEEP } } = { a: { b: 'deep' } };",
    "const [FIRST] = ['first'];",
    'localStorage.setItem(DEEP, FIRST);',
  ]);
  const args = (index: number): readonly StaticValue[] => callTo(facts, 'localStorage.setItem', index).args;

  it('reads same-file constants declared after their use', () => {
    expect(args(0)).toEqual([str('late-key'), num(1)]);
  });

  it('reads enum members', () => {
    expect(args(1)).toEqual([str('theme'), num(3)]);
  });

  it('keeps the known parts of a template with `*` and the names the unknown parts read', () => {
    expect(args(2)).toEqual([{ kind: 'template', pattern: 'draft:*:*', names: ['post.id', 'user'] }, str('31536000')]);
  });

  it('keeps concatenation with an imported constant as a template', () => {
    expect(args(3)).toEqual([{ kind: 'template', pattern: '*x', names: ['STORAGE_PREFIX'] }, num(-5)]);
  });

  it('evaluates concatenation, arithmetic, object spread of a literal and property reads', () => {
    expect(args(4)).toEqual([
      str('consent_v2'),
      { kind: 'object', properties: { path: str('/'), secure: { kind: 'boolean', value: true }, maxAge: num(31_536_000) }, hasSpread: false },
    ]);
    expect(args(5)).toEqual([str('/'), num(31_536_000)]);
    expect(args(7)[0]).toEqual(num(15_767_999));
    expect(args(7)[1]).toEqual({ kind: 'function' });
  });

  it('does not read a `let` binding as a constant', () => {
    expect(args(6)).toEqual([{ kind: 'unknown', reason: '`mutable` is not a constant', names: ['mutable'] }, { kind: 'boolean', value: true }]);
  });

  it('evaluates computed keys, methods and shorthand, and marks an unknown spread', () => {
    expect(args(8)).toEqual([
      { kind: 'unknown', reason: 'an expression that cannot be read statically', names: ['flag', 'NAME', 'YEAR'] },
      {
        kind: 'object',
        properties: {
          consent_v2: num(1),
          method: { kind: 'function' },
          short: { kind: 'unknown', reason: '`short` is not defined in this file', names: ['short'] },
        },
        hasSpread: true,
      },
    ]);
  });

  it('evaluates arrays with spread, element reads and `undefined` as null', () => {
    expect(args(9)).toEqual([str('a'), { kind: 'array', elements: [num(1), { kind: 'boolean', value: true }, { kind: 'null' }, { kind: 'null' }] }]);
  });

  it('follows nested object and array destructuring of constants', () => {
    expect(args(10)).toEqual([str('deep'), str('first')]);
  });
});

describe('JSX elements', () => {
  const facts = factsOf('src/signup.tsx', [
    "import { CardElement } from '@stripe/react-stripe-js';",
    "import * as Stripe from '@stripe/react-stripe-js';",
    "import { Field } from 'formik';",
    "const PHONE_LABEL = 'Your phone';",
    'export function Signup() {',
    '  return (',
    '    <form action="https://forms.partner-crm.io/submit">',
    '      <label>',
    '        Email address <input type="text" name="em" />',
    '      </label>',
    '      <label htmlFor="phone">{PHONE_LABEL}</label>',
    '      <input id="phone" autoComplete="tel" required maxLength={10} />',
    '      <CardElement options={{ hidePostalCode: true }} />',
    '      <Stripe.CardNumberElement />',
    '      <Field name="firstName" />',
    '      <div className="note"><span>Not a field</span></div>',
    '      <Local.Widget />',
    '    </form>',
    '  );',
    '}',
  ]);

  it('records form elements and components with their position, attributes and labels', () => {
    expect(
      facts.elements.map((element) => ({
        tag: element.tag,
        at: at(element.range),
        ...(element.tagRef === undefined ? {} : { tagRef: element.tagRef }),
        ...(element.label === undefined ? {} : { label: element.label }),
        attributes: element.attributes,
      })),
    ).toEqual([
      { tag: 'form', at: '7:5', attributes: { action: str('https://forms.partner-crm.io/submit') } },
      { tag: 'input', at: '9:23', label: 'Email address', attributes: { type: str('text'), name: str('em') } },
      {
        tag: 'input',
        at: '12:7',
        label: 'Your phone',
        attributes: { id: str('phone'), autoComplete: str('tel'), required: { kind: 'boolean', value: true }, maxLength: num(10) },
      },
      {
        tag: 'CardElement',
        at: '13:7',
        tagRef: '@stripe/react-stripe-js#CardElement',
        attributes: { options: { kind: 'object', properties: { hidePostalCode: { kind: 'boolean', value: true } }, hasSpread: false } },
      },
      { tag: 'Stripe.CardNumberElement', at: '14:7', tagRef: '@stripe/react-stripe-js#CardNumberElement', attributes: {} },
      { tag: 'Field', at: '15:7', tagRef: 'formik#Field', attributes: { name: str('firstName') } },
      { tag: 'Local.Widget', at: '17:7', attributes: {} },
    ]);
  });

  it('records absolute URLs in string literals, attributes included', () => {
    expect(facts.urls.map((fact) => `${fact.url}@${at(fact.range)}`)).toEqual(['https://forms.partner-crm.io/submit@7:18']);
  });

  it('keeps every string literal value for guards, module specifiers aside', () => {
    expect([...facts.strings].sort()).toEqual(['Your phone', 'em', 'firstName', 'https://forms.partner-crm.io/submit', 'note', 'phone', 'tel', 'text']);
  });
});

describe('URL facts', () => {
  it('takes http, https and protocol-relative URLs with a dotted host, and nothing else', () => {
    const facts = factsOf('src/urls.js', [
      "const a = 'https://api.partner-crm.io/v1';",
      "const b = '//cdn.mouseflow.com/projects/1.js';",
      "const c = 'http://legacy.partner.io';",
      "const d = '/api/local';",
      "const e = 'https://localhost/x';",
      "const f = 'see https://docs.partner.io';",
      'const g = `https://static.partner.io/a.js`;',
    ]);
    expect(facts.urls.map((fact) => `${fact.url}@${at(fact.range)}`)).toEqual([
      'https://api.partner-crm.io/v1@1:11',
      '//cdn.mouseflow.com/projects/1.js@2:11',
      'http://legacy.partner.io@3:11',
      'https://static.partner.io/a.js@7:11',
    ]);
  });
});

describe('languages', () => {
  it('reads JSX in .jsx files and plain JavaScript in .js files', () => {
    expect(factsOf('src/a.jsx', ['export const A = () => <input type="email" />;']).elements.map((element) => element.tag)).toEqual(['input']);
    expect(factsOf('src/b.js', ["localStorage.setItem('k', 1);"]).language).toBe('js');
  });

  it('keeps the source lines for evidence', () => {
    expect(factsOf('src/c.ts', ['const a = 1;', '', 'const b = 2;']).lines).toEqual(['const a = 1;', '', 'const b = 2;']);
  });
});
