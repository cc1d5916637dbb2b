import { describe, expect, it } from 'vitest';
import { compileRefPattern, matchesRef, patternNames, RefIndex, refModule, refRoot, tokenizeRef } from '../../src/core/api-ref.js';

const matches = (pattern: string, ref: string, prefix = false): boolean => matchesRef(compileRefPattern(pattern), ref, prefix);

describe('tokenizeRef', () => {
  it('splits module, names and calls', () => {
    expect(tokenizeRef('next/headers#cookies().set')).toEqual(['next/headers#', 'cookies', '()', 'set']);
    expect(tokenizeRef('@stripe/stripe-js#loadStripe().elements().create')).toEqual(['@stripe/stripe-js#', 'loadStripe', '()', 'elements', '()', 'create']);
  });

  it('keeps globals, locals and computed members as names', () => {
    expect(tokenizeRef('navigator.geolocation.getCurrentPosition')).toEqual(['navigator', 'geolocation', 'getCurrentPosition']);
    expect(tokenizeRef('~res.cookie')).toEqual(['~res', 'cookie']);
    expect(tokenizeRef('localStorage.[]')).toEqual(['localStorage', '[]']);
  });

  it('writes a call of a call as two call tokens', () => {
    expect(tokenizeRef('useCookies()()')).toEqual(['useCookies', '()', '()']);
  });

  it('gives only the module token for a bare module reference', () => {
    expect(tokenizeRef('js-cookie#')).toEqual(['js-cookie#']);
  });
});

describe('matchesRef', () => {
  it('matches an exact reference and nothing longer or shorter', () => {
    expect(matches('navigator.sendBeacon', 'navigator.sendBeacon')).toBe(true);
    expect(matches('navigator.sendBeacon', 'navigator.sendBeacon.bind')).toBe(false);
    expect(matches('navigator.sendBeacon', 'navigator')).toBe(false);
    expect(matches('navigator.sendBeacon', 'sendBeacon')).toBe(false);
  });

  it('matches one name with `*`, never a call', () => {
    expect(matches('~*.cookies.set', '~response.cookies.set')).toBe(true);
    expect(matches('*.toDataURL', 'canvas.toDataURL')).toBe(true);
    expect(matches('*.toDataURL', 'toDataURL')).toBe(false);
    expect(matches('next/server#NextResponse.*().cookies.set', 'next/server#NextResponse.next().cookies.set')).toBe(true);
    expect(matches('next/server#NextResponse.*().cookies.set', 'next/server#NextResponse().cookies.set')).toBe(false);
  });

  it('matches `|` alternatives inside one segment', () => {
    expect(matches('~res|response|reply.cookie', '~reply.cookie')).toBe(true);
    expect(matches('~res|response|reply.cookie', '~req.cookie')).toBe(false);
    expect(matches('navigator.geolocation.getCurrentPosition|watchPosition', 'navigator.geolocation.watchPosition')).toBe(true);
  });

  it('matches any local name with `~*` and never a global with a `~` pattern', () => {
    expect(matches('~*.send', '~socket.send')).toBe(true);
    expect(matches('~*.send', 'socket.send')).toBe(false);
    expect(matches('~res.cookie', 'res.cookie')).toBe(false);
  });

  it('matches a scope or subpath with a module ending in `/*`', () => {
    expect(matches('@sentry/*#init', '@sentry/react#init')).toBe(true);
    expect(matches('@sentry/*#init', '@sentry/nextjs/client#init')).toBe(true);
    expect(matches('@sentry/*#init', '@sentryx/react#init')).toBe(false);
    expect(matches('@sentry/*#init', 'sentry#init')).toBe(false);
  });

  it('treats `default` after a module as optional on either side (require and default imports name one object)', () => {
    expect(matches('js-cookie#default.set', 'js-cookie#default.set')).toBe(true);
    expect(matches('js-cookie#default.set', 'js-cookie#set')).toBe(true);
    expect(matches('posthog-js#init', 'posthog-js#default.init')).toBe(true);
    expect(matches('js-cookie#default.set', 'js-cookie#default.get')).toBe(false);
    expect(matches('js-cookie#default.set', 'cookies#default.set')).toBe(false);
  });

  it('does not treat `default` as optional away from the module', () => {
    expect(matches('lib#a.default.b', 'lib#a.b')).toBe(false);
  });

  it('matches the end of any reference with a leading `...`, skipping calls', () => {
    const pattern = '...headers.dnt';
    expect(matches(pattern, '~req.headers.dnt')).toBe(true);
    expect(matches(pattern, 'next/headers#headers().dnt')).toBe(true);
    expect(matches(pattern, '~req.headers.dnt.trim')).toBe(false);
    expect(matches(pattern, '~req.header.dnt')).toBe(false);
  });

  it('matches the start of a longer reference in prefix mode only', () => {
    expect(matches('navigator.plugins', 'navigator.plugins.length')).toBe(false);
    expect(matches('navigator.plugins', 'navigator.plugins.length', true)).toBe(true);
    expect(matches('navigator.plugins', 'navigator.pluginsX', true)).toBe(false);
    expect(matches('...headers.dnt', '~req.headers.dnt.trim', true)).toBe(true);
  });

  it('reads `, ` as whole alternative patterns', () => {
    const pattern = 'document|window.addEventListener, addEventListener';
    expect(matches(pattern, 'addEventListener')).toBe(true);
    expect(matches(pattern, 'document.addEventListener')).toBe(true);
    expect(matches(pattern, 'body.addEventListener')).toBe(false);
  });

  it('accepts pre-split tokens', () => {
    expect(matchesRef(compileRefPattern('~req.ip'), ['~req', 'ip'])).toBe(true);
  });
});

