import { describe, expect, it } from 'vitest';
import { compileHostPattern, isSameSite, matchesHost, parseAbsoluteUrl } from '../../src/core/hosts.js';

const url = (text: string) => {
  const parsed = parseAbsoluteUrl(text);
  if (parsed === undefined) throw new Error(`not a URL: ${text}`);
  return parsed;
};

describe('parseAbsoluteUrl', () => {
  it('reads host, path and transport security', () => {
    expect(parseAbsoluteUrl('https://JS.Stripe.com/v3?x=1#y')).toEqual({ host: 'js.stripe.com', path: '/v3', secure: true });
    expect(parseAbsoluteUrl('http://pixel.tracker.io/p.gif')).toEqual({ host: 'pixel.tracker.io', path: '/p.gif', secure: false });
    expect(parseAbsoluteUrl('wss://rt.partner.io:8443/socket')).toEqual({ host: 'rt.partner.io', path: '/socket', secure: true });
    expect(parseAbsoluteUrl('ws://rt.partner.io')).toEqual({ host: 'rt.partner.io', path: '/', secure: false });
  });

  it('treats a protocol-relative URL as following the page, so not known to be insecure', () => {
    expect(parseAbsoluteUrl('//cdn.mouseflow.com/projects/1.js')).toEqual({ host: 'cdn.mouseflow.com', path: '/projects/1.js', secure: true });
  });

  it('accepts localhost but no other dotless host', () => {
    expect(parseAbsoluteUrl('http://localhost:3000/api')).toEqual({ host: 'localhost', path: '/api', secure: false });
    expect(parseAbsoluteUrl('http://intranet/api')).toBeUndefined();
  });

  it('rejects relative paths, other schemes and hosts with unknown parts', () => {
    expect(parseAbsoluteUrl('/api/log')).toBeUndefined();
    expect(parseAbsoluteUrl('mailto:privacy@shop.io')).toBeUndefined();
    expect(parseAbsoluteUrl('ftp://files.shop.io/x')).toBeUndefined();
    // A template's unknown part (`https://${host}/x`) leaves `*` in the host.
    expect(parseAbsoluteUrl('https://*/x')).toBeUndefined();
    expect(parseAbsoluteUrl('https://api.*.io/x')).toBeUndefined();
  });
});

describe('compileHostPattern and matchesHost', () => {
  it('matches an exact host, case-insensitively', () => {
    const pattern = compileHostPattern('js.stripe.com');
    expect(matchesHost(pattern, url('https://js.stripe.com/v3'))).toBe(true);
    expect(matchesHost(pattern, url('https://JS.STRIPE.COM/'))).toBe(true);
    expect(matchesHost(pattern, url('https://m.js.stripe.com/'))).toBe(false);
    expect(matchesHost(pattern, url('https://jsxstripe.com/'))).toBe(false);
  });

  it('matches subdomains only with a leading `*.`', () => {
    const pattern = compileHostPattern('*.mouseflow.com');
    expect(matchesHost(pattern, url('https://cdn.mouseflow.com/x.js'))).toBe(true);
    expect(matchesHost(pattern, url('https://a.b.mouseflow.com/'))).toBe(true);
    expect(matchesHost(pattern, url('https://mouseflow.com/'))).toBe(false);
    expect(matchesHost(pattern, url('https://evilmouseflow.com/'))).toBe(false);
  });

  it('matches the start of the path when the pattern has one, with `*` as one path segment', () => {
    const gtag = compileHostPattern('www.googletagmanager.com/gtag/js');
    expect(matchesHost(gtag, url('https://www.googletagmanager.com/gtag/js?id=G-1'))).toBe(true);
    expect(matchesHost(gtag, url('https://www.googletagmanager.com/gtm.js?id=GTM-1'))).toBe(false);
    const pixel = compileHostPattern('connect.facebook.net/*/fbevents.js');
    expect(matchesHost(pixel, url('https://connect.facebook.net/en_US/fbevents.js'))).toBe(true);
    expect(matchesHost(pixel, url('https://connect.facebook.net/en_US/sdk.js'))).toBe(false);
    expect(matchesHost(pixel, url('https://connect.facebook.net/a/b/fbevents.js'))).toBe(false);
  });

  it('ranks patterns with more fixed text as more specific', () => {
    expect(compileHostPattern('www.paypal.com/sdk/js').specificity).toBeGreaterThan(compileHostPattern('www.paypal.com').specificity);
    expect(compileHostPattern('*.mouseflow.com').specificity).toBe('.mouseflow.com'.length);
  });
});

describe('isSameSite', () => {
  it('is true for the domain itself and its subdomains', () => {
    expect(isSameSite('shop.io', 'shop.io')).toBe(true);
    expect(isSameSite('api.shop.io', 'shop.io')).toBe(true);
    expect(isSameSite('api.shop.io', '.shop.io')).toBe(true);
    expect(isSameSite('api.shop.io', '*.shop.io')).toBe(true);
    expect(isSameSite('api.shop.io', 'SHOP.IO')).toBe(true);
  });

  it('is false for look-alike and parent domains', () => {
    expect(isSameSite('evilshop.io', 'shop.io')).toBe(false);
    expect(isSameSite('shop.io', 'api.shop.io')).toBe(false);
  });
});
