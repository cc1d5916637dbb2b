import { describe, expect, it } from 'vitest';
import { observe } from './observations.js';
import { testCatalog } from './test-vendors.js';

const impliedAt = (line: number, column: number) => [
  { kind: 'cookie', vendor: 'acme-analytics', key: 'acme_sync', storageType: 'cookie', confidence: 'strong', implied: true, contains: [], cookie: { maxAgeSeconds: null }, thirdParty: true, reason: 'set by Acme Analytics', line, column },
  { kind: 'cookie', vendor: 'acme-analytics', key: '_acme', storageType: 'cookie', confidence: 'strong', implied: true, contains: ['user.device.cookie_id'], category: 'user.device.cookie_id', cookie: { maxAgeSeconds: 86_400 }, reason: 'set by Acme Analytics', line, column },
  { kind: 'storage', vendor: 'acme-analytics', key: 'acme_*', storageType: 'local_storage', confidence: 'strong', implied: true, contains: [], reason: 'set by Acme Analytics', line, column },
  { kind: 'flow', vendor: 'acme-analytics', category: 'user.behavior.browsing_history', confidence: 'strong', implied: true, reason: "collected by Acme Analytics's script", line, column },
];

describe('vendor SDKs', () => {
  it('recognises an import, implies the SDK’s cookies and automatic collection there, and turns identify arguments into flows', () => {
    expect(
      observe('src/analytics.ts', ["import acme from 'acme-analytics';", "acme.identify({ email: user.email, plan: 'pro', phone });"], testCatalog),
    ).toEqual([
      { kind: 'sdk', vendor: 'acme-analytics', confidence: 'strong', reason: 'imports `acme-analytics`', line: 1, column: 18 },
      ...impliedAt(1, 18),
      { kind: 'flow', vendor: 'acme-analytics', category: 'user.contact.email', confidence: 'medium', reason: '`email` is sent to Acme Analytics', line: 2, column: 1 },
      { kind: 'flow', vendor: 'acme-analytics', category: 'user.contact.phone_number', confidence: 'medium', reason: '`phone` is sent to Acme Analytics', line: 2, column: 1 },
    ]);
  });

  it('recognises any package of a vendor scope', () => {
    expect(observe('src/a.ts', ["import { track } from '@acme/browser';"], testCatalog)[0]).toEqual({
      kind: 'sdk',
      vendor: 'acme-analytics',
      confidence: 'strong',
      reason: 'imports `@acme/browser`',
      line: 1,
      column: 23,
    });
  });

  it('recognises a script host with its path and implies the SDK’s cookies at the script tag', () => {
    expect(observe('public/index.html', ['<script src="https://cdn.acme-analytics.io/sdk/v2.js"></script>'], testCatalog)).toEqual([
      { kind: 'sdk', vendor: 'acme-analytics', confidence: 'strong', reason: 'loads `cdn.acme-analytics.io/sdk/v2.js`', host: 'cdn.acme-analytics.io', line: 1, column: 1 },
      ...impliedAt(1, 1),
    ]);
  });

  it('ignores the vendor’s host outside the pattern’s path', () => {
    expect(observe('src/links.ts', ["export const docs = 'https://cdn.acme-analytics.io/docs';"], testCatalog)).toEqual([]);
  });

  it('recognises a snippet global without implying cookies: the global alone does not load the SDK', () => {
    expect(observe('src/track.ts', ["acmeq('identify', { email });", "acmeq.push(['page']);"], testCatalog)).toEqual([
      { kind: 'sdk', vendor: 'acme-analytics', confidence: 'strong', reason: 'uses the `acmeq` global', line: 1, column: 1 },
      { kind: 'flow', vendor: 'acme-analytics', category: 'user.contact.email', confidence: 'medium', reason: '`email` is sent to Acme Analytics', line: 1, column: 1 },
    ]);
  });

  it('reports a vendor once per file, at its strongest evidence', () => {
    const seen = observe('src/both.ts', ["acmeq('page');", "import acme from 'acme-analytics';"], testCatalog).filter((observation) => observation.kind === 'sdk');
    expect(seen).toEqual([{ kind: 'sdk', vendor: 'acme-analytics', confidence: 'strong', reason: 'imports `acme-analytics`', line: 2, column: 18 }]);
  });
});

