import { categoryLabel, getCategory, getPurpose } from '../catalog/taxonomy.js';
import { parseDuration } from '../manifest/duration.js';

/** `user.contact.email` → `Email address`. */
export function categoryName(key: string): string {
  const entry = getCategory(key);
  if (entry !== undefined) return entry.name;
  const label = categoryLabel(key);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** `analytics.reporting` → `Analytics reporting`; unknown keys as written. */
export function purposeName(key: string): string {
  return getPurpose(key)?.name ?? key;
}

/** `strictly_necessary` → `Strictly necessary`. */
export function words(identifier: string): string {
  const spaced = identifier.replaceAll('_', ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const isoUnits: readonly [RegExp, string][] = [
  [/(\d+(?:[.,]\d+)?)Y/, 'year'],
  [/(\d+(?:[.,]\d+)?)M/, 'month'],
  [/(\d+(?:[.,]\d+)?)W/, 'week'],
  [/(\d+(?:[.,]\d+)?)D/, 'day'],
];
const isoTimeUnits: readonly [RegExp, string][] = [
  [/(\d+(?:[.,]\d+)?)H/, 'hour'],
  [/(\d+(?:[.,]\d+)?)M/, 'minute'],
  [/(\d+(?:[.,]\d+)?)S/, 'second'],
];

function count(amount: string, unit: string): string {
  return `${amount} ${amount === '1' ? unit : `${unit}s`}`;
}

/** A declared duration in words: `P2Y` → `2 years`, `PT30M` → `30 minutes`, `session` → `Session`. */
export function durationText(duration: string | undefined): string {
  if (duration === undefined) return 'Not stated';
  if (duration === 'session') return 'Session';
  if (duration === 'persistent') return 'Persistent (no stated limit)';
  if (parseDuration(duration) === undefined) return duration;
  const [datePart = '', timePart = ''] = duration.slice(1).split('T');
  const parts: string[] = [];
  for (const [pattern, unit] of isoUnits) {
    const match = pattern.exec(datePart);
    if (match?.[1] !== undefined) parts.push(count(match[1], unit));
  }
  for (const [pattern, unit] of isoTimeUnits) {
    const match = pattern.exec(timePart);
    if (match?.[1] !== undefined) parts.push(count(match[1], unit));
  }
  return parts.join(' ');
}

/** A lifetime seen in code, in seconds (`null` = a session cookie). */
export function lifetimeText(seconds: number | null | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  if (seconds === null || seconds <= 0) return 'Session';
  const day = 86_400;
  if (seconds >= 365 * day && seconds % (365 * day) === 0) return count(String(seconds / (365 * day)), 'year');
  if (seconds >= day) return count(String(Math.round((seconds / day) * 10) / 10), 'day');
  if (seconds >= 3600) return count(String(Math.round((seconds / 3600) * 10) / 10), 'hour');
  if (seconds >= 60) return count(String(Math.round(seconds / 6) / 10), 'minute');
  return count(String(seconds), 'second');
}

const channelNames: Readonly<Record<string, string>> = {
  form: 'Form',
  client_api: 'Browser API',
  sdk: 'SDK',
  server: 'Server',
  import: 'Import',
  email: 'Email',
  phone: 'Phone',
  offline: 'Offline',
};

/** `client_api` → `Browser API`. */
export function channelName(channel: string): string {
  return channelNames[channel] ?? words(channel);
}

const observationKindNames: Readonly<Record<string, string>> = {
  'form-field': 'form field',
  cookie: 'cookie',
  storage: 'storage',
  sdk: 'SDK',
  payment: 'payment form',
  'browser-api': 'browser API',
  network: 'network request',
  flow: 'data sent to a vendor',
};

/** `browser-api` → `browser API`. */
export function observationKindName(kind: string): string {
  return observationKindNames[kind] ?? kind;
}
