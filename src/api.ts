/**
 * The programmatic API for tools built on Candor: the whole-project scan and the manifest loader.
 * Everything here is also exported from the package root next to the ESLint plugin.
 */
export { scan } from './scanner/scan.js';
export type { ScanOptions, ScanResult } from './scanner/scan.js';
export { findManifest, formatDiagnostic, loadManifest, ManifestError, parseManifest } from './manifest/load.js';
export type { LoadedManifest, ManifestDiagnostic, SourcePosition } from './manifest/load.js';
export type { Manifest } from './manifest/model.js';
export type { Finding, FindingType, Severity } from './check/finding.js';
export type { Observation, ObservationKind } from './core/observation.js';
export type { Coverage, Report } from './report/model.js';
export { readPolicy } from './policy/read-policy.js';
export type { PolicyReading, ReadPolicyOptions } from './policy/read-policy.js';
export type { PolicyClaim } from './policy/claims.js';
