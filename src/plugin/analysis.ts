import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { extractFacts } from '../adapters/typescript.js';
import { checkFile } from '../check/check-file.js';
import type { Finding } from '../check/finding.js';
import { analyzeFacts } from '../core/analyze.js';
import type { DetectionCatalog } from '../core/detection-catalog.js';
import type { FileFacts, SourceLanguage } from '../core/facts.js';
import type { Confidence, FileAnalysis } from '../core/observation.js';
import { languageOf, SourceParser } from '../scanner/parse.js';
import { skipReason } from '../scanner/source-limits.js';
import type { ManifestCache, ManifestChecks } from './manifest-cache.js';
import { manifestCache, manifestPathFor } from './manifest-cache.js';
import type { SetupProblem } from './problems.js';
import { displayPath, manifestProblem, settingsProblem } from './problems.js';
import { readCandorSettings } from './settings.js';
import { typeScriptFor } from './typescript.js';

/** What a rule knows about the file it lints; a rule's `context` is one. */
export interface LintTarget {
  filename: string;
  physicalFilename: string;
  cwd: string;
  settings: Readonly<Record<string, unknown>>;
  sourceCode: Readonly<TSESLint.SourceCode>;
}

/** One file's check, shared by every Candor rule that runs on it. */
export interface FileCheck {
  /** Why the file could not be checked; reported once, by the first rule that runs. */
  problem: SetupProblem | undefined;
  problemReported: boolean;
  analysis: FileAnalysis | undefined;
  /** Findings by rule id (`candor/no-undeclared-recipient`), in the order `checkFile` made them. */
  findings: ReadonlyMap<string, readonly Finding[]>;
}

// Keyed by the SourceCode object: one per file per lint pass, shared by all rules, dropped with it.
const checks = new WeakMap<object, FileCheck>();
const parsers = new WeakMap<DetectionCatalog, SourceParser>();

/** `.d.ts` files declare types only; the scanner passes over them too. */
const declarationFile = /\.d\.[cm]?ts$/i;

/**
 * The file's findings under its manifest, computed by the first Candor rule that asks and shared by
 * the rest: one fact extraction, one analysis and one cross-check per file, whatever rules run.
 */
export function checkLintTarget(target: LintTarget, cache: ManifestCache = manifestCache): FileCheck {
  const cached = checks.get(target.sourceCode);
  if (cached !== undefined) return cached;
  const check = computeCheck(target, cache);
  checks.set(target.sourceCode, check);
  return check;
}

function computeCheck(target: LintTarget, cache: ManifestCache): FileCheck {
  const settings = readCandorSettings(target.settings);
  if (!settings.ok) return failed(settingsProblem(settings.problem));
  // A block inside another file (a processor's `README.md/0.ts`) takes its manifest from the real file.
  const directory = isAbsolute(target.physicalFilename) ? dirname(target.physicalFilename) : target.cwd;
  const absolute = resolve(target.cwd, target.filename);
  const manifestPath = manifestPathFor(cache, directory, settings.settings.manifest, target.cwd);
  if (manifestPath === undefined) return failed({ messageId: 'manifestMissing', data: { directory: displayPath(directory, target.cwd) } });
  const manifest = cache.load(manifestPath);
  if (!manifest.ok) return failed(manifestProblem(displayPath(manifestPath, target.cwd), manifest.diagnostics, target.cwd));

  // Files are named relative to the manifest's directory: the frame its surface and exclusion globs use.
  const file = toPosix(relative(manifest.checks.loaded.dir, absolute));
  const text = target.sourceCode.text;
  if (declarationFile.test(file) || skipReason(file, text) !== undefined) return checked(undefined, []);
  const facts = extractFileFacts(target.sourceCode, file, manifest.checks);
  if (facts === undefined) return checked(undefined, []);
  const analysis = analyzeFacts(facts, manifest.checks.catalog);
  return checked(analysis, checkFile(analysis, manifest.checks.context));
}

/**
 * Facts from the TypeScript tree typescript-eslint already built, read with the `typescript` module
 * that built it; other parsers (espree) give no such tree, so the text is parsed once more, exactly
 * as the scanner parses it.
 */
function extractFileFacts(sourceCode: Readonly<TSESLint.SourceCode>, file: string, manifest: ManifestChecks): FileFacts | undefined {
  const tree = sourceCode.parserServices?.esTreeNodeToTSNodeMap?.get(sourceCode.ast);
  if (tree !== undefined) {
    const ts = typeScriptFor(tree);
    // ESLint has split the lines already, at the same line breaks as TypeScript.
    const options = { interest: manifest.catalog.interest, lines: sourceCode.lines };
    if (ts !== undefined) return extractFacts(ts, tree, file, scriptLanguageOf(file), options);
  }
  let parser = parsers.get(manifest.catalog);
  if (parser === undefined) {
    parser = new SourceParser(manifest.catalog);
    parsers.set(manifest.catalog, parser);
  }
  const parsed = parser.parse(file, sourceCode.text);
  return 'facts' in parsed ? parsed.facts : undefined;
}

function scriptLanguageOf(file: string): SourceLanguage {
  const language = languageOf(file);
  return language === undefined || language === 'html' ? 'tsx' : language;
}

function failed(problem: SetupProblem): FileCheck {
  return { problem, problemReported: false, analysis: undefined, findings: new Map() };
}

function checked(analysis: FileAnalysis | undefined, findings: readonly Finding[]): FileCheck {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list === undefined) byRule.set(finding.ruleId, [finding]);
    else list.push(finding);
  }
  return { problem: undefined, problemReported: false, analysis, findings: byRule };
}

const confidenceRank: Readonly<Record<Confidence, number>> = { weak: 0, medium: 1, strong: 2 };

/** The confidence of the observation behind a finding (the surest, when several coincide). */
export function confidenceOf(check: FileCheck, finding: Finding): Confidence {
  let best: Confidence = 'weak';
  for (const observation of check.analysis?.observations ?? []) {
    if (observation.line !== finding.line || observation.column !== finding.column || observation.category !== finding.category) continue;
    if (confidenceRank[observation.confidence] > confidenceRank[best]) best = observation.confidence;
  }
  return best;
}

/** True when `confidence` is at least `minimum`. */
export function meetsConfidence(confidence: Confidence, minimum: Confidence): boolean {
  return confidenceRank[confidence] >= confidenceRank[minimum];
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
