// Cookiebot CMP (Usercentrics) JavaScript API: https://www.cookiebot.com/en/developer/
import type { VendorEntry } from '../types.js';

export default {
  id: 'cookiebot',
  name: 'Cookiebot',
  aliases: ['Usercentrics Cookiebot', 'Cybot A/S'],
  service: 'consent_management',
  docs: 'https://www.cookiebot.com/en/developer/',
  packages: ['react-cookiebot'],
  init: ['react-cookiebot#default'],
  hosts: ['consent.cookiebot.com', 'consentcdn.cookiebot.com', 'consent.cookiebot.eu'],
  globals: ['Cookiebot', 'CookieConsent', 'CookiebotCallback_OnAccept', 'CookiebotCallback_OnDecline'],
  receives: ['user.privacy_preferences', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.privacy_preferences'],
  storage: [
    { name: 'CookieConsent', type: 'cookie', category: 'strictly_necessary', duration: 'P1Y', contains: ['user.privacy_preferences'] },
  ],
} satisfies VendorEntry;
