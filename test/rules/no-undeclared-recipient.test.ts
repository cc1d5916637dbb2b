import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-undeclared-recipient.js';
import { testedRule } from './tested-rule.js';

// The fixture's privacy.yaml declares Stripe as the only recipient; `acme-shop.com` hosts are first party.
const fixture = join(import.meta.dirname, '../../fixtures/rules/no-undeclared-recipient');
const analytics = join(fixture, 'src/analytics.ts');

const ruleTester = new RuleTester();

ruleTester.run('no-undeclared-recipient', testedRule(rule), {
  valid: [
    {
      name: 'the declared payment processor',
      filename: join(fixture, 'src/payment.ts'),
      code: `
import { loadStripe } from '@stripe/stripe-js';
export const stripe = loadStripe('pk_live_123');
`,
    },
    {
      name: "requests to the site's own API",
      filename: analytics,
      code: `
void fetch('https://api.acme-shop.com/orders', { method: 'POST', body: '{}' });
`,
    },
    {
      name: 'third-party hosts ignored with checkHosts: false',
      filename: analytics,
      options: [{ checkHosts: false }],
      code: `
void fetch('https://collect.metricsflow.io/v1/events', { method: 'POST', body: '{}' });
`,
    },
  ],
  invalid: [
    {
      name: 'an undeclared analytics SDK, reported at its import',
      filename: analytics,
      code: `
import mixpanel from 'mixpanel-browser';
mixpanel.init('token');
`,
      errors: [{ messageId: 'undeclaredVendor', line: 2, column: 22, endLine: 2, endColumn: 40, data: { vendor: 'mixpanel', name: 'Mixpanel', service: 'analytics' } }],
    },
    {
      name: 'a vendor script tag in JSX',
      filename: join(fixture, 'src/layout.tsx'),
      code: `
export const Tags = () => <script src="https://www.googletagmanager.com/gtag/js?id=G-1" />;
`,
      errors: [{ messageId: 'undeclaredVendor', line: 2, column: 39, endLine: 2, endColumn: 88 }],
    },
    {
      name: 'data sent to an unknown third-party host',
      filename: analytics,
      code: `
void fetch('https://collect.metricsflow.io/v1/events', { method: 'POST', body: '{}' });
`,
      errors: [{ messageId: 'undeclaredHost', line: 2, column: 6, endLine: 2, endColumn: 87, data: { host: 'collect.metricsflow.io' } }],
    },
    {
      name: 'checkHosts: false still reports SDKs',
      filename: analytics,
      options: [{ checkHosts: false }],
      code: `
import mixpanel from 'mixpanel-browser';
void fetch('https://collect.metricsflow.io/v1/events', { method: 'POST', body: '{}' });
`,
      errors: [{ messageId: 'undeclaredVendor', line: 2, column: 22, endLine: 2, endColumn: 40 }],
    },
  ],
});
