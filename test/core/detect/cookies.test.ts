import { describe, expect, it } from 'vitest';
import { observeKind, unresolvedIn } from './observations.js';

const cookie = (key: string, attributes: Record<string, unknown>, reason: string, line: number, column: number, contains?: string[]) => ({
  kind: 'cookie',
  key,
  storageType: 'cookie',
  confidence: 'strong',
  cookie: attributes,
  ...(contains === undefined ? {} : { contains }),
  reason,
  line,
  column,
});

describe('cookie libraries', () => {
  it('reads js-cookie in days, with domain, and no lifetime as a session cookie', () => {
    expect(
      observeKind('cookie', 'src/consent.ts', [
        "import Cookies from 'js-cookie';",
        "Cookies.set('consent', 'yes', { expires: 365, domain: '.shop.example' });",
        "Cookies.set('hint', 'x');",
        "Cookies.set('until', 'x', { expires: new Date(2030, 0, 1) });",
      ]),
    ).toEqual([
      cookie('consent', { domain: '.shop.example', maxAgeSeconds: 31_536_000 }, 'written with js-cookie', 2, 1, ['user.privacy_preferences']),
      cookie('hint', { maxAgeSeconds: null }, 'written with js-cookie', 3, 1),
      // A computed date: persistent, length unknown.
      cookie('until', {}, 'written with js-cookie', 4, 1),
    ]);
  });

  it('reads Next.js `cookies()` in seconds, awaited, aliased and in object form', () => {
    expect(
      observeKind('cookie', 'app/actions.ts', [
        "import { cookies } from 'next/headers';",
        'export async function save(id: string, v: string) {',
        '  const store = await cookies();',
        "  store.set('cart', id, { maxAge: 60 * 60 * 24 * 7, httpOnly: true });",
        "  (await cookies()).set({ name: 'prefs', value: v, maxAge: 3600 });",
        '}',
      ]),
    ).toEqual([
      cookie('cart', { server: true, httpOnly: true, maxAgeSeconds: 604_800 }, 'written with next', 4, 3),
      cookie('prefs', { server: true, maxAgeSeconds: 3600 }, 'written with next', 5, 3),
    ]);
  });

  it('reads Express `res.cookie` in milliseconds and Fastify `reply.setCookie` in seconds, whatever the parameter is called', () => {
    expect(
      observeKind('cookie', 'server/session.ts', [
        'export function handler(request, response, reply) {',
        "  response.cookie('sid', 'x', { maxAge: 86_400_000, httpOnly: true });",
        "  reply.setCookie('f', 'x', { maxAge: 1000 });",
        '}',
      ]),
    ).toEqual([
      cookie('sid', { server: true, httpOnly: true, maxAgeSeconds: 86_400 }, 'written with express', 2, 3),
      cookie('f', { server: true, maxAgeSeconds: 1000 }, 'written with @fastify/cookie', 3, 3),
    ]);
  });

  it('reads cookies-next and react-cookie’s setter from a destructured hook', () => {
    expect(
      observeKind('cookie', 'src/theme.tsx', [
        "import { setCookie } from 'cookies-next';",
        "import { useCookies } from 'react-cookie';",
        "setCookie('theme', 'dark', { maxAge: 30 * 24 * 3600 });",
        "const [, setRc] = useCookies(['rc']);",
        "setRc('rc', 'v', { maxAge: 60 });",
      ]),
    ).toEqual([
      cookie('theme', { maxAgeSeconds: 2_592_000 }, 'written with cookies-next', 3, 1),
      cookie('rc', { maxAgeSeconds: 60 }, 'written with react-cookie', 5, 1),
    ]);
  });
});

describe('cookie strings', () => {
  it('parses `document.cookie` with max-age and domain, and the names its value is built from', () => {
    expect(
      observeKind('cookie', 'src/lang.ts', [
        "document.cookie = 'lang=en; path=/; max-age=31536000; domain=.shop.example';",
        'document.cookie = `uid=${user.email}; expires=${date}`;',
        'const YEAR = 365 * 24 * 60 * 60;',
        'window.document.cookie = `seen=1; Max-Age=${YEAR}`;',
      ]),
    ).toEqual([
      cookie('lang', { maxAgeSeconds: 31_536_000, domain: '.shop.example' }, 'written to `document.cookie`', 1, 1),
      cookie('uid', {}, 'written to `document.cookie`', 2, 1, ['user.contact.email', 'user.unique_id']),
      cookie('seen', { maxAgeSeconds: 31_536_000 }, 'written to `document.cookie`', 4, 1),
    ]);
  });

  it('parses `Set-Cookie` headers, one or several', () => {
    expect(
      observeKind('cookie', 'server/headers.ts', [
        'export function handler(req, res) {',
        "  res.setHeader('Set-Cookie', ['a=1; Max-Age=60', 'b=2; Domain=tracker.partner.io; Expires=Wed, 21 Oct 2026 07:28:00 GMT']);",
        "  res.append('set-cookie', `c=${value}; Path=/; HttpOnly`);",
        "  res.setHeader('Content-Type', 'text/plain');",
        '}',
      ]),
    ).toEqual([
      cookie('a', { maxAgeSeconds: 60, server: true }, 'written to a `Set-Cookie` header', 2, 3),
      cookie('b', { server: true, domain: 'tracker.partner.io' }, 'written to a `Set-Cookie` header', 2, 3),
      cookie('c', { maxAgeSeconds: null, server: true, httpOnly: true }, 'written to a `Set-Cookie` header', 3, 3),
    ]);
  });
});

describe('unresolved cookie names', () => {
  it('lists every cookie write whose name cannot be read, with why', () => {
    expect(
      unresolvedIn('src/dynamic.ts', [
        "import { cookies } from 'next/headers';",
        'export function h(req, res) {',
        "  res.cookie(cookieName, 'x');",
        '  cookies().set({ name: computed(), value: 1 });',
        '  document.cookie = dynamic;',
        '  document.cookie = `${prefix}=1`;',
        '}',
      ]),
    ).toEqual([
      '3:3 cookie name (`cookieName` is not defined in this file)',
      '4:3 cookie name (an expression that cannot be read statically)',
      '5:3 cookie written to `document.cookie` (`dynamic` is not defined in this file)',
      '6:3 cookie name written to `document.cookie`',
    ]);
  });
});
