import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vendors } from '../../src/catalog/vendors/index.js';
import type { ClaimKind, PolicyClaim } from '../../src/policy/claims.js';
import { readPolicy } from '../../src/policy/read-policy.js';

// Scores the reader against claims written by hand for each seed policy (fixtures/policies/*.expected.yaml).
const seedDir = new URL('../../../shared/seeds/', import.meta.url);
const expectedDir = new URL('../../fixtures/policies/', import.meta.url);
const seeds = [
  '000_3be4f11232479d25',
  '001_aa200192e53662a2',
  '002_8730b541b0faf4a5',
  '003_d7c52866d6b357b7',
  '004_5b2cd6605389c3e7',
] as const;
const kinds: readonly ClaimKind[] = ['collected', 'not-collected', 'vendor', 'technology', 'signal', 'children', 'retention', 'sale', 'ccpa'];
const catalogIds = new Set(vendors.map((vendor) => vendor.id));

type Entry = Record<string, unknown>;

/** The atoms a claim asserts: a denial of three categories is three atoms, so partial answers score partially. */
function atoms(kind: ClaimKind, entry: Entry): string[] {
  switch (kind) {
    case 'collected':
      return [String(entry['category'])];
    case 'not-collected': {
      const categories = (entry['categories'] as string[] | undefined) ?? [];
      return categories.length === 0 ? [String(entry['type'])] : categories.map((category) => `${String(entry['type'])}:${category}`);
    }
    case 'vendor':
      return [String(entry['vendor'])];
    case 'technology':
      return [`${String(entry['technology'])}:${String(entry['used'])}`];
    case 'signal':
      return [`${String(entry['signal'])}:${String(entry['status'])}`];
    case 'children':
      return [entry['age'] === undefined ? String(entry['topic']) : `${String(entry['topic'])}:${String(entry['age'])}`];
    case 'retention':
      return [String(entry['period'])];
    case 'sale':
      return [String(entry['status'])];
    case 'ccpa':
      return [`${String(entry['row'])}:${String(entry['collected'])}`];
  }
}

interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  misses: string[];
  extras: string[];
}

const totals = new Map<ClaimKind, Score>(kinds.map((kind) => [kind, { truePositives: 0, falsePositives: 0, falseNegatives: 0, misses: [], extras: [] }]));
const catalogGaps: string[] = [];
const readings = new Map<string, PolicyClaim[]>();

