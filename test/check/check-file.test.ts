import { describe, expect, it } from 'vitest';
import type { VendorEntry } from '../../src/catalog/types.js';
import { checkApp, manifest, summarize } from './check-helpers.js';

const lines = (...text: string[]): string => text.join('\n');

describe('collection against `collect`', () => {
  const yaml = manifest(
    'surfaces:',
    '  - id: web',
    '    hosts: [shop.example]',
    '    paths: ["web/**"]',
    '  - id: admin',
    '    paths: ["admin/**"]',
    'exclusions:',
    '  - id: legacy',
    '    paths: ["legacy/**"]',
    'collect:',
    '  - id: contact',
    '    surfaces: [web]',
    '    categories: [user.contact]',
    '    channel: form',
    '  - id: names',
    '    categories: [user.name.first]',
    '    channel: form',
  );

  it('covers a category by a declared ancestor, and a generic finding by a declared child', () => {
    expect(checkApp(yaml, { 'web/signup.tsx': 'export const S = () => <form><input type="email" /><input name="name" /></form>;' })).toEqual([]);
  });

  it('reports an undeclared category, as an error when it is sensitive, pointing at `collect`', () => {
    expect(summarize(checkApp(yaml, { 'web/login.tsx': lines('export const L = () => <form>', '  <input type="password" />', '  <input name="nickname" />', '</form>;') }))).toEqual([
      {
        type: 'undeclared-collection',
        messageId: 'undeclaredCollection',
        severity: 'error',
        file: 'web/login.tsx',
        line: 2,
        column: 3,
        manifestPath: 'collect',
        category: 'user.authorization.password',
      },
    ]);
  });

  it('scopes entries to surfaces by path and drops excluded paths', () => {
    const findings = checkApp(yaml, {
      'admin/users.tsx': 'export const A = () => <input type="email" />;',
      'legacy/old.tsx': 'export const L = () => <input type="password" />;',
    });
    expect(summarize(findings)).toEqual([
      {
        type: 'undeclared-collection',
        messageId: 'undeclaredCollection',
        severity: 'warning',
        file: 'admin/users.tsx',
        line: 1,
        column: 24,
        manifestPath: 'collect',
        category: 'user.contact.email',
      },
    ]);
    expect(findings[0]?.message).toBe(
      'Collects `user.contact.email` (type `email`), but no `collect` entry in privacy.yaml covers it. Add it under `collect` with its purpose, or stop collecting it.',
    );
  });
});

describe('precision and where data lands', () => {
  const yaml = manifest(
    'collect:',
    '  - id: geo',
    '    categories: [user.location.imprecise]',
    '    precision: country',
    '    channel: server',
    '  - id: payment',
    '    categories: [user.financial.credit_card]',
    '    channel: form',
    '    stored_by: recipient_only',
  );

  it('reports location finer than the declared precision', () => {
    const findings = checkApp(yaml, {
      'app/geo.ts': lines('export function GET(request: Request) {', "  return request.headers.get('x-vercel-ip-city') ?? request.headers.get('cf-ipcountry');", '}'),
    });
    expect(summarize(findings)).toEqual([
      { type: 'violated-claim', messageId: 'exceedsPrecision', severity: 'error', file: 'app/geo.ts', line: 2, column: 10, manifestPath: 'collect[geo]', category: 'user.location.imprecise' },
    ]);
    expect(findings[0]?.message).toBe(
      'Collects city location (city from IP), finer than the `country` precision declared by `collect` entry `geo`. Coarsen the location, or declare the precision.',
    );
  });

  it('reports card data typed into a first-party field when only the processor may hold it, and not the processor’s hosted field', () => {
    const findings = checkApp(yaml, {
      'src/pay.tsx': lines(
        "import { CardNumberElement } from '@stripe/react-stripe-js';",
        'export const P = () => <form>',
        '  <CardNumberElement />',
        '  <input autoComplete="cc-number" />',
        '</form>;',
      ),
    });
    expect(summarize(findings.filter((finding) => finding.type !== 'undeclared-recipient' && finding.type !== 'undeclared-storage'))).toEqual([
      {
        type: 'violated-claim',
        messageId: 'storedByRecipientOnly',
        severity: 'error',
        file: 'src/pay.tsx',
        line: 4,
        column: 3,
        manifestPath: 'collect[payment].stored_by',
        category: 'user.financial.credit_card.number',
      },
    ]);
  });
});

