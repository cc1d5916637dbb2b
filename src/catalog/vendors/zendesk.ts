// Zendesk Web Widget (Messaging) JavaScript API: https://developer.zendesk.com/api-reference/widget-messaging/introduction/
import type { VendorEntry } from '../types.js';

export default {
  id: 'zendesk',
  name: 'Zendesk',
  aliases: ['Zendesk, Inc.', 'Zendesk Chat', 'Zopim'],
  service: 'customer_support',
  docs: 'https://developer.zendesk.com/api-reference/widget-messaging/introduction/',
  packages: ['react-zendesk'],
  serverPackages: ['node-zendesk'],
  init: ['react-zendesk#default'],
  hosts: ['static.zdassets.com', 'ekr.zdassets.com', '*.zendesk.com', 'v2.zopim.com'],
  globals: ['zE', 'zESettings', '$zopim'],
  receives: ['user.content.communications', 'user.name', 'user.contact.email', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.content.communications', 'user.behavior.browsing_history', 'user.device.browser'],
  // `zE('messenger', 'loginUser', cb)`, `zE('webWidget', 'identify', { name, email })`.
  dataCalls: ['zE', 'node-zendesk#createClient().users.create|update', 'node-zendesk#createClient().tickets.create'],
} satisfies VendorEntry;
