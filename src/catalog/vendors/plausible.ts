// Plausible Analytics script and tracker packages: https://plausible.io/docs/plausible-script
import type { VendorEntry } from '../types.js';

export default {
  id: 'plausible',
  name: 'Plausible Analytics',
  aliases: ['Plausible', 'Plausible Insights OÜ'],
  service: 'analytics',
  docs: 'https://plausible.io/docs/plausible-script',
  packages: ['plausible-tracker', 'next-plausible', '@plausible-analytics/tracker'],
  init: ['plausible-tracker#default', 'next-plausible#default', '@plausible-analytics/tracker#init'],
  hosts: ['plausible.io'],
  globals: ['plausible'],
  // No cookies; the IP and user agent are hashed with a daily salt to count unique visitors.
  receives: ['user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser', 'user.location.imprecise'],
  collects: ['user.behavior.browsing_history', 'user.device.screen'],
  dataCalls: ['plausible', 'plausible-tracker#default().trackEvent', 'next-plausible#usePlausible()'],
} satisfies VendorEntry;
