import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { scan } from '../../src/scanner/scan.js';
import { project, readExpected, type ExpectedFinding } from './expected-findings.js';

const seedsDir = join(import.meta.dirname, '../../fixtures/seeds');

/** Findings on one line have no inherent order beyond the report's; compare them as sorted sets. */
function sorted(rows: readonly ExpectedFinding[]): ExpectedFinding[] {
  const key = (row: ExpectedFinding): string[] => [row.file, String(row.line).padStart(6, '0'), row.type, row.vendor ?? '', row.category ?? '', row.key ?? '', row.claim ?? ''];
  return [...rows].sort((a, b) => {
    const left = key(a);
    const right = key(b);
    for (let index = 0; index < left.length; index++) {
      const l = left[index] ?? '';
      const r = right[index] ?? '';
      if (l !== r) return l < r ? -1 : 1;
    }
    return 0;
  });
}

type ObservationField = 'vendor' | 'category' | 'key';

/**
 * Correct, declared usages each seed must still see (PLANTED.md, "must not produce a finding"): a clean
 * report there has to come from the manifest declaring them, not from the detector missing them.
 */
const declaredUsages: Record<string, { file: string; kind: string; field: ObservationField; value: string }[]> = {
  'balsamiq-website': [
    { file: 'pages/store/checkout.tsx', kind: 'form-field', field: 'category', value: 'user.financial.credit_card.number' },
    { file: 'public/materials/register.html', kind: 'form-field', field: 'category', value: 'user.contact.address.street' },
    { file: 'components/NewsletterSignup.tsx', kind: 'form-field', field: 'category', value: 'user.contact.email' },
  ],
  'balsamiq-cloud': [
    { file: 'web/src/billing/BillingPage.tsx', kind: 'payment', field: 'category', value: 'user.financial.credit_card.number' },
    { file: 'web/src/editor/realtime.ts', kind: 'sdk', field: 'vendor', value: 'pubnub' },
    { file: 'server/src/routes/assets.ts', kind: 'sdk', field: 'vendor', value: 'aws' },
    { file: 'server/src/logging.ts', kind: 'sdk', field: 'vendor', value: 'logmatic' },
  ],
  balena: [
    { file: 'site/components/SocialButtons.tsx', kind: 'sdk', field: 'vendor', value: 'facebook-social-plugins' },
    { file: 'site/components/SocialButtons.tsx', kind: 'sdk', field: 'vendor', value: 'linkedin-social-plugins' },
    { file: 'dashboard/src/pages/Login.tsx', kind: 'sdk', field: 'vendor', value: 'google-signin' },
    { file: 'dashboard/src/lib/preferences.ts', kind: 'storage', field: 'key', value: 'balena-dashboard:*:preferences' },
    { file: 'dashboard/src/pages/Survey.tsx', kind: 'form-field', field: 'category', value: 'user.content.survey' },
  ],
  mindomo: [
    { file: 'client/src/checkout/BraintreeCard.tsx', kind: 'payment', field: 'vendor', value: 'braintree' },
    { file: 'client/src/checkout/TwoCheckoutCard.tsx', kind: 'payment', field: 'vendor', value: '2checkout' },
    { file: 'client/src/editor/drafts.ts', kind: 'storage', field: 'key', value: 'draft:*' },
    { file: 'server/src/middleware/country.ts', kind: 'browser-api', field: 'category', value: 'user.location.imprecise' },
    { file: 'client/src/classroom/GradeAssignment.tsx', kind: 'form-field', field: 'category', value: 'user.education' },
  ],
  mouseflow: [
    { file: 'recorder/src/capture/keys.ts', kind: 'browser-api', field: 'category', value: 'user.behavior.keystrokes' },
    { file: 'recorder/src/capture/mouse.ts', kind: 'browser-api', field: 'category', value: 'user.behavior.mouse_movement' },
    { file: 'web/app/account/billing/page.tsx', kind: 'payment', field: 'vendor', value: 'paypal' },
    { file: 'web/app/signup/actions.ts', kind: 'cookie', field: 'key', value: 'mf_session' },
  ],
};

const reports = new Map<string, Promise<Report>>();
function reportOf(app: string): Promise<Report> {
  let report = reports.get(app);
  if (report === undefined) {
    report = scan({ root: join(seedsDir, app) }).then((result) => result.report);
    reports.set(app, report);
  }
  return report;
}

describe.each(Object.keys(declaredUsages))('fixtures/seeds/%s', (app) => {
  const root = join(seedsDir, app);

  it('reports exactly the findings of expected-findings.json', async () => {
    const report = await reportOf(app);
    expect(sorted(project(report.findings))).toEqual(sorted(readExpected(root)));
  });

  it('parses every source file', async () => {
    const report = await reportOf(app);
    expect(report.coverage.skipped).toEqual([]);
    expect(report.coverage.files).toBeGreaterThanOrEqual(10);
  });

  it.each(declaredUsages[app] ?? [])('sees the declared usage in $file ($kind $value)', async ({ file, kind, field, value }) => {
    const report = await reportOf(app);
    const seen = report.observations.some((observation) => observation.file === file && observation.kind === kind && observation[field] === value);
    expect(seen).toBe(true);
  });
});
