import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getCategory } from '../../src/catalog/taxonomy.js';
import { serviceTypes, type VendorEntry } from '../../src/catalog/types.js';
import { vendors } from '../../src/catalog/vendors/index.js';
import { patternRoots } from '../../src/core/api-ref.js';
import { compileHostPattern, matchesHost, parseAbsoluteUrl } from '../../src/core/hosts.js';
import type { Observation } from '../../src/core/observation.js';
import { analyzeSource } from '../../src/scanner/analyze-source.js';
import { parseDuration } from '../../src/manifest/duration.js';

const vendorFolder = fileURLToPath(new URL('../../src/catalog/vendors/', import.meta.url));
const fixtureFolder = fileURLToPath(new URL('../../fixtures/catalog/vendors/', import.meta.url));

const vendorFiles = readdirSync(vendorFolder)
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();
const fixtures = readdirSync(fixtureFolder).sort();
const ids = vendors.map((vendor) => vendor.id);

/** `stripe.snippet.html` → `stripe`: the vendor a fixture is for is the part before the first dot. */
function vendorOfFixture(file: string): string {
  return file.slice(0, file.indexOf('.'));
}

function categoryKeys(vendor: VendorEntry): string[] {
  return [
    ...vendor.receives,
    ...(vendor.collects ?? []),
    ...(vendor.storage ?? []).flatMap((item) => item.contains),
    ...(vendor.hostedFields ?? []).flatMap((group) => group.categories),
  ];
}

/** Values claimed by more than one vendor, e.g. a package two entries both list. */
function claimedTwice(claims: (vendor: VendorEntry) => readonly string[]): string[] {
  const owner = new Map<string, string>();
  const duplicates: string[] = [];
  for (const vendor of vendors) {
    for (const value of new Set(claims(vendor))) {
      const first = owner.get(value);
      if (first === undefined) owner.set(value, vendor.id);
      else duplicates.push(`${value} (${first}, ${vendor.id})`);
    }
  }
  return duplicates;
}

function detectedVendors(file: string): string[] {
  const text = readFileSync(fixtureFolder + file, 'utf8');
  const found = new Set<string>();
  for (const observation of analyzeSource(file, text).observations) {
    if (observation.vendor !== undefined) found.add(observation.vendor);
  }
  return [...found].sort();
}

describe('vendor catalog data', () => {
  it('has at least 45 vendors', () => {
    expect(vendors.length).toBeGreaterThanOrEqual(45);
  });

  it('registers every vendor file in the index, sorted by id, with the file named after the id', () => {
    expect(ids).toEqual(vendorFiles);
    expect([...ids].sort()).toEqual(ids);
  });

  it('uses unique kebab-case ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('links https docs (and privacy policies) and names a known service type', () => {
    for (const vendor of vendors) {
      expect(new URL(vendor.docs).protocol, vendor.id).toBe('https:');
      if (vendor.privacyPolicy !== undefined) expect(new URL(vendor.privacyPolicy).protocol, vendor.id).toBe('https:');
      expect(serviceTypes, vendor.id).toContain(vendor.service);
    }
  });

  it('names only categories of the taxonomy', () => {
    const unknown = vendors.flatMap((vendor) => categoryKeys(vendor).filter((key) => getCategory(key) === undefined).map((key) => `${vendor.id}: ${key}`));
    expect(unknown).toEqual([]);
  });

  it('gives every vendor a way to be recognised and something it receives', () => {
    for (const vendor of vendors) {
      const signals = (vendor.packages?.length ?? 0) + (vendor.hosts?.length ?? 0) + (vendor.globals?.length ?? 0);
      expect(signals, vendor.id).toBeGreaterThan(0);
      expect(vendor.receives.length, vendor.id).toBeGreaterThan(0);
    }
  });

  it('lets no two vendors claim the same package, host or global', () => {
    expect(claimedTwice((vendor) => vendor.packages ?? [])).toEqual([]);
    expect(claimedTwice((vendor) => vendor.hosts ?? [])).toEqual([]);
    expect(claimedTwice((vendor) => vendor.globals ?? [])).toEqual([]);
  });

  it('writes packages as npm names, hosts without a scheme and globals as root identifiers', () => {
    for (const vendor of vendors) {
      for (const name of vendor.packages ?? []) expect(name, vendor.id).toMatch(/^(?:@[a-z0-9.~-][a-z0-9._~-]*\/)?(?:\*|[a-z0-9.~-][a-z0-9._~-]*)(?:\/[a-z0-9._~-]+)*$/);
      for (const host of vendor.hosts ?? []) {
        expect(host, vendor.id).toMatch(/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s?#]*)?$/);
        // Each pattern must match a URL on the host it names.
        const example = parseAbsoluteUrl(`https://${host.replace(/^\*\./, 'x.').replace(/\*/g, 'x')}`);
        expect(example !== undefined && matchesHost(compileHostPattern(host), example), `${vendor.id}: ${host}`).toBe(true);
      }
      // Globals are matched by the root name of a reference, so a dotted path could never match.
      for (const name of vendor.globals ?? []) expect(name, vendor.id).toMatch(/^[A-Za-z_$][\w$]*$/);
    }
  });

  it('describes storage items with a valid duration and a matching name form', () => {
    for (const vendor of vendors) {
      for (const item of vendor.storage ?? []) {
        const label = `${vendor.id}: ${item.name}`;
        expect(parseDuration(item.duration), label).toBeDefined();
        expect(item.name.includes('*'), label).toBe(item.match === 'glob');
      }
    }
  });

  it('roots every start call in one of the vendor\'s own packages or globals', () => {
    const foreign: string[] = [];
    for (const vendor of vendors) {
      const packages = [...(vendor.packages ?? []), ...(vendor.serverPackages ?? [])];
      const ownsModule = (module: string): boolean =>
        packages.some((name) => (name.endsWith('/*') ? module.startsWith(name.slice(0, -1)) : module === name || module.startsWith(`${name}/`)));
      for (const pattern of vendor.init ?? []) {
        for (const root of patternRoots(pattern)) {
          const owned = vendor.globals?.includes(root) === true || ownsModule(root.endsWith('/*') ? root.slice(0, -1) : root);
          if (!owned) foreign.push(`${vendor.id}: ${pattern}`);
        }
      }
    }
    expect(foreign).toEqual([]);
  });

  it('gives every recorder a start call and option paths in dot form', () => {
    for (const vendor of vendors) {
      if (vendor.recorder === undefined) continue;
      expect(vendor.recorder.calls.length, vendor.id).toBeGreaterThan(0);
      for (const option of vendor.recorder.unsafe) expect(option.path, vendor.id).toMatch(/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/);
    }
  });
});

