import type { Finding } from '../../src/check/finding.js';
import type { LoadedManifest } from '../../src/manifest/load.js';
import { parseManifest } from '../../src/manifest/load.js';
import type { Report } from '../../src/report/model.js';

/**
 * One canonical report for every renderer's tests: one finding of most types, a path that needs URI
 * encoding, markup in messages and evidence that must be escaped, a manifest-level finding, an accepted
 * finding and coverage with skipped files and an unresolved key. Findings are deliberately out of order.
 */
const findings: Finding[] = [
  {
    type: 'unused-declaration',
    ruleId: 'candor/no-unused-declaration',
    messageId: 'unusedRecipient',
    data: { recipient: 'hotjar' },
    severity: 'info',
    message: 'Recipient `hotjar` is declared but nothing in the code loads it. Remove it from `recipients` or check that the scan covers the code that loads it.',
    file: 'privacy.yaml',
    line: 62,
    column: 5,
    endLine: 62,
    endColumn: 16,
    vendor: 'hotjar',
    manifestPath: 'recipients[3]',
    manifestLine: 62,
    manifestColumn: 5,
    fingerprint: 'f0e1d2c3b4a59687',
  },
  {
    type: 'undeclared-recipient',
    ruleId: 'candor/no-undeclared-recipient',
    messageId: 'undeclaredVendor',
    data: { vendor: 'google-analytics' },
    severity: 'error',
    message: '`google-analytics` receives `user.device.cookie_id` but is not declared in `privacy.yaml`. Add it under `recipients`.',
    file: 'src/analytics.ts',
    line: 12,
    column: 3,
    endLine: 12,
    endColumn: 26,
    vendor: 'google-analytics',
    category: 'user.device.cookie_id',
    manifestPath: 'recipients',
    manifestLine: 48,
    evidence: `document.head.innerHTML += '<script src="https://www.googletagmanager.com/gtag/js"></script>'`,
    fingerprint: '1a2b3c4d5e6f7081',
  },
  {
    type: 'violated-claim',
    ruleId: 'candor/no-violated-claim',
    messageId: 'notCollected',
    data: { api: 'navigator.geolocation.getCurrentPosition', category: 'user.location.precise', claim: 'no-precise-location' },
    severity: 'error',
    message: '`navigator.geolocation.getCurrentPosition` collects `user.location.precise`, which claim `no-precise-location` says is never collected. Remove the call or change the claim.',
    file: 'src/components/store locator/[city].tsx',
    line: 8,
    column: 5,
    endLine: 8,
    endColumn: 45,
    category: 'user.location.precise',
    claim: 'no-precise-location',
    manifestPath: 'claims[no-precise-location]',
    manifestLine: 91,
    evidence: 'navigator.geolocation.getCurrentPosition(onPosition)',
    quote: 'we don’t collect the precise geolocation of you or your device',
    fingerprint: '9988776655443322',
  },
  {
    type: 'undeclared-collection',
    ruleId: 'candor/no-undeclared-collection',
    messageId: 'undeclaredCategory',
    data: { field: '<input type="tel" name="phone">', category: 'user.contact.phone_number' },
    severity: 'warning',
    message: 'Field <input type="tel" name="phone"> collects `user.contact.phone_number` & no `collect` entry declares it. Add it to a `collect` entry in `privacy.yaml`.',
    file: 'src/pages/signup.tsx',
    line: 30,
    column: 7,
    endLine: 30,
    endColumn: 41,
    category: 'user.contact.phone_number',
    manifestPath: 'collect',
    evidence: '<input type="tel" name="phone" autoComplete="tel" />',
    fingerprint: '0123456789abcdef',
  },
  {
    type: 'policy-mismatch',
    ruleId: 'candor/policy-mismatch',
    messageId: 'vendorOnlyInText',
    data: { vendor: 'Mouseflow' },
    severity: 'warning',
    message: 'The policy text names `Mouseflow` but `recipients` does not list it. Add it to `recipients` or correct the policy text.',
    file: 'privacy.yaml',
    line: 40,
    column: 1,
    endLine: 40,
    endColumn: 12,
    vendor: 'mouseflow',
    manifestPath: 'recipients',
    manifestLine: 40,
    quote: 'We use Mouseflow to record visitor sessions & build heat maps of <main> pages.',
    fingerprint: 'abcdefabcdef0001',
  },
  {
    type: 'undeclared-flow',
    ruleId: 'candor/no-undeclared-flow',
    messageId: 'flowToRecipient',
    data: { category: 'user.contact.email', vendor: 'google-analytics' },
    severity: 'warning',
    message: '`user.contact.email` reaches `google-analytics`, which `recipients` does not declare as receiving it. Add it to the recipient’s `receives` or stop sending it.',
    file: 'src/analytics.ts',
    line: 20,
    column: 3,
    endLine: 20,
    endColumn: 51,
    vendor: 'google-analytics',
    category: 'user.contact.email',
    manifestPath: 'recipients',
    manifestLine: 30,
    evidence: "gtag('set', 'user_data', { email: user.email })",
    fingerprint: '7766554433221100',
    // Written as the accepted-findings feature will: extra fields beside the Finding contract.
    ...{ status: 'accepted', reason: 'Hashed by gtag before sending; reviewed by legal.', author: 'dana@acme.example', expires: '2025-12-31' },
  },
  {
    type: 'undeclared-storage',
    ruleId: 'candor/no-undeclared-storage',
    messageId: 'undeclaredStorageKey',
    data: { key: 'draft:*' },
    severity: 'warning',
    message: 'Local storage key `draft:*` is not listed under `device_storage.items`. Add it with its party, purpose and duration.',
    file: 'src/editor/draft.ts',
    line: 4,
    column: 3,
    endLine: 4,
    endColumn: 42,
    key: 'draft:*',
    manifestPath: 'device_storage',
    evidence: 'localStorage.setItem(`draft:${id}`, body)',
    fingerprint: '5544332211009988',
  },
];

