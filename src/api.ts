/**
 * The programmatic API for tools built on Candor (`import { scan } from 'candor/api'`): the
 * whole-project scan, the manifest loader and the policy reader. Kept apart from the package root,
 * the ESLint plugin, so editors loading the plugin do not load the scanner's TypeScript build.
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