describe('claims (manifest-model §2.4)', () => {
  const adNetwork: VendorEntry = {
    id: 'acme-ads',
    name: 'Acme Ads',
    service: 'advertising',
    docs: 'https://docs.acme-ads.io',
    globals: ['acmeAds'],
    receives: ['user.device.cookie_id'],
    adNetwork: true,
  };
  const claim = (id: string, type: string, ...rest: string[]) => [`  - id: ${id}`, `    type: ${type}`, ...rest.map((line) => `    ${line}`)];
  const withClaims = (...claims: string[][]) =>
    manifest('surfaces:', '  - id: web', '    hosts: [shop.example]', 'recipients:', '  - id: mixpanel', '    vendor: mixpanel', 'claims:', ...claims.flat());
  const violations = (yaml: string, files: Record<string, string>) =>
    summarize(checkApp(yaml, files, { extraVendors: [adNetwork] }).filter((finding) => finding.type === 'violated-claim'));

  it('not_collected: any finding of the category, unless coarser than the claim’s precision', () => {
    const yaml = withClaims(claim('no-location', 'not_collected', 'categories: [user.location]', 'precision: city'));
    expect(violations(yaml, { 'src/geo.ts': 'navigator.geolocation.getCurrentPosition(show);' })).toEqual([
      { type: 'violated-claim', messageId: 'notCollected', severity: 'error', file: 'src/geo.ts', line: 1, column: 1, manifestPath: 'claims[no-location]', category: 'user.location.precise', claim: 'no-location' },
    ]);
    expect(violations(yaml, { 'app/geo.ts': "export const GET = (request: Request) => request.headers.get('cf-ipcountry');" })).toEqual([]);
  });

  it('not_stored: a first-party field, never a processor’s hosted field', () => {
    const yaml = withClaims(claim('no-cards', 'not_stored', 'categories: [user.financial.credit_card]'));
    expect(
      violations(yaml, {
        'src/pay.tsx': lines("import { CardElement } from '@stripe/react-stripe-js';", 'export const P = () => <form><CardElement /><input name="cardNumber" /></form>;'),
      }),
    ).toEqual([
      { type: 'violated-claim', messageId: 'notStored', severity: 'error', file: 'src/pay.tsx', line: 2, column: 45, manifestPath: 'claims[no-cards]', category: 'user.financial.credit_card.number', claim: 'no-cards' },
    ]);
  });

  it('not_shared: a flow to any recipient the claim does not except', () => {
    const yaml = withClaims(claim('no-email-sharing', 'not_shared', 'categories: [user.contact.email]', 'except: [mixpanel]'));
    expect(
      violations(yaml, {
        'src/share.ts': lines(
          "import mixpanel from 'mixpanel-browser';",
          'mixpanel.people.set({ email: user.email });',
          "fetch('https://api.partner-crm.io/leads', { method: 'POST', body: JSON.stringify({ email }) });",
        ),
      }),
    ).toEqual([
      { type: 'violated-claim', messageId: 'notShared', severity: 'error', file: 'src/share.ts', line: 3, column: 1, manifestPath: 'claims[no-email-sharing]', category: 'user.contact.email', claim: 'no-email-sharing' },
    ]);
  });

  it('not_sold, no_advertising and no_targeted_advertising: an advertising SDK', () => {
    const yaml = withClaims(claim('no-sale', 'not_sold', 'categories: [user]'), claim('no-ads', 'no_advertising'), claim('no-targeted', 'no_targeted_advertising'));
    expect(violations(yaml, { 'src/pixel.ts': "fbq('init', '123');" }).map(({ messageId, claim: id, vendor }) => `${messageId} ${id} ${vendor}`)).toEqual([
      'notSold no-sale meta-pixel',
      'advertising no-ads meta-pixel',
      'advertising no-targeted meta-pixel',
    ]);
  });

  it('no_third_party_advertising: only an ad network serving others’ ads, not a conversion pixel', () => {
    const yaml = withClaims(claim('no-3p-ads', 'no_third_party_advertising'));
    expect(violations(yaml, { 'src/pixel.ts': "fbq('init', '123');" })).toEqual([]);
    expect(violations(yaml, { 'src/ads.ts': "acmeAds('slot', 'top');" })).toEqual([
      { type: 'violated-claim', messageId: 'advertising', severity: 'error', file: 'src/ads.ts', line: 1, column: 1, manifestPath: 'claims[no-3p-ads]', vendor: 'acme-ads', claim: 'no-3p-ads' },
    ]);
  });

  it('no_third_party_cookies, no_cross_site_tracking and no_global_identifier: a cookie set on another site’s domain', () => {
    const yaml = withClaims(claim('no-3p-cookies', 'no_third_party_cookies'), claim('no-tracking', 'no_cross_site_tracking'), claim('no-global-id', 'no_global_identifier'));
    const findings = checkApp(yaml, {
      'src/ck.ts': lines("document.cookie = 'visitor=1; domain=tracker.partner.io; max-age=60';", "document.cookie = 'theme=dark; domain=.shop.example';"),
    }).filter((finding) => finding.type === 'violated-claim');
    expect(summarize(findings).map(({ messageId, claim: id, key, line }) => `${line} ${messageId} ${id} ${key}`)).toEqual([
      '1 globalIdentifier no-global-id visitor',
      '1 thirdPartyCookie no-3p-cookies visitor',
      '1 crossSiteTracking no-tracking visitor',
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'Cookie `visitor` creates an identifier that follows people across sites, which claim `no-global-id` rules out. Remove it, or correct the claim.',
      'Cookie `visitor` is a third-party cookie (written to `document.cookie`), but claim `no-3p-cookies` says none are used. Set it on the site\'s own domain, or remove it.',
      'Cookie `visitor` tracks people across sites, which claim `no-tracking` rules out. Remove it, or correct the claim.',
    ]);
  });

  it('no_global_identifier and no_cross_site_tracking: fingerprinting that is sent somewhere', () => {
    const yaml = withClaims(claim('no-tracking', 'no_cross_site_tracking'), claim('no-global-id', 'no_global_identifier'));
    expect(
      violations(yaml, { 'src/fp.ts': lines('const print = canvas.toDataURL();', "navigator.sendBeacon('/fp', print);") }).map(({ messageId, line, column }) => `${line}:${column} ${messageId}`),
    ).toEqual(['1:15 globalIdentifier', '1:15 crossSiteTracking']);
  });

  it('no_personal_data_in_storage: a stored value built from personal data, for the storage types named', () => {
    const yaml = withClaims(claim('no-pd-cookies', 'no_personal_data_in_storage', 'types: [cookie]'));
    const findings = checkApp(yaml, {
      'src/remember.ts': lines('document.cookie = `last_email=${user.email}`;', "localStorage.setItem('email_cache', user.email);", "document.cookie = 'theme=dark';"),
    }).filter((finding) => finding.type === 'violated-claim');
    expect(summarize(findings)).toEqual([
      { type: 'violated-claim', messageId: 'personalDataInStorage', severity: 'error', file: 'src/remember.ts', line: 1, column: 1, manifestPath: 'claims[no-pd-cookies]', key: 'last_email', claim: 'no-pd-cookies' },
    ]);
    expect(findings[0]?.message).toBe('Cookie `last_email` holds `user.contact.email`, but claim `no-pd-cookies` says stored items hold no personal data. Store an opaque identifier instead.');
  });

  it('user_entered_only: keystrokes captured and sent while the user types', () => {
    const yaml = withClaims(claim('typed-only', 'user_entered_only', 'categories: [user]'));
    expect(
      violations(yaml, {
        'src/keys.ts': lines("document.addEventListener('keydown', (e) => { if (e.target.type !== 'password') buffer.push(e.key); });", "navigator.sendBeacon('/k', buffer);"),
      }),
    ).toEqual([
      { type: 'violated-claim', messageId: 'userEnteredOnly', severity: 'error', file: 'src/keys.ts', line: 1, column: 1, manifestPath: 'claims[typed-only]', category: 'user.behavior.keystrokes', claim: 'typed-only' },
    ]);
  });

  it('encryption_in_transit: a request over plain http', () => {
    const yaml = withClaims(claim('tls', 'encryption_in_transit'));
    const findings = checkApp(yaml, { 'src/ping.ts': lines("fetch('https://api.partner-crm.io/ok');", "fetch('http://plain.partner-crm.io/ping');") }).filter((finding) => finding.type === 'violated-claim');
    expect(summarize(findings)).toEqual([{ type: 'violated-claim', messageId: 'insecureTransport', severity: 'error', file: 'src/ping.ts', line: 2, column: 1, manifestPath: 'claims[tls]', claim: 'tls' }]);
    expect(findings[0]?.message).toBe('Sends data over plain `http://` to `plain.partner-crm.io`, but claim `tls` says data is encrypted in transit. Use `https://`.');
  });

  it('`device_storage.third_party_cookies: none` acts as a claim of its own', () => {
    const yaml = manifest('surfaces:', '  - id: web', '    hosts: [shop.example]', 'device_storage:', '  third_party_cookies: none');
    expect(summarize(checkApp(yaml, { 'src/ck.ts': "document.cookie = 'visitor=1; domain=tracker.partner.io';" }).filter((finding) => finding.type === 'violated-claim'))).toEqual([
      { type: 'violated-claim', messageId: 'thirdPartyCookie', severity: 'error', file: 'src/ck.ts', line: 1, column: 1, manifestPath: 'device_storage.third_party_cookies', key: 'visitor' },
    ]);
  });
});

