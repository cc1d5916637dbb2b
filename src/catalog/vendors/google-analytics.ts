// Google Analytics 4 (gtag.js) and Universal Analytics (analytics.js): https://developers.google.com/analytics/devguides/collection/ga4
import type { VendorEntry } from '../types.js';

/*
 * gtag.js is shared: the same script and `gtag()` global also serve Google Ads (`AW-` ids). The script
 * and the global are attributed here; `google-ads` is recognised by its own hosts.
 * `@next/third-parties/google` exports both `GoogleAnalytics` and `GoogleTagManager`, so the package is
 * claimed by neither entry; its GA-only call `sendGAEvent` is a data call here.
 */
export default {
  id: 'google-analytics',
  name: 'Google Analytics',
  aliases: ['GA4', 'Google Analytics 4', 'Universal Analytics', 'gtag.js', 'Google LLC (Analytics)'],
  service: 'analytics',
  docs: 'https://developers.google.com/analytics/devguides/collection/ga4',
  privacyPolicy: 'https://policies.google.com/privacy',
  packages: ['react-ga4', 'react-ga', 'vue-gtag', 'vue-gtag-next', 'ga-4-react', '@analytics/google-analytics'],
  init: ['react-ga4#initialize', 'react-ga#initialize', 'ga-4-react#default().initialize', 'vue-gtag#createGtag|configure', '@analytics/google-analytics#default'],
  hosts: [
    'www.googletagmanager.com/gtag/js',
    'www.google-analytics.com',
    'ssl.google-analytics.com',
    '*.google-analytics.com',
    '*.analytics.google.com',
  ],
  globals: ['gtag', 'ga'],
  receives: [
    'user.behavior.browsing_history',
    'user.behavior.interaction',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
    'user.device.screen',
    'user.device.locale',
  ],
  collects: [
    'user.behavior.browsing_history',
    'user.behavior.interaction',
    'user.device.cookie_id',
    'user.device.browser',
    'user.device.screen',
    'user.device.locale',
  ],
  // https://support.google.com/analytics/answer/11397207 (GA4) and developers.google.com …/cookie-usage (analytics.js)
  storage: [
    { name: '_ga', type: 'cookie', category: 'analytics', duration: 'P2Y', contains: ['user.device.cookie_id'] },
    { name: '_ga_*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'P2Y', contains: ['user.device.cookie_id'] },
    { name: '_gid', type: 'cookie', category: 'analytics', duration: 'P1D', contains: ['user.device.cookie_id'] },
    { name: '_gat*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'PT1M', contains: [] },
  ],
  // `gtag('config', id, { user_id })`, `ga('set', 'userId', id)`: argument keys are classified.
  dataCalls: ['gtag', 'ga', 'react-ga4#default.gtag|set|send|event|initialize', 'react-ga#default.set|initialize', '@next/third-parties/google#sendGAEvent'],
} satisfies VendorEntry;
