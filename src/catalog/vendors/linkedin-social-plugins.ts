// LinkedIn Share plugin (platform.linkedin.com/in.js): https://learn.microsoft.com/linkedin/consumer/integrations/self-serve/plugins/share-plugin
import type { VendorEntry } from '../types.js';

export default {
  id: 'linkedin-social-plugins',
  name: 'LinkedIn social plugins',
  aliases: ['LinkedIn Share button', 'LinkedIn widgets'],
  service: 'social_widget',
  docs: 'https://learn.microsoft.com/linkedin/consumer/integrations/self-serve/plugins/share-plugin',
  // `<script type="IN/Share">` tags are rendered by in.js; plain share links are user-directed and not listed.
  hosts: ['platform.linkedin.com'],
  globals: ['IN'],
  receives: ['user.behavior.browsing_history', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'],
  storage: [
    { name: 'bcookie', type: 'cookie', category: 'marketing', duration: 'P1Y', thirdParty: true, contains: ['user.device.cookie_id'] },
    { name: 'lidc', type: 'cookie', category: 'marketing', duration: 'P1D', thirdParty: true, contains: [] },
  ],
} satisfies VendorEntry;
