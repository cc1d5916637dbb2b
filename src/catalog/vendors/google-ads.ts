// Google Ads conversion tracking: https://support.google.com/google-ads/answer/6095821
import type { VendorEntry } from '../types.js';

/*
 * Modern Google Ads tags are gtag.js with an `AW-` id, which shares its script and `gtag()` global with
 * Google Analytics (attributed there). This entry recognises the hosts only Ads uses: the conversion
 * endpoints and the legacy `conversion_async.js`.
 */
export default {
  id: 'google-ads',
  name: 'Google Ads',
  aliases: ['Google AdWords', 'Google Ads conversion tracking', 'DoubleClick'],
  service: 'advertising',
  docs: 'https://support.google.com/google-ads/answer/6095821',
  hosts: ['www.googleadservices.com', 'googleads.g.doubleclick.net', 'www.google.com/pagead/1p-conversion'],
  globals: ['google_trackConversion', 'google_conversion_id'],
  receives: ['user.behavior.advertising', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'],
  collects: ['user.behavior.advertising', 'user.device.cookie_id'],
  storage: [
    // Conversion Linker cookies.
    { name: '_gcl_au', type: 'cookie', category: 'marketing', duration: 'P90D', contains: ['user.device.cookie_id'] },
    { name: '_gcl_aw', type: 'cookie', category: 'marketing', duration: 'P90D', contains: ['user.device.cookie_id'] },
  ],
  dataCalls: ['google_trackConversion'],
} satisfies VendorEntry;
