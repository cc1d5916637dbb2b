// Drift widget JavaScript API (Salesloft): https://devdocs.drift.com/docs/drift-javascript-api
import type { VendorEntry } from '../types.js';

export default {
  id: 'drift',
  name: 'Drift',
  aliases: ['Drift.com', 'Salesloft Drift'],
  service: 'customer_support',
  docs: 'https://devdocs.drift.com/docs/drift-javascript-api',
  hosts: ['js.driftt.com', '*.drift.com', '*.driftt.com'],
  globals: ['drift', 'driftt'],
  receives: ['user.content.communications', 'user.name', 'user.contact.email', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.content.communications', 'user.behavior.browsing_history', 'user.device.browser'],
  dataCalls: ['drift.identify|setUserAttributes', 'drift.api.setUserAttributes'],
} satisfies VendorEntry;
