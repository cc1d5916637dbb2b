// TikTok Pixel: https://business-api.tiktok.com/portal/docs?id=1739583652957185
import type { VendorEntry } from '../types.js';

export default {
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  aliases: ['TikTok Ads', 'TikTok for Business'],
  service: 'advertising',
  docs: 'https://business-api.tiktok.com/portal/docs?id=1739583652957185',
  packages: ['tiktok-pixel'],
  init: ['tiktok-pixel#init', 'ttq.load'],
  hosts: ['analytics.tiktok.com'],
  globals: ['ttq', 'TiktokAnalyticsObject'],
  receives: ['user.behavior.advertising', 'user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'],
  collects: ['user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.cookie_id', 'user.device.browser'],
  storage: [
    { name: '_ttp', type: 'cookie', category: 'marketing', duration: 'P13M', contains: ['user.device.cookie_id'] },
  ],
  // `ttq.identify({ email, phone_number, external_id })`.
  dataCalls: ['ttq.identify|track|page', 'tiktok-pixel#default.init|track|identify'],
} satisfies VendorEntry;
