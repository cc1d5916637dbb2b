// Reddit Pixel: https://business.reddithelp.com/s/article/Install-the-Reddit-Pixel-on-your-website
import type { VendorEntry } from '../types.js';

export default {
  id: 'reddit-pixel',
  name: 'Reddit Pixel',
  aliases: ['Reddit Ads', 'Reddit conversion pixel'],
  service: 'advertising',
  docs: 'https://business.reddithelp.com/s/article/Install-the-Reddit-Pixel-on-your-website',
  hosts: ['www.redditstatic.com/ads', 'alb.reddit.com'],
  globals: ['rdt'],
  receives: ['user.behavior.advertising', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'],
  collects: ['user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser'],
  storage: [
    { name: '_rdt_uuid', type: 'cookie', category: 'marketing', duration: 'P90D', contains: ['user.device.cookie_id'] },
  ],
  // `rdt('init', pixelId, { email, externalId })` advanced matching.
  dataCalls: ['rdt'],
} satisfies VendorEntry;
