// Freshchat web messenger (Freshworks): https://developers.freshchat.com/web-sdk/
import type { VendorEntry } from '../types.js';

export default {
  id: 'freshchat',
  name: 'Freshchat',
  aliases: ['Freshworks', 'Freshdesk Messaging'],
  service: 'customer_support',
  docs: 'https://developers.freshchat.com/web-sdk/',
  hosts: ['wchat.freshchat.com', '*.freshchat.com', '*.freshworks.com'],
  globals: ['fcWidget', 'fcSettings', 'fwcrm'],
  receives: ['user.content.communications', 'user.name', 'user.contact.email', 'user.contact.phone_number', 'user.unique_id', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.content.communications', 'user.behavior.browsing_history', 'user.device.browser'],
  dataCalls: ['fcWidget.init|setExternalId', 'fcWidget.user.setProperties|setEmail|setFirstName|setLastName|setPhone'],
} satisfies VendorEntry;
