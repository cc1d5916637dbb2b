import { join } from 'node:path';
import { Linter } from 'eslint';
import { it } from 'vitest';
import candor from '../src/index.js';

const cases: [string, string, string][] = [
  ['no-undeclared-recipient', 'a.ts', `void fetch('https://collect.tracker.example/v1/events', { method: 'POST', body: '{}' });\n`],
  ['no-undeclared-recipient', 'a.ts', `fetch('https://collect.tracker.example/v1/events', { method: 'POST', body: '{}' });\n`],
  ['no-undeclared-recipient', 'a.ts', `export async function send(email: string) { await fetch('https://collect.tracker.example/v1/events', { method: 'POST', body: JSON.stringify({ email }) }); }\n`],
  ['no-undeclared-recipient', 'a.ts', `navigator.sendBeacon('https://collect.tracker.example/v1/events', '{}');\n`],
];

it('probe', () => {
  const linter = new Linter();
  for (const [rule, file, code] of cases) {
    const filename = join(import.meta.dirname, '../fixtures/rules', rule, 'src', file);
    const messages = linter.verify(code, [candor.configs.recommended], filename);
    console.log(rule, JSON.stringify(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.endLine, m.endColumn, m.message]), null, 1));
  }
});
