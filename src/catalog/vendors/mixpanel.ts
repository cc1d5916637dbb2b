// Mixpanel JavaScript SDK (mixpanel-browser) and Node SDK: https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript
import type { VendorEntry } from '../types.js';

export default {
  id: 'mixpanel',
  name: 'Mixpanel',
  aliases: ['Mixpanel, Inc.'],
  service: 'analytics',
  docs: 'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript',
  packages: ['mixpanel-browser', 'react-mixpanel-browser'],
  serverPackages: ['mixpanel'],
  init: ['mixpanel-browser#init', 'react-mixpanel-browser#MixpanelProvider', 'mixpanel.init'],
  hosts: ['cdn.mxpnl.com', 'api-js.mixpanel.com', 'api.mixpanel.com', 'api-eu.mixpanel.com'],
  globals: ['mixpanel'],
  receives: [
    'user.behavior.browsing_history',
    'user.behavior.interaction',
    'user.unique_id',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
    'user.location.imprecise',
  ],
  collects: ['user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser', 'user.device.screen'],
  storage: [
    // The super-properties cookie `mp_<project token>_mixpanel`, 365 days by default (`cookie_expiration`).
    { name: 'mp_*_mixpanel', match: 'glob', type: 'cookie', category: 'analytics', duration: 'P1Y', contains: ['user.device.cookie_id', 'user.unique_id'] },
  ],
  dataCalls: [
    'mixpanel-browser#default.identify|alias|register|track',
    'mixpanel-browser#default.people.set|set_once|append|union',
    'mixpanel.identify|alias|register|track',
    'mixpanel.people.set|set_once',
    'mixpanel#init().track|alias',
    'mixpanel#init().people.set|set_once',
  ],
} satisfies VendorEntry;
