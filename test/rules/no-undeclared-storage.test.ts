import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-undeclared-storage.js';
import { testedRule } from './tested-rule.js';

// The fixture's privacy.yaml declares a `sid` cookie for one day and a `cart` key in local storage.
const fixture = join(import.meta.dirname, '../../fixtures/rules/no-undeclared-storage');
const cart = join(fixture, 'src/cart.ts');

const ruleTester = new RuleTester();

ruleTester.run('no-undeclared-storage', testedRule(rule), {
  valid: [
    {
      name: 'the declared local storage key',
      filename: cart,
      code: `
const CART_KEY = 'cart';
export const saveCart = (lines: unknown[]): void => localStorage.setItem(CART_KEY, JSON.stringify(lines));
`,
    },
    {
      name: 'the declared cookie, within its declared lifetime',
      filename: join(fixture, 'src/session.ts'),
      code: `
document.cookie = 'sid=abc; max-age=3600; path=/';
`,
    },
    {
      name: 'reading storage is not writing it',
      filename: cart,
      code: `
export const viewed = JSON.parse(localStorage.getItem('recently_viewed') ?? '[]');
`,
    },
  ],
  invalid: [
    {
      name: 'an undeclared local storage key',
      filename: cart,
      code: `
localStorage.setItem('recently_viewed', '[]');
`,
      errors: [{ messageId: 'undeclaredItem', line: 2, column: 1, endLine: 2, endColumn: 21, data: { storage: 'localStorage key', key: 'recently_viewed', reason: 'written with Web Storage' } }],
    },
    {
      name: 'the declared cookie, kept longer than declared',
      filename: join(fixture, 'src/session.ts'),
      code: `
document.cookie = 'sid=abc; max-age=604800; path=/';
`,
      errors: [{ messageId: 'longerThanDeclared', line: 2, column: 1, endLine: 2, endColumn: 16, data: { key: 'sid', actual: '7 days', declared: '1 day', item: 'sid' } }],
    },
    {
      name: 'an undeclared cookie',
      filename: join(fixture, 'src/theme.js'),
      code: `
document.cookie = 'theme=dark; path=/';
`,
      errors: [{ messageId: 'undeclaredItem', line: 2, column: 1, endLine: 2, endColumn: 16 }],
    },
  ],
});