for (const seed of seeds) {
  const reading = readPolicy(readFileSync(new URL(`${seed}.txt`, seedDir), 'utf8'), { file: `${seed}.txt` });
  readings.set(seed, reading.claims);
  const expected = parse(readFileSync(new URL(`${seed}.expected.yaml`, expectedDir), 'utf8')) as Record<string, Entry[]>;
  for (const kind of kinds) {
    const want = new Set<string>();
    for (const entry of expected[kind] ?? []) {
      for (const atom of atoms(kind, entry)) {
        // A vendor the catalog does not know cannot be matched by name; it is a catalog gap, not a reader miss.
        if (kind === 'vendor' && !catalogIds.has(atom)) catalogGaps.push(`${seed}: ${atom}`);
        else want.add(atom);
      }
    }
    const got = new Set<string>();
    for (const claim of reading.claims) if (claim.kind === kind) for (const atom of atoms(kind, claim as unknown as Entry)) got.add(atom);
    const score = totals.get(kind);
    if (score === undefined) continue;
    for (const atom of got) {
      if (want.has(atom)) score.truePositives++;
      else {
        score.falsePositives++;
        score.extras.push(`${seed.slice(0, 3)} ${atom}`);
      }
    }
    for (const atom of want) {
      if (!got.has(atom)) {
        score.falseNegatives++;
        score.misses.push(`${seed.slice(0, 3)} ${atom}`);
      }
    }
  }
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
const precision = (score: Score): number => ratio(score.truePositives, score.truePositives + score.falsePositives);
const recall = (score: Score): number => ratio(score.truePositives, score.truePositives + score.falseNegatives);

afterAll(() => {
  const lines = ['', 'Policy reader on the five seeds (atoms: one category of a denial, one vendor, …)', ''];
  lines.push(`${'kind'.padEnd(14)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`);
  for (const [kind, score] of totals) {
    lines.push(
      `${kind.padEnd(14)} ${String(score.truePositives).padStart(4)} ${String(score.falsePositives).padStart(4)} ${String(score.falseNegatives).padStart(4)} ${precision(score).toFixed(2).padStart(10)} ${recall(score).toFixed(2).padStart(8)}`,
    );
  }
  for (const [kind, score] of totals) {
    if (score.extras.length > 0) lines.push(`  ${kind} extra: ${score.extras.join('; ')}`);
    if (score.misses.length > 0) lines.push(`  ${kind} missed: ${score.misses.join('; ')}`);
  }
  if (catalogGaps.length > 0) lines.push(`  vendors not in the catalog (not scored): ${catalogGaps.join('; ')}`);
  console.log(lines.join('\n'));
});

/**
 * Thresholds, per kind. The expected files were written by reading the policies, before tuning, and the
 * reader is rule-based, so misses are concrete and listed in the table above.
 * - collected: ≥ 0.85 precision and recall. Category phrases are a closed vocabulary and the seeds name
 *   categories plainly; the remaining misses are judgement calls (e.g. a category named only in passing).
 * - not-collected: ≥ 0.8. Denials are what Candor checks code against, so a false denial is costly
 *   (precision), but their wording varies most ("Such addresses are not shared" needs anaphora).
 * - vendor: ≥ 0.9 precision, ≥ 0.8 recall over vendors the catalog knows: a name either matches or not;
 *   misses are aliases the catalog lacks ("Office365").
 * - technology, signal, children, retention, sale, ccpa: ≥ 0.8 both ways; few statements per seed, each a
 *   fixed phrase family.
 */
const thresholds: Readonly<Record<ClaimKind, { precision: number; recall: number }>> = {
  collected: { precision: 0.85, recall: 0.85 },
  'not-collected': { precision: 0.8, recall: 0.8 },
  vendor: { precision: 0.9, recall: 0.8 },
  technology: { precision: 0.8, recall: 0.8 },
  signal: { precision: 0.8, recall: 0.8 },
  children: { precision: 0.8, recall: 0.8 },
  retention: { precision: 0.8, recall: 0.8 },
  sale: { precision: 0.8, recall: 0.8 },
  ccpa: { precision: 0.8, recall: 0.8 },
};

describe('policy reader on the seed policies', () => {
  for (const kind of kinds) {
    it(`reads ${kind} claims with the precision and recall its threshold asks for`, () => {
      const score = totals.get(kind);
      expect(score).toBeDefined();
      if (score === undefined) return;
      expect(precision(score)).toBeGreaterThanOrEqual(thresholds[kind].precision);
      expect(recall(score)).toBeGreaterThanOrEqual(thresholds[kind].recall);
    });
  }

  it('reads the issue’s done-criteria from the Mouseflow policy, each with its quote', () => {
    const claims = readings.get('004_5b2cd6605389c3e7') ?? [];
    const collected = (category: string): PolicyClaim | undefined =>
      claims.find((claim) => claim.kind === 'collected' && claim.category === category);
    expect(collected('user.behavior.keystrokes')?.quote).toContain('keystrokes on the visited website');
    expect(collected('user.behavior.mouse_movement')?.line).toBe(23);
    const passwords = claims.find(
      (claim) => claim.kind === 'not-collected' && claim.type === 'not_collected' && claim.categories.includes('user.authorization.password'),
    );
    expect(passwords?.quote).toBe('We do NOT collect any passwords that you enter in a website.');
    expect(passwords?.line).toBe(37);
    const thirdPartyCookies = claims.find((claim) => claim.kind === 'not-collected' && claim.type === 'no_third_party_cookies');
    expect(thirdPartyCookies?.quote).toBe('We do NOT use 3rd party cookies that can be shared across websites');
    const paypal = claims.find((claim) => claim.kind === 'vendor' && claim.vendor === 'paypal');
    expect(paypal?.quote).toContain('All transactions are handled through our payment provider, PayPal.');
    expect(paypal?.line).toBe(98);
  });

  it('marks the broken PDF extraction as partial and reads categories from its question headings only', () => {
    const reading = readPolicy(readFileSync(new URL('001_aa200192e53662a2.txt', seedDir), 'utf8'));
    expect(reading.partial).toBe(true);
    const categories = reading.claims.filter((claim) => claim.kind === 'collected').map((claim) => claim.category);
    expect(categories.sort()).toEqual(['user.authorization.password', 'user.content.private', 'user.financial.credit_card']);
    expect(reading.claims.filter((claim) => claim.kind === 'collected').every((claim) => claim.evidence === 'heading')).toBe(true);
  });

  it('quotes the original text: every claim’s offsets point at its line in the input', () => {
    for (const seed of seeds) {
      const input = readFileSync(new URL(`${seed}.txt`, seedDir), 'utf8');
      for (const claim of readings.get(seed) ?? []) {
        const lineText = input.split('\n')[claim.line - 1] ?? '';
        expect(input.slice(claim.start, claim.end).length).toBeGreaterThan(0);
        expect(input.slice(0, claim.start).split('\n').length).toBe(claim.line);
        expect(lineText.length).toBeGreaterThanOrEqual(claim.column - 1);
      }
    }
  });
});
