import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-undeclared-flow.js';
import { testedRule } from './tested-rule.js';

// The fixture's privacy.yaml declares Mixpanel as receiving `user.behavior` and `user.device` only.
const fixture = join(import.meta.dirname, '../../fixtures/rules/no-undeclared-flow');
const tracking = join(fixture, 'src/tracking.ts');

const ruleTester = new RuleTester();

ruleTester.run('no-undeclared-flow', testedRule(rule), {
  valid: [
    {
      name: 'usage events, which Mixpanel is declared to receive',
      filename: tracking,
      code: `
import mixpanel from 'mixpanel-browser';
export function trackSignup(plan: string): void {
  mixpanel.track('Signed up', { plan });
}
`,
    },
    {
      name: "an email sent to the site's own API",
      filename: tracking,
      code: `
export const subscribe = (email: string) => fetch('/api/subscribe', { method: 'POST', body: JSON.stringify({ email }) });
`,
    },
  ],
  invalid: [
    {
      name: 'contact details sent to Mixpanel',
      filename: tracking,
      code: `
import mixpanel from 'mixpanel-browser';
export function identify(user: { id: string; email: string; name: string }): void {
  mixpanel.identify(user.id);
  mixpanel.people.set({ $email: user.email, $name: user.name });
}
`,
      errors: [
        // `user.id` is read as one path: a user's id, handed to Mixpanel (manifest-model §4.2 row 3).
        { messageId: 'undeclaredFlow', line: 4, column: 3, endLine: 4, endColumn: 20, data: { category: 'user.unique_id', recipient: 'mixpanel', reason: '`user.id` is sent to Mixpanel' } },
        { messageId: 'undeclaredFlow', line: 5, column: 3, endLine: 5, endColumn: 22, data: { category: 'user.contact.email', recipient: 'mixpanel', reason: '`$email` is sent to Mixpanel' } },
        { messageId: 'undeclaredFlow', line: 5, column: 3, endLine: 5, endColumn: 22, data: { category: 'user.name', recipient: 'mixpanel', reason: '`$name` is sent to Mixpanel' } },
      ],
    },
  ],
});
