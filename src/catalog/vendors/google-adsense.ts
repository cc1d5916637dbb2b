// Google AdSense ad code: https://support.google.com/adsense/answer/9274019
import type { VendorEntry } from '../types.js';

export default {
  id: 'google-adsense',
  name: 'Google AdSense',
  aliases: ['AdSense'],
  service: 'advertising',
  adNetwork: true,
  docs: 'https://support.google.com/adsense/answer/9274019',
  hosts: ['pagead2.googlesyndication.com', 'tpc.googlesyndication.com', '*.adtrafficquality.google'],
  globals: ['adsbygoogle'],
  receives: ['user.behavior.advertising', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'],
  collects: ['user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser'],
  // https://business.safety.google/adscookies/
  storage: [
    { name: '__gads', type: 'cookie', category: 'marketing', duration: 'P13M', contains: ['user.device.cookie_id'] },
    { name: '__gpi', type: 'cookie', category: 'marketing', duration: 'P13M', contains: ['user.device.cookie_id'] },
  ],
} satisfies VendorEntry;
