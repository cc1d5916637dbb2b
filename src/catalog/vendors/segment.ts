// Segment Analytics.js 2.0 (@segment/analytics-next) and analytics-node: https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/
import type { VendorEntry } from '../types.js';

export default {
  id: 'segment',
  name: 'Segment',
  aliases: ['Twilio Segment', 'Segment.io', 'Segment.com'],
  service: 'analytics',
  docs: 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/',
  packages: ['@segment/*'],
  serverPackages: ['analytics-node', '@segment/analytics-node'],
  init: ['@segment/analytics-next#AnalyticsBrowser.load', 'analytics.load'],
  hosts: ['cdn.segment.com', 'api.segment.io', 'events.eu1.segmentapis.com', 'cdn.segment.io'],
  globals: ['analytics'],
  receives: [
    'user.behavior.browsing_history',
    'user.behavior.interaction',
    'user.unique_id',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
    'user.device.locale',
  ],
  collects: ['user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser', 'user.device.screen', 'user.device.locale'],
  storage: [
    { name: 'ajs_anonymous_id', type: 'cookie', category: 'analytics', duration: 'P1Y', contains: ['user.device.cookie_id'] },
    { name: 'ajs_user_id', type: 'cookie', category: 'analytics', duration: 'P1Y', contains: ['user.unique_id'] },
    { name: 'ajs_anonymous_id', type: 'local_storage', category: 'analytics', duration: 'persistent', contains: ['user.device.cookie_id'] },
    { name: 'ajs_user_id', type: 'local_storage', category: 'analytics', duration: 'persistent', contains: ['user.unique_id'] },
    { name: 'ajs_user_traits', type: 'local_storage', category: 'analytics', duration: 'persistent', contains: ['user'] },
  ],
  // The snippet's global and the object `AnalyticsBrowser.load()` returns share one API.
  dataCalls: [
    'analytics.identify|track|page|group|alias',
    '@segment/analytics-next#AnalyticsBrowser.load().identify|track|page|group|alias',
    '@segment/analytics-node#Analytics().identify|track|page|group|alias',
    'analytics-node#default().identify|track|page|group|alias',
  ],
} satisfies VendorEntry;