describe('device storage', () => {
  const yaml = manifest(
    'device_storage:',
    '  items:',
    '    - { name: sid, type: cookie, duration: P1D }',
    '    - { name: "pref_*", match: glob, type: cookie, duration: P30D }',
    '    - { name: "^ab_[0-9]+$", match: regex, type: local_storage }',
    '  classes:',
    '    - { types: [session_storage], party: first, category: functional }',
  );

  it('matches items exactly, by glob and by regex; reports a longer lifetime, a class-only match and an undeclared key', () => {
    const findings = checkApp(yaml, {
      'src/app.ts': lines(
        "import Cookies from 'js-cookie';",
        "Cookies.set('sid', 'x', { expires: 7 });",
        "Cookies.set('pref_lang', 'en', { expires: 30 });",
        "Cookies.set('pref_theme', 'dark', { expires: 31 });",
        "localStorage.setItem('ab_12', '1');",
        "localStorage.setItem('ab_x', '1');",
        "sessionStorage.setItem('wizard_step', '2');",
        "Cookies.set('sid2', 'x');",
      ),
    });
    expect(summarize(findings)).toEqual([
      { type: 'undeclared-storage', messageId: 'longerThanDeclared', severity: 'warning', file: 'src/app.ts', line: 2, column: 1, manifestPath: 'device_storage.items[sid].duration', key: 'sid' },
      { type: 'undeclared-storage', messageId: 'longerThanDeclared', severity: 'warning', file: 'src/app.ts', line: 4, column: 1, manifestPath: 'device_storage.items[pref_*].duration', key: 'pref_theme' },
      { type: 'undeclared-storage', messageId: 'undeclaredItem', severity: 'warning', file: 'src/app.ts', line: 6, column: 1, manifestPath: 'device_storage', key: 'ab_x' },
      { type: 'undeclared-storage', messageId: 'classOnly', severity: 'info', file: 'src/app.ts', line: 7, column: 1, manifestPath: 'device_storage.classes[0]', key: 'wizard_step' },
      { type: 'undeclared-storage', messageId: 'undeclaredItem', severity: 'warning', file: 'src/app.ts', line: 8, column: 1, manifestPath: 'device_storage', key: 'sid2' },
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'Cookie `sid` lives 7 days, longer than the 1 day declared for `sid`. Shorten its lifetime, or correct the declared duration.',
      'Cookie `pref_theme` lives 31 days, longer than the 30 days declared for `pref_*`. Shorten its lifetime, or correct the declared duration.',
      'localStorage key `ab_x` (written with Web Storage) is not declared in `device_storage`. Add it under `device_storage.items` with its purpose, party and duration.',
      'sessionStorage key `wizard_step` is declared only by class (`device_storage.classes[0], functional`): no name and no duration. Add it under `device_storage.items`.',
      'Cookie `sid2` (written with js-cookie) is not declared in `device_storage`. Add it under `device_storage.items` with its purpose, party and duration.',
    ]);
  });

  it('does not report a vendor’s own cookies while the vendor itself is undeclared', () => {
    const findings = checkApp(yaml, { 'public/index.html': '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>' });
    expect(summarize(findings).map(({ type, vendor, key }) => `${type} ${vendor} ${key ?? ''}`.trim())).toEqual(['undeclared-recipient google-analytics']);
  });

  it('reports a declared vendor’s cookies that `device_storage` leaves out', () => {
    const declared = `${yaml}recipients:\n  - id: ga\n    vendor: google-analytics\n`;
    const findings = checkApp(declared, { 'public/index.html': '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>' });
    expect(summarize(findings.filter((finding) => finding.type === 'undeclared-storage')).map(({ key }) => key).sort()).toEqual(['_ga', '_ga_*', '_gat*', '_gid']);
  });
});

