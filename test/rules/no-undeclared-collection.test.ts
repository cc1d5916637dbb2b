import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-undeclared-collection.js';
import { testedRule } from './tested-rule.js';

// The fixture's privacy.yaml declares `name` and `email` for a newsletter, nothing else.
const fixture = join(import.meta.dirname, '../../fixtures/rules/no-undeclared-collection');
const signup = join(fixture, 'src/signup.tsx');
const broken = join(import.meta.dirname, '../../fixtures/rules/invalid-manifest/src/signup.tsx');
const orphan = join(import.meta.dirname, '../../fixtures/rules/no-manifest/src/signup.tsx');

const ruleTester = new RuleTester();

ruleTester.run('no-undeclared-collection', testedRule(rule), {
  valid: [
    {
      name: 'declared categories, seen by autocomplete and by label',
      filename: signup,
      code: `
export const Signup = () => (
  <form>
    <input type="email" autoComplete="email" />
    <label>Full name <input name="n" /></label>
  </form>
);
`,
    },
    {
      name: 'a field named `phone` is only medium evidence, below `strong`',
      filename: signup,
      options: [{ minimumConfidence: 'strong' }],
      code: `
export const Signup = () => <input name="phone" />;
`,
    },
    {
      name: 'a label is only weak evidence, below `medium`',
      filename: signup,
      options: [{ minimumConfidence: 'medium' }],
      code: `
export const Signup = () => <label>Date of birth <input name="x1" /></label>;
`,
    },
    {
      name: 'no form at all',
      filename: join(fixture, 'src/format.ts'),
      code: `
export const formatName = (first: string, last: string): string => first + ' ' + last;
`,
    },
  ],
  invalid: [
    {
      name: 'a telephone field by autocomplete (strong)',
      filename: signup,
      code: `
export const Signup = () => (
  <form>
    <input type="email" autoComplete="email" />
    <input type="tel" autoComplete="tel" />
  </form>
);
`,
      errors: [{ messageId: 'undeclaredCollection', line: 5, column: 5, endLine: 5, endColumn: 44, data: { category: 'user.contact.phone_number', reason: 'autocomplete `tel`' } }],
    },
    {
      name: 'a field named `phone` (medium), reported at `strong` only when sure enough',
      filename: signup,
      options: [{ minimumConfidence: 'medium' }],
      code: `
export const Signup = () => (
  <form>
    <input name="phone" />
    <label>Date of birth <input name="x1" /></label>
  </form>
);
`,
      errors: [{ messageId: 'undeclaredCollection', line: 4, column: 5, endLine: 4, endColumn: 27 }],
    },
    {
      name: 'a field known by its label only (weak) is reported by default',
      filename: signup,
      code: `
export const Signup = () => <label>Date of birth <input name="x1" /></label>;
`,
      errors: [{ messageId: 'undeclaredCollection', line: 2, column: 50, endLine: 2, endColumn: 69, data: { category: 'user.demographic.date_of_birth', reason: 'label "Date of birth"' } }],
    },
    {
      name: 'a plain JavaScript file with JSX',
      filename: join(fixture, 'src/contact.jsx'),
      code: `
export const Contact = () => <input type="tel" autoComplete="tel" />;
`,
      errors: [{ messageId: 'undeclaredCollection', line: 2, column: 30, endLine: 2, endColumn: 69 }],
    },
    {
      name: 'an invalid manifest is one problem at line 1',
      filename: broken,
      code: `
export const Signup = () => <input type="tel" autoComplete="tel" />;
`,
      errors: [{ messageId: 'manifestInvalid', line: 1, column: 1 }],
    },
    {
      name: 'no manifest above the file is one problem at line 1',
      filename: orphan,
      code: `
export const Signup = () => <input type="tel" autoComplete="tel" />;
`,
      errors: [{ messageId: 'manifestMissing', line: 1, column: 1 }],
    },
  ],
});