describe('session recorders', () => {
  it('reports password capture when an option turns masking off', () => {
    const flows = observe('src/replay.ts', ["import acme from 'acme-analytics';", 'acme.record({ mask: { passwords: false } });'], testCatalog).filter(
      (observation) => observation.capturesPasswords === true,
    );
    expect(flows).toEqual([
      {
        kind: 'flow',
        vendor: 'acme-analytics',
        category: 'user.authorization.password',
        confidence: 'strong',
        capturesPasswords: true,
        reason: '`mask.passwords: false` makes Acme Analytics record password fields',
        line: 2,
        column: 1,
      },
    ]);
  });

  it('reports nothing when masking stays on', () => {
    const flows = observe('src/replay.ts', ["import acme from 'acme-analytics';", 'acme.record({ mask: { passwords: true } });'], testCatalog).filter(
      (observation) => observation.capturesPasswords === true,
    );
    expect(flows).toEqual([]);
  });

  it('reports a recorder that captures passwords by default at its start call, or at its import when never configured', () => {
    expect(observe('src/a.ts', ["import { start } from 'replayer';", 'start({});'], testCatalog)).toEqual([
      { kind: 'sdk', vendor: 'replayer', confidence: 'strong', reason: 'imports `replayer`', line: 1, column: 23 },
      { kind: 'flow', vendor: 'replayer', category: 'user.authorization.password', confidence: 'strong', capturesPasswords: true, reason: 'Replayer records password fields by default', line: 2, column: 1 },
    ]);
    expect(observe('src/b.ts', ["import { start } from 'replayer';"], testCatalog)).toEqual([
      { kind: 'sdk', vendor: 'replayer', confidence: 'strong', reason: 'imports `replayer`', line: 1, column: 23 },
      { kind: 'flow', vendor: 'replayer', category: 'user.authorization.password', confidence: 'medium', capturesPasswords: true, reason: 'Replayer records password fields by default', line: 1, column: 23 },
    ]);
  });

  it('reads PostHog’s password masking option from the built-in catalog', () => {
    const flows = observe('src/posthog.ts', [
      "import posthog from 'posthog-js';",
      "posthog.init('key', { session_recording: { maskInputOptions: { password: false } } });",
    ]).filter((observation) => observation.capturesPasswords === true);
    expect(flows.map(({ vendor, category, line, reason }) => ({ vendor, category, line, reason }))).toEqual([
      { vendor: 'posthog', category: 'user.authorization.password', line: 2, reason: '`session_recording.maskInputOptions.password: false` makes PostHog record password fields' },
    ]);
  });
});

describe('payment processors', () => {
  it('reports the processor as `payment` and its hosted fields as `recipient_only`', () => {
    expect(
      observe(
        'src/pay.tsx',
        ["import { CardField } from 'acme-pay-react';", 'export const P = () => <form><CardField /></form>;', "AcmePay('pk').mountFields('#card');"],
        testCatalog,
      ),
    ).toEqual([
      { kind: 'payment', vendor: 'acme-pay', confidence: 'strong', reason: 'imports `acme-pay-react`', line: 1, column: 27 },
      { kind: 'payment', vendor: 'acme-pay', category: 'user.financial.credit_card.cvc', confidence: 'strong', storedBy: 'recipient_only', reason: '`<CardField>` is hosted by Acme Pay', line: 2, column: 30 },
      { kind: 'payment', vendor: 'acme-pay', category: 'user.financial.credit_card.number', confidence: 'strong', storedBy: 'recipient_only', reason: '`<CardField>` is hosted by Acme Pay', line: 2, column: 30 },
      { kind: 'payment', vendor: 'acme-pay', category: 'user.financial.credit_card', confidence: 'strong', storedBy: 'recipient_only', reason: "fields created by Acme Pay's hosted form", line: 3, column: 1 },
    ]);
  });
});
