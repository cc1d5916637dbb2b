import { getterMethods } from '../../catalog/apis.js';
import type { CollectingApi } from '../../catalog/types.js';
import { tokenizeRef } from '../api-ref.js';
import type { SourceRange } from '../facts.js';
import type { DetectContext } from './context.js';

interface ApiUse {
  ref: string;
  range: SourceRange;
  use: 'call' | 'read';
  firstArg?: string;
}

/**
 * Calls, reads and getter calls (`headers.get('dnt')` reads `headers.dnt`) that some collecting API
 * could match, in source order.
 */
function apiUses(context: DetectContext): ApiUse[] {
  const { collectingApis } = context.catalog;
  const uses: ApiUse[] = [];
  for (const call of context.facts.calls) {
    const first = call.args[0];
    const firstArg = first?.kind === 'string' ? first.value : undefined;
    if (collectingApis.findAll(call.callee).length > 0) {
      uses.push({ ref: call.callee, range: call.calleeRange, use: 'call', ...(firstArg === undefined ? {} : { firstArg }) });
    }
    const last = tokenizeRef(call.callee).at(-1);
    if (last !== undefined && getterMethods.has(last) && firstArg !== undefined) {
      const ref = `${call.callee.slice(0, -last.length)}${firstArg.toLowerCase()}`;
      if (collectingApis.findAll(ref, true).length > 0) uses.push({ ref, range: call.range, use: 'read' });
    }
  }
  for (const read of context.facts.reads) {
    if (collectingApis.findAll(read.ref, true).length > 0) uses.push({ ref: read.ref, range: read.range, use: 'read' });
  }
  return uses.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}

function applies(api: CollectingApi, use: ApiUse, context: DetectContext): boolean {
  if (api.use !== 'any' && api.use !== use.use) return false;
  if (api.firstArg !== undefined && (use.firstArg === undefined || !api.firstArg.includes(use.firstArg))) return false;
  return !api.requiresTransmission || context.transmits;
}

/**
 * Browser and server APIs that collect: geolocation, keystroke and pointer capture, device and
 * fingerprinting reads, client IP and IP-derived location, and the privacy signals code reads.
 */
export function detectBrowserApis(context: DetectContext): void {
  // Each API is reported at its first use in a file; reading `req.ip` five times is one collection.
  const seen = new Set<CollectingApi>();
  for (const use of apiUses(context)) {
    // Reads also match by prefix: `navigator.connection.effectiveType` reads `navigator.connection`.
    for (const { payload: api } of context.catalog.collectingApis.findAll(use.ref, use.use === 'read')) {
      if (!applies(api, use, context)) continue;
      if (seen.has(api)) break;
      seen.add(api);
      context.observe(
        {
          kind: 'browser-api',
          category: api.category,
          api: use.ref,
          confidence: api.confidence,
          reason: api.label,
          ...(api.precision === undefined ? {} : { precision: api.precision }),
          ...(api.signal === undefined ? {} : { signal: api.signal }),
        },
        use.range,
      );
      if (api.category === 'user.behavior.keystrokes' && !context.facts.strings.has('password')) {
        // A keystroke listener that never mentions password fields cannot be skipping them.
        context.observe(
          { kind: 'browser-api', category: 'user.authorization.password', api: use.ref, confidence: 'medium', reason: 'keystroke capture that does not skip password fields' },
          use.range,
        );
      }
      break;
    }
  }
}
