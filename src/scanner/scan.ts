import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { vendors as builtinVendors } from '../catalog/vendors/index.js';
import { checkFile } from '../check/check-file.js';
import { checkProject } from '../check/check-project.js';
import { checkManifestConsistency } from '../check/manifest-consistency.js';
import { checkPolicyMismatch } from '../check/policy-mismatch.js';
import { readPolicy } from '../policy/read-policy.js';
import { createCheckContext } from '../check/context.js';
import type { Finding } from '../check/finding.js';
import { compareFindings } from '../check/finding.js';
import { assignFingerprints } from '../check/fingerprint.js';
import { analyzeFacts, compareObservations } from '../core/analyze.js';
import { compileDetectionCatalog } from '../core/detection-catalog.js';
import type { FileAnalysis, Observation } from '../core/observation.js';
import type { LoadedManifest } from '../manifest/load.js';
import { formatDiagnostic, loadManifest, ManifestError, parseManifest } from '../manifest/load.js';
import { toVendorEntry } from '../manifest/model.js';
import type { Coverage, Report } from '../report/model.js';
import { UserError } from '../util/user-error.js';
import { toolVersion } from '../version.js';
import { discoverFiles } from './discover.js';
import { SourceParser } from './parse.js';
import { skipReason } from './source-limits.js';

export interface ScanOptions {
  /** Directory to scan. */
  root: string;
  /** Manifest path; default `privacy.yaml` at the root; `null` scans against an empty manifest (`candor init` drafts one from what it sees). */
  manifest?: string | null;
  /** Policy text path; default the manifest's `policy.text`. */
  policy?: string;
  /** Called after each file, for progress bars. */
  onProgress?: (done: number, total: number) => void;
  /** Directory that paths in error messages are relative to (the CLI's working directory); default `process.cwd()`. */
  cwd?: string;
}

export interface ScanResult {
  report: Report;
  manifest: LoadedManifest;
  /** Text of every file with a finding, by report path (for code frames in reports). */
  sources: ReadonlyMap<string, string>;
  /** Per-file analyses, for tools that build on the inventory (`candor init`). */
  analyses: readonly FileAnalysis[];
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** A path as reports show it: relative to the root with `/`, or absolute when outside it. */
function reportPath(root: string, path: string): string {
  const relativePath = relative(root, path);
  return relativePath.startsWith('..') || isAbsolute(relativePath) ? toPosix(path) : toPosix(relativePath);
}

function readPolicyText(path: string, fromManifest: boolean): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UserError(
      fromManifest
        ? `cannot read the policy text \`${path}\` named by \`policy.text\` in the manifest (paths there are relative to the manifest). Fix the path, or pass --policy.`
        : `cannot read the policy text \`${path}\`: no such file.`,
    );
  }
}

function resolveRoot(root: string): string {
  const absolute = resolve(root);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new UserError(`cannot read \`${root}\`: no such directory. Pass the directory of the application to scan.`);
  }
  if (!stats.isDirectory()) throw new UserError(`\`${root}\` is not a directory. Pass the directory of the application to scan.`);
  return absolute;
}

function loadScanManifest(root: string, manifestOption: string | null | undefined, cwd: string): LoadedManifest {
  if (manifestOption === null) return parseManifest('privacy_manifest: 1\n', join(root, 'privacy.yaml'));
  const path = manifestOption === undefined ? join(root, 'privacy.yaml') : resolve(manifestOption);
  if (!existsSync(path)) {
    throw new UserError(
      manifestOption === undefined
        ? `no privacy.yaml in \`${root}\`. Pass one with --manifest, or draft one with \`candor init\`.`
        : `cannot read manifest \`${manifestOption}\`: no such file.`,
    );
  }
  try {
    return loadManifest(path);
  } catch (error) {
    // Positions name the manifest as the user's shell sees it: `privacy.yaml:12:5: …`.
    if (error instanceof ManifestError) throw new UserError(error.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, cwd)).join('\n'));
    throw error;
  }
}

/**
 * The whole-project scan: discover files, parse and walk each once, run the per-file cross-check,
 * then the project checks over the per-file records. Never executes or imports scanned code.
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const root = resolveRoot(options.root);
  const loaded = loadScanManifest(root, options.manifest, options.cwd ?? process.cwd());
  const catalog = compileDetectionCatalog([...builtinVendors, ...loaded.manifest.vendors.map(toVendorEntry)]);
  const manifestFile = reportPath(root, loaded.path);
  const context = createCheckContext(loaded, catalog, manifestFile, (file) => toPosix(relative(loaded.dir, join(root, file))));

  const discovered = discoverFiles(root);
  const coverage: Coverage = { files: 0, skipped: [...discovered.skipped], unresolved: [] };
  const parser = new SourceParser(catalog);
  const analyses: FileAnalysis[] = [];
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  let done = 0;
  for (const file of discovered.files) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch (error) {
      coverage.skipped.push({ file, reason: `unreadable: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const reason = skipReason(file, text);
    if (reason !== undefined) {
      coverage.skipped.push({ file, reason });
      continue;
    }
    const parsed = parser.parse(file, text);
    done++;
    options.onProgress?.(done, discovered.files.length);
    if ('error' in parsed) {
      coverage.skipped.push({ file, reason: parsed.error });
      continue;
    }
    coverage.files++;
    const analysis = analyzeFacts(parsed.facts, catalog);
    analyses.push(analysis);
    for (const item of analysis.unresolved) coverage.unresolved.push({ file: item.file, line: item.line, column: item.column, what: item.what });
    const fileFindings = checkFile(analysis, context);
    if (fileFindings.length > 0) texts.set(file, text);
    findings.push(...fileFindings);
    // Yield now and then so a progress bar can repaint on long scans.
    if (done % 200 === 0) await new Promise((resolveTick) => setImmediate(resolveTick));
  }
  findings.push(...checkProject(analyses, context));
  findings.push(...checkManifestConsistency(loaded, root));
  const policyPath = options.policy ?? (loaded.manifest.policy.text === undefined ? undefined : join(loaded.dir, loaded.manifest.policy.text));
  if (policyPath !== undefined) {
    const policyText = readPolicyText(policyPath, options.policy === undefined);
    const reading = readPolicy(policyText, { file: policyPath, vendors: catalog.vendors });
    findings.push(...checkPolicyMismatch({ loaded, reading, root, policyFile: reportPath(root, resolve(policyPath)), policyText, vendors: catalog.vendors }));
  }
  if (findings.some((finding) => finding.file === manifestFile)) texts.set(manifestFile, readFileSync(loaded.path, 'utf8'));

  findings.sort(compareFindings);
  assignFingerprints(findings);
  const observations: Observation[] = analyses.flatMap((analysis) => analysis.observations);
  observations.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : compareObservations(a, b)));
  coverage.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Detectors report in their own order; readers expect file order.
  coverage.unresolved.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));

  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'candor', version: toolVersion },
    manifest: manifestFile,
    policy: policyPath === undefined ? null : reportPath(root, resolve(policyPath)),
    root,
    observations,
    findings,
    coverage,
  };
  return { report, manifest: loaded, sources: texts, analyses };
}

