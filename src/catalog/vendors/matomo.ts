// Matomo JavaScript tracking client: https://developer.matomo.org/guides/tracking-javascript-guide
import type { VendorEntry } from '../types.js';

export default {
  id: 'matomo',
  name: 'Matomo',
  aliases: ['Piwik', 'Matomo Analytics', 'InnoCraft'],
  service: 'analytics',
  docs: 'https://developer.matomo.org/guides/tracking-javascript-guide',
  packages: ['@datapunt/matomo-tracker-react', '@jonkoops/matomo-tracker-react', 'vue-matomo', 'ngx-matomo-client'],
  // matomo-tracker is a Node.js client of the tracking API.
  serverPackages: ['matomo-tracker'],
  init: ['@datapunt/matomo-tracker-react#createInstance', '@jonkoops/matomo-tracker-react#createInstance', 'ngx-matomo-client#provideMatomo', 'ngx-matomo-client#NgxMatomoModule.forRoot'],
  // Self-hosted Matomo serves matomo.js from the customer's host; Matomo Cloud has its own domains.
  hosts: ['cdn.matomo.cloud', '*.matomo.cloud'],
  globals: ['_paq', 'Matomo', 'Piwik'],
  receives: [
    'user.behavior.browsing_history',
    'user.behavior.interaction',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
    'user.device.screen',
  ],
  collects: ['user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser', 'user.device.screen'],
  storage: [
    { name: '_pk_id.*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'P13M', contains: ['user.device.cookie_id'] },
    { name: '_pk_ses.*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'PT30M', contains: [] },
  ],
  // `_paq.push(['setUserId', id])`.
  dataCalls: ['_paq.push', '@datapunt/matomo-tracker-react#useMatomo().pushInstruction|trackEvent', '@jonkoops/matomo-tracker-react#useMatomo().pushInstruction|trackEvent'],
} satisfies VendorEntry;
