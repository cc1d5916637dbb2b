import type { VendorEntry } from '../../catalog/types.js';
import { parseDuration } from '../../manifest/duration.js';
import { classifyDataName } from '../classify-field.js';
import { refModule, refRoot } from '../api-ref.js';
import { payloadSlotKeys } from '../../catalog/fields.js';
import type { SourceRange, StaticValue } from '../facts.js';
import { matchesHost, parseAbsoluteUrl } from '../hosts.js';
import { packageNameOf, vendorOfModule } from '../detection-catalog.js';
import type { DetectContext } from './context.js';
import { namesOf, propertyAt } from './context.js';

interface VendorEvidence {
  vendor: VendorEntry;
  range: SourceRange;
  /** Lower is stronger: 0 import, 1 script or API host, 2 global. */
  rank: number;
  reason: string;
  host?: string;
  /** The vendor's code is loaded here (import or script), so its cookies and automatic collection apply. */
  loads: boolean;
}

/**
 * Vendors used in the file — by package import, by script or API host, by the globals their snippets
 * define — and what follows from each: the cookies its SDK sets, what its script collects by itself,
 * the data passed to its identify-style calls, and whether its recorder captures passwords. Returns
 * whether the file imports a vendor's browser SDK (which sends data off the page).
 */
export function detectVendors(context: DetectContext): boolean {
  const { facts, catalog } = context;
  const evidence = new Map<string, VendorEvidence>();
  const offer = (candidate: VendorEvidence): void => {
    const current = evidence.get(candidate.vendor.id);
    if (current === undefined || candidate.rank < current.rank || (candidate.rank === current.rank && candidate.range.line < current.range.line)) {
      evidence.set(candidate.vendor.id, current !== undefined && current.loads && !candidate.loads ? { ...candidate, loads: true } : candidate);
    } else if (candidate.loads && !current.loads) {
      current.loads = true;
    }
  };

  for (const fact of facts.imports) {
    const vendor = vendorOfModule(catalog, fact.module);
    const loads = !catalog.serverPackages.has(packageNameOf(fact.module));
    if (vendor !== undefined) offer({ vendor, range: fact.range, rank: 0, reason: `imports \`${fact.module}\``, loads });
  }
  const requested = requestedUrls(context);
  for (const fact of facts.urls) {
    const url = parseAbsoluteUrl(fact.url);
    if (url === undefined) continue;
    const match = catalog.hosts.find(({ pattern }) => matchesHost(pattern, url));
    if (match === undefined) continue;
    // A request to a vendor's API sends it data; only a script (or other embed) runs its SDK on the page.
    const loads = !requested.has(fact.url);
    const verb = loads ? 'loads' : 'sends a request to';
    offer({ vendor: match.vendor, range: fact.range, rank: 1, reason: `${verb} \`${url.host}${url.path === '/' ? '' : url.path}\``, host: url.host, loads });
  }
  const globalUse = (ref: string, range: SourceRange): void => {
    const root = refRoot(ref);
    const vendor = catalog.globals.get(root);
    if (vendor !== undefined) offer({ vendor, range, rank: 2, reason: `uses the \`${root}\` global`, loads: false });
  };
  for (const fact of facts.calls) globalUse(fact.callee, fact.calleeRange);
  for (const fact of facts.reads) globalUse(fact.ref, fact.range);
  for (const fact of facts.assignments) {
    const global = fact.object === 'window' && fact.property.kind === 'string' ? fact.property.value : fact.object;
    globalUse(global, fact.range);
  }

  reassignIdentified(context, evidence);
  const started = startedVendors(context);

  for (const found of [...evidence.values()].sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column)) {
    const { vendor, range } = found;
    const observation = {
      kind: vendor.service === 'payment_processor' ? ('payment' as const) : ('sdk' as const),
      vendor: vendor.id,
      confidence: 'strong' as const,
      reason: found.reason,
    };
    context.observe(found.host === undefined ? observation : { ...observation, host: found.host }, range);
    // Script tags always start the SDK; a package import does where the vendor names no start call.
    const start = (found.rank === 1 && found.loads) || vendor.init === undefined ? (found.loads ? range : undefined) : started.get(vendor.id);
    if (start === undefined) continue;
    for (const item of vendor.storage ?? []) {
      const seconds = parseDuration(item.duration);
      context.observe(
        {
          kind: item.type === 'cookie' ? 'cookie' : 'storage',
          vendor: vendor.id,
          key: item.name,
          storageType: item.type,
          confidence: 'strong',
          implied: true,
          contains: item.contains,
          ...(item.contains[0] === undefined ? {} : { category: item.contains[0] }),
          ...(item.type === 'cookie' ? { cookie: { maxAgeSeconds: seconds === 0 ? null : seconds ?? null } } : {}),
          ...(item.thirdParty === true ? { thirdParty: true } : {}),
          reason: `set by ${vendor.name}`,
        },
        start,
      );
    }
    for (const category of vendor.collects ?? []) {
      context.observe({ kind: 'flow', vendor: vendor.id, category, confidence: 'strong', implied: true, reason: `collected by ${vendor.name}'s script` }, start);
    }
  }

  detectDataCalls(context);
  detectRecorders(context, evidence);
  // A browser SDK imported here sends data from this page; a mere mention of a vendor's host or global does not.
  return [...evidence.values()].some((found) => found.rank === 0 && found.loads);
}

