// Heap web installation: https://developers.heap.io/docs/web
import type { VendorEntry } from '../types.js';

export default {
  id: 'heap',
  name: 'Heap',
  aliases: ['Heap Analytics', 'Heap Inc.', 'Contentsquare (Heap)'],
  service: 'analytics',
  docs: 'https://developers.heap.io/docs/web',
  packages: ['reactjs-heap', '@heap/*'],
  init: ['reactjs-heap#initialize', 'heap.load'],
  hosts: ['cdn.heapanalytics.com', 'heapanalytics.com', '*.heap-api.com'],
  globals: ['heap'],
  receives: [
    'user.behavior.browsing_history',
    'user.behavior.interaction',
    'user.unique_id',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
  ],
  // Heap autocaptures every click, change and submit.
  collects: ['user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.cookie_id', 'user.device.browser'],
  storage: [
    { name: '_hp2_id.*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'P13M', contains: ['user.device.cookie_id', 'user.unique_id'] },
    { name: '_hp2_ses_props.*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'PT30M', contains: [] },
  ],
  dataCalls: ['heap.identify|addUserProperties|track|addEventProperties'],
} satisfies VendorEntry;