describe('recipients and flows', () => {
  const yaml = manifest(
    'controller:',
    '  name: Mouseflow ApS',
    '  vendor_ids: [mouseflow]',
    'recipients:',
    '  - id: dd',
    '    vendor: datadog',
    '  - id: mixpanel',
    '    vendor: mixpanel',
    '    receives: [user.behavior, user.device, user.unique_id]',
  );

  it('reports an undeclared SDK once, pointing at `recipients`', () => {
    const findings = checkApp(yaml, { 'src/ga.ts': "gtag('config', 'G-1');" });
    expect(summarize(findings)).toEqual([
      { type: 'undeclared-recipient', messageId: 'undeclaredVendor', severity: 'error', file: 'src/ga.ts', line: 1, column: 1, manifestPath: 'recipients', vendor: 'google-analytics' },
    ]);
    expect(findings[0]?.message).toBe(
      '`google-analytics` (Google Analytics, analytics) is used here but is not declared in `recipients`. Add a recipient with `vendor: google-analytics` to privacy.yaml, or remove it.',
    );
  });

  it('reports a request to an unknown host, but not to a first-party host', () => {
    const withHosts = `${yaml}surfaces:\n  - id: web\n    hosts: [shop-api.io]\n`;
    expect(
      summarize(checkApp(withHosts, { 'src/api.ts': lines("fetch('https://api.shop-api.io/orders');", "fetch('https://api.partner-crm.io/leads');") })),
    ).toEqual([
      { type: 'undeclared-recipient', messageId: 'undeclaredHost', severity: 'error', file: 'src/api.ts', line: 2, column: 1, manifestPath: 'recipients', key: 'api.partner-crm.io' },
    ]);
  });

  it('treats the controller’s own vendor as first party', () => {
    expect(checkApp(yaml, { 'src/mf.ts': "_mfq.push(['setVariable', 'email', user.email]);" })).toEqual([]);
  });

  it('accepts a related vendor for a declared recipient and checks its flows against that recipient’s `receives`', () => {
    expect(summarize(checkApp(yaml, { 'src/logs.ts': 'logmatic.setMetas({ email: user.email });' }))).toEqual([
      { type: 'undeclared-flow', messageId: 'undeclaredFlow', severity: 'warning', file: 'src/logs.ts', line: 1, column: 1, manifestPath: 'recipients[dd].receives', vendor: 'logmatic', category: 'user.contact.email' },
    ]);
  });

  it('reports data sent to a declared recipient whose `receives` leaves it out', () => {
    const findings = checkApp(yaml, { 'src/mp.ts': lines("import mixpanel from 'mixpanel-browser';", 'mixpanel.people.set({ email: user.email, plan });') }).filter(
      (finding) => finding.type === 'undeclared-flow',
    );
    expect(summarize(findings)).toEqual([
      { type: 'undeclared-flow', messageId: 'undeclaredFlow', severity: 'warning', file: 'src/mp.ts', line: 2, column: 1, manifestPath: 'recipients[mixpanel].receives', vendor: 'mixpanel', category: 'user.contact.email' },
    ]);
    expect(findings[0]?.message).toBe(
      '`user.contact.email` reaches `mixpanel` (`email` is sent to Mixpanel), but its `receives` list in privacy.yaml does not include it. Add it to `receives`, or stop sending it.',
    );
  });
});

