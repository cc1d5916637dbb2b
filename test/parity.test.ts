import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { Finding, FindingType } from '../src/check/finding.js';
import candor from '../src/index.js';
import { scan } from '../src/scanner/scan.js';
import { discoverFiles } from '../src/scanner/discover.js';

/**
 * One core, two engines: every fixture application, linted by real ESLint with
 * `candor.configs.recommended` and scanned by `candor scan`, must give the same findings in every file:
 * same place, rule, message id and message.
 * Apps are discovered when the tests are collected, so new fixtures are covered without listing them.
 */

const fixtures = join(import.meta.dirname, '../fixtures');
/** Fixtures that are broken on purpose (the rules' missing- and invalid-manifest cases). */
const notApps = new Set(['rules/invalid-manifest']);
/** What only the scanner can report: project-wide checks and the policy text. */
const scannerOnlyTypes = new Set<FindingType>(['unused-declaration', 'policy-mismatch', 'manifest-inconsistency']);
const lintable = /\.(?:[cm]?[jt]sx?)$/i;

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Every directory under `fixtures/` holding a `privacy.yaml`, relative to `fixtures/`. */
function findApps(directory: string): string[] {
  const apps: string[] = [];
  if (existsSync(join(directory, 'privacy.yaml'))) apps.push(toPosix(relative(fixtures, directory)));
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'node_modules') apps.push(...findApps(join(directory, entry.name)));
  }
  return apps;
}

const apps = findApps(fixtures).filter((app) => !notApps.has(app));

type Row = string;
const row = (file: string, line: number, column: number, ruleId: string | null, messageId: string | undefined, message: string): Row =>
  `${file}:${line}:${column} ${ruleId ?? '(none)'} ${messageId ?? '(none)'} ${message}`;

function group(rows: readonly { file: string; row: Row }[]): Record<string, Row[]> {
  const byFile: Record<string, Row[]> = {};
  for (const { file, row: text } of rows) (byFile[file] ??= []).push(text);
  for (const list of Object.values(byFile)) list.sort();
  return byFile;
}

function comparable(findings: readonly Finding[], manifestFile: string, linted: ReadonlySet<string>): Record<string, Row[]> {
  return group(
    findings
      .filter((finding) => !scannerOnlyTypes.has(finding.type) && finding.file !== manifestFile && linted.has(finding.file))
      .map((finding) => ({ file: finding.file, row: row(finding.file, finding.line, finding.column, finding.ruleId, finding.messageId, finding.message) })),
  );
}

let total = 0;

describe('ESLint and the scanner agree on every fixture application', () => {
  it('finds the fixture applications', () => {
    expect(apps).toContain('example/shop');
    expect(apps.filter((app) => app.startsWith('seeds/')).length).toBeGreaterThan(0);
  });

  for (const app of apps) {
    it(`fixtures/${app}`, async () => {
      const root = join(fixtures, app);
      const { report } = await scan({ root });
      const skipped = new Set(report.coverage.skipped.map((entry) => entry.file));
      // ESLint lints what the scanner reads, minus HTML (no ESLint parser for it in the configs).
      const files = discoverFiles(root).files.filter((file) => lintable.test(file) && !skipped.has(file));
      const nested = apps.some((other) => other !== app && other.startsWith(`${app}/`));
      // A manifest nested inside the app would be the nearest for its files; the scanner reads the root one.
      const settings = nested ? [{ settings: { candor: { manifest: join(root, 'privacy.yaml') } } }] : [];
      // Fixtures carry directives for rules of their own projects; unused here, they are not Candor's business.
      const quiet = { linterOptions: { reportUnusedDisableDirectives: 'off' as const } };
      const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [candor.configs.recommended, quiet, ...settings] });
      // Given no files, ESLint would lint `.`; an app with no script files must simply agree on nothing.
      const results = files.length === 0 ? [] : await eslint.lintFiles(files);

      const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal === true).map((message) => `${result.filePath}: ${message.message}`));
      expect(fatal).toEqual([]);
      const eslintRows = group(
        results.flatMap((result) => {
          const file = toPosix(relative(root, result.filePath));
          return result.messages.map((message) => ({ file, row: row(file, message.line, message.column, message.ruleId, message.messageId, message.message) }));
        }),
      );
      const scannerRows = comparable(report.findings, report.manifest ?? '', new Set(files));
      expect(eslintRows).toEqual(scannerRows);
      total += Object.values(eslintRows).reduce((sum, list) => sum + list.length, 0);
    });
  }

  // Runs after the apps (tests in a file run in order). Two engines that both report nothing agree vacuously.
  it('compares real findings, not two empty lists', () => {
    expect(total).toBeGreaterThan(0);
  });
});
