// Meta Pixel (fbevents.js): https://developers.facebook.com/docs/meta-pixel/get-started
import type { VendorEntry } from '../types.js';

const ad = ['user.behavior.advertising', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'];

export default {
  id: 'meta-pixel',
  name: 'Meta Pixel',
  aliases: ['Facebook Pixel', 'Meta Platforms Ireland Limited', 'Facebook Ads'],
  service: 'advertising',
  docs: 'https://developers.facebook.com/docs/meta-pixel/get-started',
  privacyPolicy: 'https://www.facebook.com/privacy/policy/',
  packages: ['react-facebook-pixel', '@analytics/facebook-pixel'],
  init: ['react-facebook-pixel#init', '@analytics/facebook-pixel#default'],
  // The SDK for social plugins lives on the same host (`…/sdk.js`): only the pixel's paths are claimed.
  hosts: ['connect.facebook.net/*/fbevents.js', 'connect.facebook.net/signals', 'www.facebook.com/tr'],
  globals: ['fbq', '_fbq'],
  receives: [...ad, 'user.behavior.interaction'],
  // Automatic advanced matching reads form fields (email, phone) when enabled in Events Manager.
  collects: ['user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.cookie_id', 'user.device.browser', 'user.content.form_input'],
  storage: [
    { name: '_fbp', type: 'cookie', category: 'marketing', duration: 'P90D', contains: ['user.device.cookie_id'] },
    { name: '_fbc', type: 'cookie', category: 'marketing', duration: 'P90D', contains: ['user.device.cookie_id'] },
    { name: 'fr', type: 'cookie', category: 'marketing', duration: 'P90D', thirdParty: true, contains: ['user.device.cookie_id'] },
  ],
  // `fbq('init', pixelId, { em, ph })` manual advanced matching; `fbq('track', …)`.
  dataCalls: ['fbq', 'react-facebook-pixel#default.init|track|trackCustom'],
} satisfies VendorEntry;
