// tawk.to JavaScript API: https://developer.tawk.to/jsapi/
import type { VendorEntry } from '../types.js';

export default {
  id: 'tawk-to',
  name: 'tawk.to',
  aliases: ['Tawk.to', 'tawk.to inc.'],
  service: 'customer_support',
  docs: 'https://developer.tawk.to/jsapi/',
  packages: ['@tawk.to/*'],
  init: ['@tawk.to/tawk-messenger-react#default'],
  hosts: ['embed.tawk.to', 'va.tawk.to', '*.tawk.to'],
  globals: ['Tawk_API', 'Tawk_LoadStart'],
  receives: ['user.content.communications', 'user.name', 'user.contact.email', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser', 'user.location.imprecise'],
  collects: ['user.content.communications', 'user.behavior.browsing_history', 'user.device.browser'],
  dataCalls: ['Tawk_API.setAttributes|addEvent|login', '@tawk.to/tawk-messenger-react#default'],
} satisfies VendorEntry;