describe('signals', () => {
  it('reports code that reads a signal the manifest says is not honoured, as a warning', () => {
    const yaml = manifest('signals:', '  do_not_track: not_honored', '  global_privacy_control: not_mentioned');
    const findings = checkApp(yaml, { 'src/dnt.ts': lines("if (navigator.doNotTrack === '1') disableTracking();", 'const gpc = navigator.globalPrivacyControl;') });
    expect(summarize(findings)).toEqual([
      { type: 'violated-claim', messageId: 'signalNotHonored', severity: 'warning', file: 'src/dnt.ts', line: 1, column: 5, manifestPath: 'signals.do_not_track', category: 'user.privacy_preferences' },
    ]);
    expect(findings[0]?.message).toBe(
      'Reads the Do Not Track signal (`navigator.doNotTrack`), but `signals.do_not_track` in privacy.yaml says it is not honoured. Set it to `honored` if the code acts on it.',
    );
  });
});

describe('fingerprints', () => {
  const yaml = manifest('collect: []');
  const before = { 'src/form.tsx': lines('export const F = () => <form>', '  <input type="email" />', '  <input type="tel" />', '</form>;') };
  const after = { 'src/form.tsx': lines('// A comment added above', '', 'export const F = () => <form>', '  <input type="email" />', '  <input type="tel" />', '</form>;') };

  it('stay the same when unrelated lines move the findings', () => {
    const first = checkApp(yaml, before);
    const second = checkApp(yaml, after);
    expect(second.map((finding) => finding.line)).toEqual([4, 5]);
    expect(second.map((finding) => finding.fingerprint)).toEqual(first.map((finding) => finding.fingerprint));
  });

  it('differ between findings and are 32 hex digits', () => {
    const [email, phone] = checkApp(yaml, before);
    expect(email?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(email?.fingerprint).not.toBe(phone?.fingerprint);
  });

  it('change when the evidence line itself changes', () => {
    const changed = { 'src/form.tsx': lines('export const F = () => <form>', '  <input type="email" name="work" />', '  <input type="tel" />', '</form>;') };
    const [email] = checkApp(yaml, before);
    const [edited] = checkApp(yaml, changed);
    expect(edited?.fingerprint).not.toBe(email?.fingerprint);
  });
});