export const sampleReport: Report = {
  schemaVersion: 1,
  tool: { name: 'candor', version: '0.1.0' },
  manifest: 'privacy.yaml',
  policy: 'docs/privacy-policy.md',
  observations: [
    { kind: 'sdk', file: 'src/analytics.ts', line: 12, column: 3, endLine: 12, endColumn: 26, evidence: "gtag('config', GA_ID)", confidence: 'strong', vendor: 'google-analytics', host: 'www.googletagmanager.com' },
    { kind: 'cookie', file: 'src/analytics.ts', line: 12, column: 3, endLine: 12, endColumn: 26, evidence: "gtag('config', GA_ID)", confidence: 'strong', vendor: 'google-analytics', key: '_ga', storageType: 'cookie', category: 'user.device.cookie_id', implied: true, cookie: { maxAgeSeconds: 63_072_000 } },
    { kind: 'flow', file: 'src/analytics.ts', line: 20, column: 3, endLine: 20, endColumn: 51, evidence: "gtag('set', 'user_data', { email: user.email })", confidence: 'strong', vendor: 'google-analytics', category: 'user.contact.email' },
    { kind: 'form-field', file: 'src/pages/signup.tsx', line: 22, column: 7, endLine: 22, endColumn: 40, evidence: '<input type="email" name="email" />', confidence: 'strong', category: 'user.contact.email', reason: 'type="email"' },
    { kind: 'form-field', file: 'src/pages/signup.tsx', line: 30, column: 7, endLine: 30, endColumn: 41, evidence: '<input type="tel" name="phone" autoComplete="tel" />', confidence: 'strong', category: 'user.contact.phone_number', reason: 'autocomplete="tel"' },
    { kind: 'browser-api', file: 'src/components/store locator/[city].tsx', line: 8, column: 5, endLine: 8, endColumn: 45, evidence: 'navigator.geolocation.getCurrentPosition(onPosition)', confidence: 'strong', api: 'navigator.geolocation.getCurrentPosition', category: 'user.location.precise', precision: 'precise' },
    { kind: 'storage', file: 'src/editor/draft.ts', line: 4, column: 3, endLine: 4, endColumn: 42, evidence: 'localStorage.setItem(`draft:${id}`, body)', confidence: 'strong', key: 'draft:*', storageType: 'local_storage', contains: ['user.content.private'] },
    { kind: 'payment', file: 'src/checkout/card.tsx', line: 15, column: 9, endLine: 15, endColumn: 33, evidence: '<CardElement options={cardOptions} />', confidence: 'strong', vendor: 'stripe', category: 'user.financial.credit_card', storedBy: 'recipient_only' },
  ],
  findings,
  coverage: {
    files: 42,
    skipped: [
      { file: 'public/vendor/jquery.min.js', reason: 'minified bundle (87 KB on one line)' },
      { file: 'src/legacy.js', reason: 'syntax error at 3:7' },
    ],
    unresolved: [{ file: 'src/store.ts', line: 8, column: 5, what: 'storage key from a parameter' }],
  },
};

