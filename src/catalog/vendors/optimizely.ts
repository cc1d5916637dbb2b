// Optimizely Web Experimentation snippet and Feature Experimentation SDKs: https://docs.developers.optimizely.com/feature-experimentation/docs/javascript-sdk
import type { VendorEntry } from '../types.js';

export default {
  id: 'optimizely',
  name: 'Optimizely',
  aliases: ['Optimizely, Inc.', 'Episerver'],
  service: 'feature_flags',
  docs: 'https://docs.developers.optimizely.com/feature-experimentation/docs/javascript-sdk',
  packages: ['@optimizely/*'],
  init: ['@optimizely/*#createInstance', '@optimizely/react-sdk#OptimizelyProvider'],
  hosts: ['cdn.optimizely.com', 'logx.optimizely.com', 'cdn-pci.optimizely.com'],
  globals: ['optimizely'],
  receives: ['user.unique_id', 'user.behavior.interaction', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser'],
  storage: [
    // Set by the Web Experimentation snippet; 180 days.
    { name: 'optimizelyEndUserId', type: 'cookie', category: 'analytics', duration: 'P6M', contains: ['user.device.cookie_id'] },
  ],
  dataCalls: [
    'optimizely.push',
    '@optimizely/optimizely-sdk#createInstance().createUserContext',
    '@optimizely/react-sdk#createInstance().setUser',
    '@optimizely/react-sdk#OptimizelyProvider',
  ],
} satisfies VendorEntry;
