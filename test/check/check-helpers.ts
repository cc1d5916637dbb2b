import { checkFile } from '../../src/check/check-file.js';
import { checkProject } from '../../src/check/check-project.js';
import { createCheckContext } from '../../src/check/context.js';
import type { Finding } from '../../src/check/finding.js';
import { compareFindings } from '../../src/check/finding.js';
import { assignFingerprints } from '../../src/check/fingerprint.js';
import type { VendorEntry } from '../../src/catalog/types.js';
import { vendors } from '../../src/catalog/vendors/index.js';
import { compileDetectionCatalog } from '../../src/core/detection-catalog.js';
import { parseManifest } from '../../src/manifest/load.js';
import { toVendorEntry } from '../../src/manifest/model.js';
import { analyzeSource } from '../../src/scanner/analyze-source.js';

/** Files of a small app, by path relative to the manifest's directory. */
export type AppFiles = Readonly<Record<string, string>>;

/** Runs the per-file and project checks over in-memory files, as the scanner does, in report order. */
export function checkApp(manifestText: string, files: AppFiles, options: { project?: boolean; extraVendors?: readonly VendorEntry[] } = {}): Finding[] {
  const loaded = parseManifest(manifestText, '/app/privacy.yaml');
  const catalog = compileDetectionCatalog([...vendors, ...(options.extraVendors ?? []), ...loaded.manifest.vendors.map(toVendorEntry)]);
  const context = createCheckContext(loaded, catalog, 'privacy.yaml', (file) => file);
  const analyses = Object.entries(files).map(([file, text]) => analyzeSource(file, text, catalog));
  const findings = analyses.flatMap((analysis) => checkFile(analysis, context));
  if (options.project === true) findings.push(...checkProject(analyses, context));
  findings.sort(compareFindings);
  assignFingerprints(findings);
  return findings;
}

/** The fields a test asserts on: what, where, about which entry. */
export interface FindingSummary {
  type: string;
  messageId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  manifestPath?: string;
  vendor?: string;
  category?: string;
  key?: string;
  claim?: string;
}

export function summarize(findings: readonly Finding[]): FindingSummary[] {
  return findings.map((finding) => {
    const summary: FindingSummary = {
      type: finding.type,
      messageId: finding.messageId,
      severity: finding.severity,
      file: finding.file,
      line: finding.line,
      column: finding.column,
    };
    if (finding.manifestPath !== undefined) summary.manifestPath = finding.manifestPath;
    if (finding.vendor !== undefined) summary.vendor = finding.vendor;
    if (finding.category !== undefined) summary.category = finding.category;
    if (finding.key !== undefined) summary.key = finding.key;
    if (finding.claim !== undefined) summary.claim = finding.claim;
    return summary;
  });
}

/** A manifest: `privacy_manifest: 1` and the given YAML blocks. */
export function manifest(...blocks: string[]): string {
  return ['privacy_manifest: 1', ...blocks].join('\n') + '\n';
}