/** File text for code frames, by relative path. */
export const sampleSources = new Map<string, string>([
  [
    'src/analytics.ts',
    [
      "import { GA_ID } from './config';",
      '',
      'declare global {',
      '  interface Window { dataLayer: unknown[] }',
      '}',
      '',
      'export function startAnalytics(): void {',
      '  window.dataLayer = window.dataLayer || [];',
      '  function gtag(...args: unknown[]) { window.dataLayer.push(args); }',
      "  gtag('js', new Date());",
      '  // Loads the tag on every page.',
      `  document.head.innerHTML += '<script src="https://www.googletagmanager.com/gtag/js"></script>'`,
      "  gtag('config', GA_ID);",
      '}',
      '',
      'export function identify(user: { email: string }): void {',
      '  const gtag = window.gtag;',
      '  if (!gtag) return;',
      '  // Enhanced conversions.',
      "  gtag('set', 'user_data', { email: user.email })",
      '}',
    ].join('\n'),
  ],
]);

/** The manifest the sample report was checked against: some of what the code does is declared, some not. */
export const sampleManifestYaml = `
privacy_manifest: 1
policy:
  title: Acme Shop Privacy Policy
  url: https://shop.example/privacy
  effective: 2024-05-01
  completeness: partial
  gaps: [no retention period for drafts]
controller: {name: Acme Shop}
surfaces:
  - {id: web, hosts: [shop.example]}
collect:
  - id: account
    categories: [user.contact.email]
    channel: form
    purposes: [essential.service.authentication]
    quote: "We ask for your email address when you sign up."
  - id: analytics
    categories: [user.device.cookie_id, user.behavior.browsing_history]
    channel: sdk
    purposes: [analytics.reporting]
  - id: store_locator
    categories: [user.location.imprecise]
    precision: city
    channel: client_api
    purposes: [essential.service]
  - id: checkout
    categories: [user.financial.credit_card]
    channel: sdk
    stored_by: recipient_only
    recipients: [stripe]
    purposes: [essential.service.payment_processing]
    quote: "Card payments are handled by Stripe; we never see your card number."
recipients:
  - {id: stripe, vendor: stripe, name: Stripe, role: processor, service: payment_processor,
     receives: [user.financial.credit_card], disclosure: service_provider, quote: "Payments are processed by Stripe."}
  - {id: newsletter, name: Newsletter provider, role: processor, receives: [user.contact.email], disclosure: service_provider}
  - {id: hosting, name: Hosting provider, role: processor, service: hosting, receives: [user], disclosure: service_provider}
  - {id: hotjar, vendor: hotjar, role: processor, receives: [user.behavior], disclosure: service_provider,
     quote: "We use Hotjar to understand how visitors use <our> site & improve it."}
device_storage:
  items:
    - {name: session, type: cookie, provider: first_party, category: strictly_necessary,
       purposes: [essential.service.authentication], duration: session, quote: "A session cookie keeps you signed in."}
    - {name: "cart:*", match: glob, type: local_storage, provider: first_party, category: functional,
       purposes: [essential.service], duration: P30D}
  classes:
    - {category: functional, party: first, types: [local_storage], purposes: [personalize.system], duration: persistent,
       quote: "We keep drafts and preferences in your browser's local storage."}
claims:
  - id: no-precise-location
    type: not_collected
    categories: [user.location.precise]
    quote: "we don’t collect the precise geolocation of you or your device"
`;

export function loadSampleManifest(): LoadedManifest {
  return parseManifest(sampleManifestYaml, '/virtual/shop/privacy.yaml');
}
