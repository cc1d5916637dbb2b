import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import candor from '../../src/index.js';
import { discoverFiles } from '../../src/scanner/discover.js';

/**
 * The cost of Candor's rules inside ESLint, measured in-process (DESIGN.md "Measuring speed here"):
 * one `Linter`, and each file verified with the parser alone and with `candor.configs.recommended`
 * back to back, alternating which goes first, with the times summed per variant. Whole-run timings
 * drift more on these machines than the rules cost.
 */

export interface EslintBenchResult {
  files: number;
  /** Median over rounds of the summed per-file times, in milliseconds. */
  parserOnlyMs: number;
  withRulesMs: number;
  /** Median over rounds of `withRules / parserOnly - 1`, as a percentage. */
  overheadPercent: number;
  /** Lowest and highest per-round overhead, to show the noise. */
  overheadRange: [number, number];
  problems: number;
}

const lintable = /\.(?:[cm]?[jt]sx?)$/i;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Lints every JavaScript and TypeScript file of `root` with and without the rules, `rounds` times. */
export function benchEslint(root: string, rounds: number): EslintBenchResult {
  const linter = new Linter({ cwd: root });
  const recommended = candor.configs.recommended;
  const parserOnly: Linter.Config[] = [{ files: recommended.files, languageOptions: recommended.languageOptions }];
  const withRules: Linter.Config[] = [recommended];
  const files = discoverFiles(root)
    .files.filter((file) => lintable.test(file))
    .map((file) => ({ path: join(root, file), text: readFileSync(join(root, file), 'utf8') }));

  const time = (config: Linter.Config[], text: string, path: string): { ms: number; problems: number } => {
    const start = performance.now();
    const messages = linter.verify(text, config, path);
    return { ms: performance.now() - start, problems: messages.length };
  };

  // One unmeasured pass: JIT warm-up, TypeScript's lazy initialisation, the manifest parsed into the cache.
  for (const { path, text } of files) time(withRules, text, path);

  const parserTotals: number[] = [];
  const ruleTotals: number[] = [];
  let problems = 0;
  const overheads: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Start each round from a collected heap, so one variant does not pay for the other's garbage.
    (globalThis as { gc?: () => void }).gc?.();
    let parserMs = 0;
    let rulesMs = 0;
    problems = 0;
    for (const [index, { path, text }] of files.entries()) {
      if (index % 2 === 0) {
        parserMs += time(parserOnly, text, path).ms;
        const withCandor = time(withRules, text, path);
        rulesMs += withCandor.ms;
        problems += withCandor.problems;
      } else {
        const withCandor = time(withRules, text, path);
        rulesMs += withCandor.ms;
        problems += withCandor.problems;
        parserMs += time(parserOnly, text, path).ms;
      }
    }
    parserTotals.push(parserMs);
    ruleTotals.push(rulesMs);
    overheads.push((rulesMs / parserMs - 1) * 100);
    console.log(`eslint round ${round + 1}: parser only ${parserMs.toFixed(0)} ms, with candor.configs.recommended ${rulesMs.toFixed(0)} ms`);
  }
  return {
    files: files.length,
    parserOnlyMs: median(parserTotals),
    withRulesMs: median(ruleTotals),
    overheadPercent: median(overheads),
    overheadRange: [Math.min(...overheads), Math.max(...overheads)],
    problems,
  };
}

/** Runs the ESLint measurement and prints it; `scan-bench.ts` calls this after the scan measurement. */
export function printEslintBench(root: string, rounds: number): void {
  const result = benchEslint(root, rounds);
  console.log('');
  console.log(`ESLint, same parser, no rules         ${result.parserOnlyMs.toFixed(0).padStart(6)} ms  (${result.files} files, in-process, summed per file)`);
  console.log(`ESLint + candor.configs.recommended   ${result.withRulesMs.toFixed(0).padStart(6)} ms  (${result.problems} problems)`);
  const [low, high] = result.overheadRange;
  console.log(`rule overhead: ${result.overheadPercent.toFixed(1)}% (rounds ${low.toFixed(1)}-${high.toFixed(1)}%; target: under 15%); median of ${rounds} rounds, variants interleaved per file`);
}