describe('refModule and refRoot', () => {
  it('names the module of an import reference', () => {
    expect(refModule('js-cookie#default.set')).toBe('js-cookie');
    expect(refModule('@sentry/react#init')).toBe('@sentry/react');
    expect(refModule('navigator.sendBeacon')).toBeUndefined();
  });

  it('names the root token: module, global or local, without a call', () => {
    expect(refRoot('js-cookie#default.set')).toBe('js-cookie#');
    expect(refRoot('gtag')).toBe('gtag');
    expect(refRoot('_mfq.push')).toBe('_mfq');
    expect(refRoot('Stripe().elements')).toBe('Stripe');
    expect(refRoot('~res.cookie')).toBe('~res');
  });
});

describe('patternNames', () => {
  it('lists the member names a local chain must contain, leaving out modules, locals, calls and `*`', () => {
    expect(patternNames('~res|response|reply.cookie')).toEqual(['cookie']);
    expect(patternNames('next/headers#cookies().set')).toEqual(['cookies', 'set']);
    expect(patternNames('~*.open, ...headers.dnt')).toEqual(['open', 'headers', 'dnt']);
  });
});

describe('RefIndex', () => {
  const index = new RefIndex<string>();
  index.add(compileRefPattern('~*.open'), 'any open');
  index.add(compileRefPattern('XMLHttpRequest().open'), 'xhr open');
  index.add(compileRefPattern('fetch'), 'fetch');
  index.add(compileRefPattern('axios#default'), 'axios');

  it('finds the first pattern added that matches', () => {
    expect(index.find('~xhr.open')).toBe('any open');
    expect(index.find('XMLHttpRequest().open')).toBe('xhr open');
    expect(index.find('fetch')).toBe('fetch');
    expect(index.find('axios#default')).toBe('axios');
    expect(index.find('axios#default.get')).toBeUndefined();
    expect(index.find('window.open')).toBeUndefined();
  });

  it('finds every match in insertion order', () => {
    const both = new RefIndex<string>();
    both.add(compileRefPattern('navigator.connection'), 'connection');
    both.add(compileRefPattern('navigator.*'), 'any navigator member');
    expect(both.findAll('navigator.connection').map(({ payload }) => payload)).toEqual(['connection', 'any navigator member']);
    expect(both.findAll('navigator.connection.effectiveType', true).map(({ payload }) => payload)).toEqual(['connection', 'any navigator member']);
    expect(both.findAll('navigator.connection.effectiveType').map(({ payload }) => payload)).toEqual([]);
  });
});