/** URLs that are the target of a request call in this file (`fetch('https://api.mixpanel.com/track')`). */
function requestedUrls(context: DetectContext): Set<string> {
  const urls = new Set<string>();
  for (const call of context.facts.calls) {
    const api = context.catalog.networkApis.find(call.callee);
    const target = api === undefined ? undefined : call.args[api.urlArg];
    if (target?.kind === 'string') urls.add(target.value);
    else if (target?.kind === 'template') urls.add(target.pattern);
  }
  return urls;
}

/** Where each vendor's SDK is first started in this file (`loadStripe(…)`, `<Auth0Provider>`). */
function startedVendors(context: DetectContext): Map<string, SourceRange> {
  const started = new Map<string, SourceRange>();
  const consider = (ref: string, range: () => SourceRange): void => {
    const vendor = context.catalog.inits.find(ref);
    if (vendor === undefined) return;
    // `Sentry.init` from `@sentry/node` starts the server SDK: no browser cookies, no automatic collection.
    const module = refModule(ref);
    if (module !== undefined && context.catalog.serverPackages.has(packageNameOf(module))) return;
    const at = range();
    const earlier = started.get(vendor.id);
    if (earlier === undefined || at.line < earlier.line || (at.line === earlier.line && at.column < earlier.column)) started.set(vendor.id, at);
  };
  for (const call of context.facts.calls) consider(call.callee, () => call.calleeRange);
  for (const element of context.facts.elements) if (element.tagRef !== undefined) consider(element.tagRef, () => element.range);
  return started;
}

/**
 * A file that uses what only one vendor does (`FB.login`) hands that vendor the evidence of the vendors
 * it shares a script or global with.
 */
function reassignIdentified(context: DetectContext, evidence: Map<string, VendorEvidence>): void {
  const identified: VendorEntry[] = [];
  for (const call of context.facts.calls) {
    const vendor = context.catalog.identifiers.find(call.callee);
    if (vendor !== undefined) identified.push(vendor);
  }
  for (const read of context.facts.reads) {
    const vendor = context.catalog.identifiers.find(read.ref);
    if (vendor !== undefined) identified.push(vendor);
  }
  for (const vendor of identified) {
    for (const overridden of vendor.identifiedBy?.overrides ?? []) {
      const found = evidence.get(overridden);
      if (found === undefined) continue;
      evidence.delete(overridden);
      const current = evidence.get(vendor.id);
      if (current === undefined || found.rank < current.rank) evidence.set(vendor.id, { ...found, vendor, loads: found.loads || current?.loads === true });
    }
  }
}

/** Identify-style calls: the data names in their arguments flow to the vendor. */
function detectDataCalls(context: DetectContext): void {
  for (const call of context.facts.calls) {
    const vendor = context.catalog.dataCalls.find(call.callee);
    if (vendor !== undefined) {
      const seen = new Set<string>();
      for (const name of call.args.flatMap((arg) => payloadNames(arg))) {
        const classification = classifyDataName(name);
        if (classification === undefined || seen.has(classification.category)) continue;
        seen.add(classification.category);
        context.observe(
          { kind: 'flow', vendor: vendor.id, category: classification.category, confidence: 'medium', reason: `\`${name}\` is sent to ${vendor.name}` },
          call.calleeRange,
        );
      }
    }
  }
}

/** Names an SDK call's argument is built from; a payload slot's key (`message`) is the SDK's word, not data. */
function payloadNames(value: StaticValue | undefined, into: string[] = []): string[] {
  if (value?.kind === 'object') {
    for (const [key, property] of Object.entries(value.properties)) {
      if (!payloadSlotKeys.has(key)) into.push(key);
      payloadNames(property, into);
    }
    return into;
  }
  if (value?.kind === 'array') {
    for (const element of value.elements) payloadNames(element, into);
    return into;
  }
  return namesOf(value, into);
}

/**
 * Session recorders: most mask password fields unless told otherwise; an options object that turns
 * masking off (or a recorder that never masks) sends typed passwords to the vendor.
 */
function detectRecorders(context: DetectContext, evidence: ReadonlyMap<string, VendorEvidence>): void {
  const configured = new Set<string>();
  for (const call of context.facts.calls) {
    const vendor = context.catalog.recorders.find(call.callee);
    const recorder = vendor?.recorder;
    if (vendor !== undefined && recorder !== undefined) {
      configured.add(vendor.id);
      const options = call.args[recorder.optionsArg];
      const unsafe = recorder.unsafe.find(({ path, value }) => {
        const option = propertyAt(options, path);
        return (option?.kind === 'boolean' || option?.kind === 'string') && option.value === value;
      });
      if (unsafe !== undefined || recorder.capturesPasswordsByDefault) {
        context.observe(
          {
            kind: 'flow',
            vendor: vendor.id,
            category: 'user.authorization.password',
            confidence: 'strong',
            capturesPasswords: true,
            reason: unsafe === undefined ? `${vendor.name} records password fields by default` : `\`${unsafe.path}: ${String(unsafe.value)}\` makes ${vendor.name} record password fields`,
          },
          call.calleeRange,
        );
      }
    }
  }
  for (const found of evidence.values()) {
    const recorder = found.vendor.recorder;
    if (recorder?.capturesPasswordsByDefault === true && found.loads && !configured.has(found.vendor.id)) {
      context.observe(
        { kind: 'flow', vendor: found.vendor.id, category: 'user.authorization.password', confidence: 'medium', capturesPasswords: true, reason: `${found.vendor.name} records password fields by default` },
        found.range,
      );
    }
  }
}
