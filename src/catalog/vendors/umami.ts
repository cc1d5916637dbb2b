// Umami tracker script (Umami Cloud or self-hosted): https://umami.is/docs/tracker-functions
import type { VendorEntry } from '../types.js';

export default {
  id: 'umami',
  name: 'Umami',
  aliases: ['Umami Analytics', 'Umami Software'],
  service: 'analytics',
  docs: 'https://umami.is/docs/tracker-functions',
  // Self-hosted instances serve the script from the customer's own host; only Umami Cloud is recognisable.
  serverPackages: ['@umami/node'],
  hosts: ['cloud.umami.is'],
  globals: ['umami'],
  receives: ['user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser', 'user.location.imprecise'],
  collects: ['user.behavior.browsing_history', 'user.device.browser', 'user.device.screen', 'user.device.locale'],
  dataCalls: ['umami.track|identify'],
} satisfies VendorEntry;
