// Microsoft Advertising Universal Event Tracking (UET): https://help.ads.microsoft.com/#apex/ads/en/56682/2
import type { VendorEntry } from '../types.js';

export default {
  id: 'microsoft-uet',
  name: 'Microsoft Advertising UET',
  aliases: ['Bing Ads', 'Microsoft Advertising', 'Universal Event Tracking'],
  service: 'advertising',
  docs: 'https://help.ads.microsoft.com/#apex/ads/en/56682/2',
  hosts: ['bat.bing.com', 'bat.bing.net'],
  globals: ['uetq', 'UET'],
  receives: ['user.behavior.advertising', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'],
  collects: ['user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser'],
  storage: [
    { name: '_uetsid', type: 'cookie', category: 'marketing', duration: 'P1D', contains: ['user.device.cookie_id'] },
    { name: '_uetvid', type: 'cookie', category: 'marketing', duration: 'P390D', contains: ['user.device.cookie_id'] },
  ],
  // `window.uetq.push('set', { pid: { em, ph } })` enhanced conversions.
  dataCalls: ['uetq.push'],
} satisfies VendorEntry;
