// Fathom Analytics script and fathom-client: https://usefathom.com/docs/script/script
import type { VendorEntry } from '../types.js';

export default {
  id: 'fathom',
  name: 'Fathom Analytics',
  aliases: ['Fathom', 'Conva Ventures Inc.'],
  service: 'analytics',
  docs: 'https://usefathom.com/docs/script/script',
  packages: ['fathom-client'],
  init: ['fathom-client#load'],
  hosts: ['cdn.usefathom.com'],
  globals: ['fathom'],
  receives: ['user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser', 'user.location.imprecise'],
  collects: ['user.behavior.browsing_history', 'user.device.browser'],
  dataCalls: ['fathom.trackEvent|trackPageview', 'fathom-client#trackEvent|trackPageview|load'],
} satisfies VendorEntry;
