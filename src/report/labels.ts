import { categoryLabel, getCategory, getPurpose } from '../catalog/taxonomy.js';
export { durationText, lifetimeText } from '../manifest/duration.js';

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
