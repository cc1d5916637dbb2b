import type { DetectionCatalog } from './detection-catalog.js';
import { detectBrowserApis } from './detect/browser-apis.js';
import { createDetectContext } from './detect/context.js';
import { detectCookies } from './detect/cookies.js';
import { detectFormFields } from './detect/form-fields.js';
import { detectNetwork } from './detect/network.js';
import { detectStorage } from './detect/storage.js';
import { detectVendors } from './detect/vendors.js';
import type { FileFacts } from './facts.js';
import type { FileAnalysis, Observation } from './observation.js';

/**
 * Observations of one file: every detector over the file's facts. Pure: the same facts and catalog
 * always give the same observations, in the same order, whichever engine produced the facts.
 */
export function analyzeFacts(facts: FileFacts, catalog: DetectionCatalog): FileAnalysis {
  const { context, observations, unresolved } = createDetectContext(facts, catalog, false);
  const importsSdk = detectVendors(context);
  context.transmits = importsSdk || facts.calls.some((call) => catalog.transmitCalls.find(call.callee) !== undefined);
  detectFormFields(context);
  detectCookies(context);
  detectStorage(context);
  detectBrowserApis(context);
  detectNetwork(context);
  return { file: facts.file, observations: sortObservations(dedupe(observations)), unresolved };
}

function identity(observation: Observation): string {
  return [
    observation.kind,
    observation.line,
    observation.column,
    observation.category ?? '',
    observation.vendor ?? '',
    observation.key ?? '',
    observation.host ?? '',
  ].join('\u0000');
}

/** Two detectors (or two routes within one) seeing the same thing at the same place report it once. */
function dedupe(observations: readonly Observation[]): Observation[] {
  const seen = new Set<string>();
  const unique: Observation[] = [];
  for (const observation of observations) {
    const key = identity(observation);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(observation);
  }
  return unique;
}

const kindOrder = ['sdk', 'payment', 'form-field', 'cookie', 'storage', 'browser-api', 'network', 'flow'];

export function compareObservations(a: Observation, b: Observation): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
    (a.vendor ?? '').localeCompare(b.vendor ?? '') ||
    (a.category ?? '').localeCompare(b.category ?? '') ||
    (a.key ?? '').localeCompare(b.key ?? '') ||
    (a.host ?? '').localeCompare(b.host ?? '')
  );
}

function sortObservations(observations: Observation[]): Observation[] {
  return observations.sort(compareObservations);
}
