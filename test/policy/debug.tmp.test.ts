import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'vitest';


test('debug', async () => {
  const { readPolicy } = await import('../../src/policy/read-policy.js');
  const seed = process.env.SEED ?? '004';
  const dir = '/work/shared/seeds/';
  const file = readdirSync(dir).find((f) => f.startsWith(seed))!;
  const reading = readPolicy(readFileSync(dir + file, 'utf8'), { file });
  console.log(reading.format, reading.sentences, reading.partial);
  for (const c of reading.claims) {
    const { quote, start, end, column, evidence, ...rest } = c;
    console.log(`${c.line}`.padStart(4), JSON.stringify(rest), evidence === 'heading' ? '[H]' : '', '|', quote.slice(0, 110));
  }
});
