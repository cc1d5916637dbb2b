import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ts } from 'ts-morph';
import { discoverFiles } from '../../src/scanner/discover.js';
import { scan } from '../../src/scanner/scan.js';
import { printEslintBench } from './eslint-bench.js';
import { generateApp } from './generate-app.js';

/**
 * `npm run bench`: a full `candor scan` against a parse-only pass of the TypeScript compiler over the
 * same generated application. Each measurement runs in a fresh process (so peak memory is its own),
 * and the two variants are interleaved, because machines here are shared and noisy: compare medians.
 */

interface Measurement {
  ms: number;
  maxRssMb: number;
  files: number;
}

const self = fileURLToPath(import.meta.url);

async function worker(mode: string, root: string): Promise<void> {
  const start = performance.now();
  let files = 0;
  if (mode === 'parse') {
    for (const file of discoverFiles(root).files) {
      if (file.endsWith('.html')) continue;
      const text = readFileSync(join(root, file), 'utf8');
      ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
      files++;
    }
  } else {
    const result = await scan({ root });
    files = result.report.coverage.files;
  }
  const ms = performance.now() - start;
  const measurement: Measurement = { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, files };
  process.stdout.write(JSON.stringify(measurement));
}

function measure(mode: string, root: string): Measurement {
  const output = execFileSync(process.execPath, [self, '--worker', mode, root], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output) as Measurement;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--worker') {
    await worker(args[1] ?? 'scan', args[2] ?? '.');
    return;
  }
  const count = Number(process.env.CANDOR_BENCH_FILES ?? 5000);
  const rounds = Number(process.env.CANDOR_BENCH_ROUNDS ?? 3);
  const root = mkdtempSync(join(tmpdir(), 'candor-bench-'));
  try {
    const app = generateApp(root, count);
    console.log(`Generated ${app.files} files, ${app.lines.toLocaleString('en')} lines in ${root}`);
    const parse: Measurement[] = [];
    const full: Measurement[] = [];
    for (let round = 1; round <= rounds; round++) {
      parse.push(measure('parse', root));
      full.push(measure('scan', root));
      console.log(`round ${round}: parse-only ${parse.at(-1)?.ms.toFixed(0)} ms, candor scan ${full.at(-1)?.ms.toFixed(0)} ms`);
    }
    const parseMs = median(parse.map((m) => m.ms));
    const scanMs = median(full.map((m) => m.ms));
    const files = full[0]?.files ?? 0;
    console.log('');
    console.log(`parse-only (ts.createSourceFile)  ${parseMs.toFixed(0).padStart(6)} ms  ${(files / (parseMs / 1000)).toFixed(0).padStart(6)} files/s  peak RSS ${median(parse.map((m) => m.maxRssMb)).toFixed(0)} MB`);
    console.log(`candor scan                       ${scanMs.toFixed(0).padStart(6)} ms  ${(files / (scanMs / 1000)).toFixed(0).padStart(6)} files/s  peak RSS ${median(full.map((m) => m.maxRssMb)).toFixed(0)} MB`);
    console.log(`ratio scan / parse-only: ${(scanMs / parseMs).toFixed(2)}x (target: within 1.5x); medians of ${rounds} interleaved runs`);
    printEslintBench(root, rounds);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
