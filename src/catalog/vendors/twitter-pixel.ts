// X (Twitter) Pixel: https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites
import type { VendorEntry } from '../types.js';

export default {
  id: 'twitter-pixel',
  name: 'X (Twitter) Pixel',
  aliases: ['Twitter Pixel', 'X Pixel', 'Twitter Ads', 'Twitter universal website tag'],
  service: 'advertising',
  docs: 'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites',
  hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 't.co/i/adsct'],
  globals: ['twq'],
  receives: ['user.behavior.advertising', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'],
  collects: ['user.behavior.browsing_history', 'user.device.browser'],
  // `twq('event', eventId, { email_address, phone_number })`.
  dataCalls: ['twq'],
} satisfies VendorEntry;
