// Crisp chatbox JavaScript SDK and crisp-sdk-web: https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/
import type { VendorEntry } from '../types.js';

export default {
  id: 'crisp',
  name: 'Crisp',
  aliases: ['Crisp Chat', 'Crisp IM SAS'],
  service: 'customer_support',
  docs: 'https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/',
  packages: ['crisp-sdk-web'],
  serverPackages: ['crisp-api'],
  init: ['crisp-sdk-web#Crisp.configure'],
  hosts: ['client.crisp.chat', '*.crisp.chat'],
  globals: ['$crisp', 'CRISP_WEBSITE_ID', 'CRISP_TOKEN_ID'],
  receives: [
    'user.content.communications',
    'user.name',
    'user.contact.email',
    'user.contact.phone_number',
    'user.behavior.browsing_history',
    'user.device.ip_address',
    'user.device.browser',
    'user.location.imprecise',
  ],
  collects: ['user.content.communications', 'user.behavior.browsing_history', 'user.device.browser', 'user.device.locale'],
  storage: [
    { name: 'crisp-client/session/*', match: 'glob', type: 'cookie', category: 'functional', duration: 'P6M', contains: ['user.device.cookie_id'] },
  ],
  // `$crisp.push(['set', 'user:email', [email]])`.
  dataCalls: ['$crisp.push', 'crisp-sdk-web#Crisp.user.setEmail|setNickname|setPhone|setCompany', 'crisp-sdk-web#Crisp.session.setData'],
} satisfies VendorEntry;
