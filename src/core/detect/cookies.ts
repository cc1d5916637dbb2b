import { documentCookieObject } from '../../catalog/apis.js';
import type { CookieWriteApi } from '../../catalog/types.js';
import { classifyDataName } from '../classify-field.js';
import type { SourceRange, StaticValue } from '../facts.js';
import type { CookieAttributes } from '../observation.js';
import type { DetectContext } from './context.js';
import { describeUnknown, keyPattern, namesOf } from './context.js';

const unitSeconds = { ms: 0.001, s: 1, days: 86_400 } as const;

/**
 * Cookie writes: `document.cookie = '…'`, cookie libraries, framework response helpers and raw
 * `Set-Cookie` headers, with name, domain and lifetime where they are statically known.
 */
export function detectCookies(context: DetectContext): void {
  const { facts, catalog } = context;
  for (const call of facts.calls) {
    const api = catalog.cookieApis.find(call.callee);
    if (api !== undefined) {
      observeLibraryCookie(context, api, call.args, call.calleeRange);
      continue;
    }
    const header = catalog.setCookieHeaders.find(call.callee);
    if (header !== undefined) {
      const name = call.args[header.headerArg];
      if (name?.kind !== 'string' || name.value.toLowerCase() !== 'set-cookie') continue;
      const value = call.args[header.valueArg];
      const strings = value?.kind === 'array' ? value.elements : [value];
      for (const cookie of strings) observeCookieString(context, cookie, call.calleeRange, 'a `Set-Cookie` header', true);
    }
  }
  for (const assignment of facts.assignments) {
    if (assignment.object === documentCookieObject && assignment.property.kind === 'string' && assignment.property.value === 'cookie') {
      observeCookieString(context, assignment.value, assignment.range, '`document.cookie`', false);
    }
  }
}

function observeLibraryCookie(context: DetectContext, api: CookieWriteApi, args: readonly StaticValue[], range: SourceRange): void {
  let nameValue: StaticValue | undefined;
  let value: StaticValue | undefined;
  let options: StaticValue | undefined;
  const first = api.nameArg === 'object' ? args[0] : args[api.nameArg];
  if (api.nameArg === 'object' || (first?.kind === 'object' && first.properties.name !== undefined)) {
    // Object form: `cookies().set({ name, value, maxAge })`.
    const object = api.nameArg === 'object' ? args[0] : first;
    if (object?.kind === 'object') {
      nameValue = object.properties.name;
      value = object.properties.value;
      options = object;
    }
  } else {
    nameValue = first;
    value = args[api.valueArg];
    options = args[api.optionsArg];
  }
  const name = keyPattern(nameValue);
  if (name === undefined) {
    context.unresolved(range, `cookie name (${describeUnknown(nameValue)})`);
    return;
  }
  const attributes: CookieAttributes = api.server ? { server: true } : {};
  if (options?.kind === 'object') {
    const domain = options.properties.domain;
    if (domain?.kind === 'string') attributes.domain = domain.value;
    const httpOnly = options.properties.httpOnly;
    if (httpOnly?.kind === 'boolean') attributes.httpOnly = httpOnly.value;
    attributes.maxAgeSeconds = lifetimeSeconds(api, options);
  } else {
    attributes.maxAgeSeconds = options === undefined ? null : undefined;
  }
  observeCookie(context, name, attributes, namesOf(value), range, `written with ${api.library}`);
}

/**
 * Lifetime from the first lifetime option present: `null` when none is (a session cookie), undefined
 * when it is not a number (a computed date or a variable: persistent, length unknown).
 */
function lifetimeSeconds(api: CookieWriteApi, options: Extract<StaticValue, { kind: 'object' }>): number | null | undefined {
  for (const lifetime of api.lifetime) {
    const option = options.properties[lifetime.property];
    if (option === undefined) continue;
    if (lifetime.unit === 'date' || option.kind !== 'number') return undefined;
    return Math.round(option.value * unitSeconds[lifetime.unit]);
  }
  return null;
}

/** Parses `name=value; Max-Age=…; Domain=…; Expires=…; HttpOnly`. */
function observeCookieString(context: DetectContext, value: StaticValue | undefined, range: SourceRange, via: string, server: boolean): void {
  const text = keyPattern(value);
  if (text === undefined) {
    context.unresolved(range, `cookie written to ${via} (${describeUnknown(value)})`);
    return;
  }
  const [pair = '', ...parts] = text.split(';');
  const equals = pair.indexOf('=');
  const name = (equals >= 0 ? pair.slice(0, equals) : pair).trim();
  if (name === '' || name === '*') {
    context.unresolved(range, `cookie name written to ${via}`);
    return;
  }
  const attributes: CookieAttributes = server ? { maxAgeSeconds: null, server } : { maxAgeSeconds: null };
  for (const part of parts) {
    const [rawKey = '', ...rest] = part.split('=');
    const key = rawKey.trim().toLowerCase();
    const attributeValue = rest.join('=').trim();
    if (key === 'max-age') {
      const seconds = Number(attributeValue);
      attributes.maxAgeSeconds = Number.isFinite(seconds) && attributeValue !== '' && attributeValue !== '*' ? seconds : undefined;
    } else if (key === 'expires' && attributes.maxAgeSeconds === null) {
      attributes.maxAgeSeconds = undefined;
    } else if (key === 'domain' && attributeValue !== '' && !attributeValue.includes('*')) {
      attributes.domain = attributeValue;
    } else if (key === 'httponly') {
      attributes.httpOnly = true;
    }
  }
  const names = value?.kind === 'template' ? [...value.names] : [];
  observeCookie(context, name, attributes, names, range, `written to ${via}`);
}

function observeCookie(context: DetectContext, name: string, cookie: CookieAttributes, valueNames: readonly string[], range: SourceRange, reason: string): void {
  const contains = containedCategories([name, ...valueNames]);
  context.observe(
    { kind: 'cookie', key: name, storageType: 'cookie', confidence: 'strong', cookie, ...(contains.length > 0 ? { contains } : {}), reason },
    range,
  );
}

/** Personal-data categories that the names a stored value is built from point to. */
export function containedCategories(names: readonly string[]): string[] {
  const categories = new Set<string>();
  for (const name of names) {
    const classification = classifyDataName(name);
    if (classification !== undefined) categories.add(classification.category);
  }
  return [...categories].sort();
}
