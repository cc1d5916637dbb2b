import { nonRecipientHosts, urlElements } from '../../catalog/apis.js';
import { classifyDataName } from '../classify-field.js';
import type { SourceRange, StaticValue } from '../facts.js';
import { compileHostPattern, matchesHost, parseAbsoluteUrl } from '../hosts.js';
import type { DetectContext } from './context.js';
import { describeUnknown, keyPattern, namesOf } from './context.js';

/** Loopback and documentation hosts: a request there reaches no recipient. */
const ignoredHosts = nonRecipientHosts.map(compileHostPattern);

/**
 * Requests and embeds that reach another host: `fetch`, `axios`, beacons, sockets, and `<script>`,
 * `<iframe>`, `<img>` sources. Hosts of catalog vendors are left to the vendor detector; other hosts
 * become `network` observations, and the data names in a request's arguments become flows to that host.
 */
export function detectNetwork(context: DetectContext): void {
  const { facts, catalog } = context;
  for (const call of facts.calls) {
    const api = catalog.networkApis.find(call.callee);
    if (api === undefined) continue;
    const argument = call.args[api.urlArg];
    const target = keyPattern(argument);
    // A request whose host is not known statically may go to a third party: say so in coverage.
    if (target === undefined || target.startsWith('*')) {
      context.unresolved(call.calleeRange, `request URL (${target === undefined ? describeUnknown(argument) : `\`${target}\``})`);
      continue;
    }
    const payload = call.args.filter((_, index) => index !== api.urlArg);
    observeRequest(context, target, call.range, `${api.transport} to`, payload);
  }
  for (const element of facts.elements) {
    const spec = Object.hasOwn(urlElements, element.tag) ? urlElements[element.tag] : undefined;
    if (spec === undefined) continue;
    const target = keyPattern(element.attributes[spec.attribute]);
    if (target !== undefined) observeRequest(context, target, element.range, `${spec.transport} from`, []);
  }
}

function observeRequest(context: DetectContext, target: string, range: SourceRange, how: string, payload: readonly StaticValue[]): void {
  const url = parseAbsoluteUrl(target);
  if (url === undefined || ignoredHosts.some((pattern) => matchesHost(pattern, url))) return;
  const vendor = context.catalog.hosts.find(({ pattern }) => matchesHost(pattern, url))?.vendor;
  if (vendor === undefined) {
    context.observe({ kind: 'network', host: url.host, confidence: 'strong', reason: `${how} \`${url.host}\``, ...(url.secure ? {} : { insecure: true }) }, range);
  }
  const seen = new Set<string>();
  for (const name of payload.flatMap((value) => namesOf(value))) {
    const classification = classifyDataName(name);
    if (classification === undefined || seen.has(classification.category)) continue;
    seen.add(classification.category);
    context.observe(
      {
        kind: 'flow',
        category: classification.category,
        host: url.host,
        ...(vendor === undefined ? {} : { vendor: vendor.id }),
        confidence: 'medium',
        reason: `\`${name}\` is sent to \`${url.host}\``,
      },
      range,
    );
  }
}
