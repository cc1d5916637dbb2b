import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-violated-claim.js';
import { testedRule } from './tested-rule.js';

// The fixture's privacy.yaml claims `no-precise-location`, says Do Not Track is not honoured and allows no third-party cookies.
const fixture = join(import.meta.dirname, '../../fixtures/rules/no-violated-claim');
const finder = join(fixture, 'src/store-finder.ts');

const ruleTester = new RuleTester();

ruleTester.run('no-violated-claim', testedRule(rule), {
  valid: [
    {
      name: 'a city typed by the user is not precise location',
      filename: finder,
      code: `
export async function findStores(city: string): Promise<Response> {
  return fetch('/api/stores?city=' + encodeURIComponent(city));
}
`,
    },
    {
      name: 'a first-party cookie on the site itself',
      filename: finder,
      code: `
document.cookie = 'uid=1; max-age=100';
`,
    },
  ],
  invalid: [
    {
      name: 'precise geolocation against a not_collected claim',
      filename: finder,
      code: `
navigator.geolocation.getCurrentPosition((position) => console.log(position.coords));
`,
      errors: [
        {
          messageId: 'notCollected',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 41,
          data: { category: 'user.location.precise', reason: 'precise geolocation', claim: 'no-precise-location' },
        },
      ],
    },
    {
      name: 'reading Do Not Track while the manifest says it is not honoured',
      filename: finder,
      code: `
if (navigator.doNotTrack === '1') console.log('respecting Do Not Track');
`,
      errors: [{ messageId: 'signalNotHonored', line: 2, column: 5, endLine: 2, endColumn: 25 }],
    },
    {
      name: 'a cookie set on another domain while third_party_cookies is none',
      filename: finder,
      code: `
document.cookie = 'uid=1; domain=.tracker.example; max-age=100';
`,
      errors: [{ messageId: 'thirdPartyCookie', line: 2, column: 1, endLine: 2, endColumn: 16 }],
    },
    {
      name: 'two violations in one file, each at its own call',
      filename: join(fixture, 'src/locate.js'),
      code: `
export function locate(done) {
  if (navigator.doNotTrack === '1') return;
  navigator.geolocation.watchPosition(done);
}
`,
      errors: [
        { messageId: 'signalNotHonored', line: 3, column: 7, endLine: 3, endColumn: 27 },
        { messageId: 'notCollected', line: 4, column: 3, endLine: 4, endColumn: 38 },
      ],
    },
  ],
});
