// OneTrust Cookie Consent (CMP) SDK: https://developer.onetrust.com/onetrust/docs/javascript-api
import type { VendorEntry } from '../types.js';

export default {
  id: 'onetrust',
  name: 'OneTrust',
  aliases: ['OneTrust LLC', 'Cookie Pro', 'CookieLaw'],
  service: 'consent_management',
  docs: 'https://developer.onetrust.com/onetrust/docs/javascript-api',
  hosts: ['cdn.cookielaw.org', 'geolocation.onetrust.com', 'privacyportal.onetrust.com', 'cookie-cdn.cookiepro.com'],
  globals: ['OneTrust', 'OptanonWrapper', 'Optanon', 'OnetrustActiveGroups'],
  // The banner looks up the visitor's country from the IP to pick a consent model.
  receives: ['user.privacy_preferences', 'user.device.ip_address', 'user.device.browser', 'user.location.imprecise'],
  collects: ['user.privacy_preferences'],
  storage: [
    { name: 'OptanonConsent', type: 'cookie', category: 'strictly_necessary', duration: 'P1Y', contains: ['user.privacy_preferences'] },
    { name: 'OptanonAlertBoxClosed', type: 'cookie', category: 'strictly_necessary', duration: 'P1Y', contains: [] },
  ],
} satisfies VendorEntry;
