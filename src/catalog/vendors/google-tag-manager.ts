// Google Tag Manager web container: https://developers.google.com/tag-platform/tag-manager/web
import type { VendorEntry } from '../types.js';

/*
 * A container loads whatever tags are configured in the GTM UI, which code cannot see; the tags it
 * fires must be declared as their own recipients. `dataLayer` is not claimed: gtag.js uses it too.
 */
export default {
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  aliases: ['GTM'],
  service: 'tag_manager',
  docs: 'https://developers.google.com/tag-platform/tag-manager/web',
  packages: ['react-gtm-module', '@sooro-io/react-gtm-module', '@gtm-support/vue-gtm', 'vue-gtm', '@analytics/google-tag-manager'],
  init: ['react-gtm-module#initialize', '@analytics/google-tag-manager#default'],
  hosts: ['www.googletagmanager.com/gtm.js', 'www.googletagmanager.com/ns.html'],
  receives: ['user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser'],
  dataCalls: ['react-gtm-module#default.dataLayer|initialize', '@next/third-parties/google#sendGTMEvent'],
} satisfies VendorEntry;
