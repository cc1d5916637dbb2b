import { describe, expect, it } from 'vitest';
import { observeKind } from './observations.js';

const api = (category: string, used: string, confidence: string, reason: string, line: number, column: number, extra: Record<string, string> = {}) => ({
  kind: 'browser-api',
  category,
  api: used,
  confidence,
  reason,
  ...extra,
  line,
  column,
});

describe('browser APIs', () => {
  it('reports precise geolocation without any transmission', () => {
    expect(observeKind('browser-api', 'src/locate.ts', ['navigator.geolocation.getCurrentPosition((position) => show(position));'])).toEqual([
      api('user.location.precise', 'navigator.geolocation.getCurrentPosition', 'strong', 'precise geolocation', 1, 1, { precision: 'precise' }),
    ]);
  });

  it('counts device details only in a file that sends data somewhere', () => {
    const reads = [
      'const ua = navigator.userAgent;',
      'const lang = window.navigator.language;',
      'const w = screen.width;',
      'const net = navigator.connection.effectiveType;',
      'const plugins = navigator.plugins.length;',
    ];
    const plugins = api('user.device.installed_software', 'navigator.plugins.length', 'strong', 'installed plugins read', 5, 17);
    expect(observeKind('browser-api', 'src/local.ts', reads)).toEqual([plugins]);
    expect(observeKind('browser-api', 'src/beacon.ts', [...reads, "fetch('/api/log', { method: 'POST', body: JSON.stringify({ ua, lang, w }) });"])).toEqual([
      api('user.device.browser', 'navigator.userAgent', 'weak', 'browser details', 1, 12),
      api('user.device.locale.language', 'navigator.language', 'weak', 'browser language', 2, 14),
      api('user.device.screen', 'screen.width', 'weak', 'screen size', 3, 11),
      api('user.device.network', 'navigator.connection.effectiveType', 'weak', 'network information', 4, 13),
      plugins,
    ]);
  });

  it('reports keystroke capture that transmits, and password capture when nothing mentions password fields', () => {
    expect(
      observeKind('browser-api', 'src/keys.ts', [
        "window.addEventListener('keydown', (e) => buffer.push(e.key));",
        "document.addEventListener('mousemove', (e) => moves.push(e.clientX));",
        "setInterval(() => navigator.sendBeacon('https://collect.partner.io/k', buffer.join('')), 5000);",
      ]),
    ).toEqual([
      api('user.authorization.password', 'addEventListener', 'medium', 'keystroke capture that does not skip password fields', 1, 1),
      api('user.behavior.keystrokes', 'addEventListener', 'medium', 'keystroke capture', 1, 1),
      api('user.behavior.mouse_movement', 'document.addEventListener', 'medium', 'pointer movement capture', 2, 1),
    ]);
  });

  it('does not report password capture from a listener that skips password fields', () => {
    expect(
      observeKind('browser-api', 'src/keys.ts', [
        "document.addEventListener('input', (e) => { if (e.target.type === 'password') return; buffer.push(e.data); });",
        "fetch('/k', { method: 'POST', body: buffer });",
      ]),
    ).toEqual([api('user.behavior.keystrokes', 'document.addEventListener', 'medium', 'keystroke capture', 1, 1)]);
  });

  it('does not report a keystroke listener in a file that sends nothing', () => {
    expect(observeKind('browser-api', 'src/shortcuts.ts', ["document.addEventListener('keydown', (e) => console.log(e.key));"])).toEqual([]);
  });

  it('does not take a link to a vendor, or its global, for a transmission', () => {
    const drag = [
      "const help = 'https://www.googletagmanager.com/gtag/js?id=G-1';",
      "document.addEventListener('pointermove', onDragMove);",
      'function onDragMove(event: PointerEvent) { window.gtag?.("event", "drag"); }',
    ];
    expect(observeKind('browser-api', 'src/drag.tsx', drag)).toEqual([]);
    expect(observeKind('browser-api', 'src/drag.tsx', ["import mixpanel from 'mixpanel-browser';", ...drag]).map((seen) => seen.category)).toEqual(['user.behavior.mouse_movement']);
  });
});

describe('server APIs', () => {
  it('normalises header getters, reports each API once per file, and gives IP-derived location its precision', () => {
    expect(
      observeKind('browser-api', 'app/api/route.ts', [
        'export function GET(request: Request) {',
        "  const ip = request.headers.get('x-forwarded-for');",
        "  const country = request.headers.get('CF-IPCountry');",
        "  const region = request.headers.get('x-vercel-ip-country-region');",
        "  const city = request.headers.get('x-vercel-ip-city');",
        "  const lat = request.headers.get('x-vercel-ip-latitude');",
        "  const again = request.headers.get('x-forwarded-for');",
        '  return Response.json({ ip, country, region, city, lat, again });',
        '}',
      ]),
    ).toEqual([
      api('user.device.ip_address', '~request.headers.x-forwarded-for', 'medium', 'client IP header', 2, 14),
      api('user.location.imprecise', '~request.headers.cf-ipcountry', 'strong', 'country from IP', 3, 19, { precision: 'country' }),
      api('user.location.imprecise', '~request.headers.x-vercel-ip-country-region', 'strong', 'region from IP', 4, 18, { precision: 'region' }),
      api('user.location.imprecise', '~request.headers.x-vercel-ip-city', 'strong', 'city from IP', 5, 16, { precision: 'city' }),
      api('user.location.imprecise', '~request.headers.x-vercel-ip-latitude', 'strong', 'coordinates from IP', 6, 15, { precision: 'approximate' }),
    ]);
  });

  it('reads the client IP from `req.ip` and `request.ip`', () => {
    expect(observeKind('browser-api', 'server/a.ts', ['export const a = (req) => req.ip;'])).toEqual([api('user.device.ip_address', '~req.ip', 'medium', 'client IP address', 1, 27)]);
    expect(observeKind('browser-api', 'server/b.ts', ['export const b = (request) => request.ip;'])).toEqual([
      api('user.device.ip_address', '~request.ip', 'medium', 'client IP address', 1, 31),
    ]);
  });
});

describe('privacy signals', () => {
  it('reports Do Not Track and Global Privacy Control read in the browser and from headers', () => {
    expect(
      observeKind('browser-api', 'src/signals.ts', [
        'export function honour(req) {',
        "  if (navigator.doNotTrack === '1' || window.navigator.globalPrivacyControl) return;",
        "  return req.headers.dnt ?? req.headers['sec-gpc'];",
        '}',
      ]),
    ).toEqual([
      api('user.privacy_preferences', 'navigator.doNotTrack', 'strong', 'Do Not Track', 2, 7, { signal: 'do_not_track' }),
      api('user.privacy_preferences', 'navigator.globalPrivacyControl', 'strong', 'Global Privacy Control', 2, 39, { signal: 'global_privacy_control' }),
      api('user.privacy_preferences', '~req.headers.dnt', 'strong', 'Do Not Track header', 3, 10, { signal: 'do_not_track' }),
      api('user.privacy_preferences', '~req.headers.sec-gpc', 'strong', 'Global Privacy Control header', 3, 29, { signal: 'global_privacy_control' }),
    ]);
  });
});