describe('vendor fixtures', () => {
  it('has a fixture for every vendor and none for unknown vendors', () => {
    const covered = new Set(fixtures.map(vendorOfFixture));
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('shows the second way of integrating the big vendors', () => {
    const big = ['google-analytics', 'stripe', 'paypal', 'mouseflow', 'meta-pixel', 'hotjar', 'sentry', 'posthog', 'segment', 'intercom'];
    for (const id of big) expect(fixtures.filter((file) => vendorOfFixture(file) === id).length, id).toBeGreaterThanOrEqual(2);
  });

  it.each(fixtures)('%s is recognised as its vendor and no other', (file) => {
    expect(detectedVendors(file)).toEqual([vendorOfFixture(file)]);
  });
});

describe('hosted fields and data calls', () => {
  const card = ['user.financial.credit_card.cvc', 'user.financial.credit_card.expiry', 'user.financial.credit_card.number'];
  const login = ['user.authorization.password', 'user.contact.email'];

  function observedCategories(file: string, keep: (observation: Observation) => boolean): string[] {
    const text = readFileSync(fixtureFolder + file, 'utf8');
    return [...new Set(analyzeSource(file, text).observations.filter(keep).flatMap((observation) => observation.category ?? []))].sort();
  }

  it.each([
    ['stripe.tsx', ['user.financial.bank_account', 'user.financial.credit_card']],
    ['stripe.snippet.html', ['user.financial.credit_card']],
    ['braintree.ts', [...card, 'user.financial.credit_card.holder_name'].sort()],
    ['2checkout.html', card],
    ['adyen.ts', [...card, 'user.financial.credit_card.holder_name'].sort()],
    ['mollie.html', [...card, 'user.financial.credit_card.holder_name'].sort()],
    ['square.html', ['user.contact.address.postal_code', ...card]],
    ['paypal.tsx', ['user.contact.address', 'user.contact.email', 'user.financial.bank_account', 'user.financial.credit_card', 'user.name']],
    ['paypal.snippet.html', ['user.contact.address', 'user.contact.email', 'user.financial.bank_account', 'user.financial.credit_card', 'user.name']],
    ['auth0.tsx', login],
    ['clerk.tsx', [...login, 'user.name']],
    ['google-signin.tsx', login],
    ['microsoft-identity.ts', login],
  ])('%s: data typed into the vendor-hosted form stays with the vendor', (file, categories) => {
    const vendor = vendorOfFixture(file);
    expect(observedCategories(file, (observation) => observation.storedBy === 'recipient_only' && observation.vendor === vendor)).toEqual(categories);
  });

  it.each([
    ['intercom.ts', 'user.contact.email'],
    ['mixpanel.ts', 'user.contact.email'],
    ['segment.ts', 'user.contact.email'],
    ['posthog.ts', 'user.contact.email'],
    ['sentry.ts', 'user.contact.email'],
    ['meta-pixel.react.ts', 'user.contact.email'],
    ['razorpay.html', 'user.contact.phone_number'],
    ['google-analytics.react.ts', 'user.unique_id'],
  ])('%s: the identify-style call sends %s to the vendor', (file, category) => {
    const vendor = vendorOfFixture(file);
    expect(observedCategories(file, (observation) => observation.kind === 'flow' && observation.implied !== true && observation.vendor === vendor)).toContain(category);
  });
});

describe('recorder masking data', () => {
  const posthogInit = (options: string): string => `import posthog from 'posthog-js';\nposthog.init('phc_key', ${options});\n`;

  function capturesPasswords(file: string, text: string): boolean {
    return analyzeSource(file, text).observations.some((observation) => observation.capturesPasswords === true);
  }

  it('reads PostHog password masking switched off as recording passwords', () => {
    expect(capturesPasswords('src/analytics.ts', posthogInit('{ session_recording: { maskAllInputs: false, maskInputOptions: { password: false } } }'))).toBe(true);
  });

  it('keeps PostHog passwords masked when only the other inputs are unmasked', () => {
    expect(capturesPasswords('src/analytics.ts', posthogInit('{ session_recording: { maskAllInputs: false } }'))).toBe(false);
  });

  it('never reports recorders that always mask passwords as recording them', () => {
    const recorders = fixtures.filter((file) => vendors.find((vendor) => vendor.id === vendorOfFixture(file))?.recorder !== undefined);
    expect(recorders.length).toBeGreaterThanOrEqual(8);
    for (const file of recorders) expect(capturesPasswords(file, readFileSync(fixtureFolder + file, 'utf8')), file).toBe(false);
  });
});

describe('start calls', () => {
  /** Lines of the cookies and storage keys the vendor's SDK is implied to set in this source. */
  function impliedStorageLines(file: string, text: string, vendor: string): number[] {
    const lines = analyzeSource(file, text)
      .observations.filter((observation) => observation.implied === true && observation.vendor === vendor && (observation.kind === 'cookie' || observation.kind === 'storage'))
      .map((observation) => observation.line);
    return [...new Set(lines)];
  }

  it.each([
    ['stripe.tsx', 'stripe', 5],
    ['mixpanel.ts', 'mixpanel', 3],
    ['posthog.ts', 'posthog', 3],
    ['auth0.tsx', 'auth0', 6],
  ])('%s: the SDK\'s cookies are reported where it starts', (file, vendor, line) => {
    expect(impliedStorageLines(file, readFileSync(fixtureFolder + file, 'utf8'), vendor)).toEqual([line]);
  });

  it.each([
    ['stripe', 'src/pay.tsx', "import { useStripe } from '@stripe/react-stripe-js';\nexport function usePay() {\n  const stripe = useStripe();\n  return stripe;\n}\n"],
    ['mixpanel', 'src/track.ts', "import mixpanel from 'mixpanel-browser';\nexport function trackSignup(): void {\n  mixpanel.track('Signed up');\n}\n"],
    ['posthog', 'src/flags.ts', "import { usePostHog } from 'posthog-js/react';\nexport function useFlag(name: string): boolean {\n  return usePostHog().isFeatureEnabled(name) === true;\n}\n"],
    ['auth0', 'src/profile.tsx', "import { useAuth0 } from '@auth0/auth0-react';\nexport function Profile() {\n  const { user } = useAuth0();\n  return <p>{user?.name}</p>;\n}\n"],
  ])('%s: a file that only uses the started SDK sets no cookie of its own', (vendor, file, text) => {
    const observations = analyzeSource(file, text).observations;
    expect(observations.some((observation) => (observation.kind === 'sdk' || observation.kind === 'payment') && observation.vendor === vendor)).toBe(true);
    expect(impliedStorageLines(file, text, vendor)).toEqual([]);
  });

  it('does not read the server SDK\'s start call as starting the browser SDK', () => {
    const text = "import * as Sentry from '@sentry/node';\nSentry.init({ dsn: process.env.SENTRY_DSN });\n";
    const observations = analyzeSource('server/instrument.ts', text).observations;
    expect(observations.some((observation) => observation.kind === 'sdk' && observation.vendor === 'sentry')).toBe(true);
    expect(observations.filter((observation) => observation.implied === true)).toEqual([]);
  });

  it('starts the SDK from its global when the script is loaded elsewhere', () => {
    const text = "declare const Stripe: (key: string) => unknown;\nexport const stripe = Stripe('pk_test_0123456789');\n";
    expect(impliedStorageLines('src/stripe-global.ts', text, 'stripe')).toEqual([2]);
  });
});
