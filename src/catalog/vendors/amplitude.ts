// Amplitude Browser SDK 2 (@amplitude/analytics-browser): https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2
import type { VendorEntry } from '../types.js';

export default {
  id: 'amplitude',
  name: 'Amplitude',
  aliases: ['Amplitude, Inc.', 'Amplitude Analytics'],
  service: 'analytics',
  docs: 'https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2',
  packages: ['@amplitude/*', 'amplitude-js'],
  serverPackages: ['@amplitude/analytics-node', '@amplitude/node'],
  init: ['@amplitude/analytics-browser#init', '@amplitude/unified#initAll', 'amplitude-js#getInstance().init', 'amplitude.init', 'amplitude.getInstance().init'],
  hosts: ['cdn.amplitude.com', 'api2.amplitude.com', 'api.eu.amplitude.com', 'api.amplitude.com'],
  globals: ['amplitude'],
  receives: [
    'user.behavior.browsing_history',
    'user.behavior.interaction',
    'user.unique_id',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
    'user.location.imprecise',
  ],
  collects: ['user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.cookie_id', 'user.device.browser', 'user.device.locale'],
  storage: [
    // `AMP_<first ten characters of the API key>` (and `AMP_MKTG_…` for attribution), 365 days.
    { name: 'AMP_*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'P1Y', contains: ['user.device.cookie_id', 'user.unique_id'] },
  ],
  dataCalls: [
    '@amplitude/*#setUserId|identify|track|setGroup',
    'amplitude.setUserId|identify|track',
    'amplitude-js#default.getInstance().setUserId|setUserProperties|logEvent',
  ],
} satisfies VendorEntry;
