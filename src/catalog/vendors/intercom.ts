// Intercom Messenger for web: https://developers.intercom.com/installing-intercom/web/installation
import type { VendorEntry } from '../types.js';

export default {
  id: 'intercom',
  name: 'Intercom',
  aliases: ['Intercom, Inc.', 'Intercom Messenger'],
  service: 'customer_support',
  docs: 'https://developers.intercom.com/installing-intercom/web/installation',
  privacyPolicy: 'https://www.intercom.com/legal/privacy',
  packages: ['@intercom/*', 'react-use-intercom'],
  serverPackages: ['intercom-client'],
  init: ['@intercom/messenger-js-sdk#default', '@intercom/messenger-js-sdk#boot', 'react-use-intercom#IntercomProvider'],
  hosts: ['widget.intercom.io', 'js.intercomcdn.com', 'api-iam.intercom.io', 'api-iam.eu.intercom.io', 'api.intercom.io'],
  globals: ['Intercom', 'intercomSettings'],
  receives: [
    'user.content.communications',
    'user.name',
    'user.contact.email',
    'user.unique_id',
    'user.behavior.browsing_history',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
    'user.location.imprecise',
  ],
  collects: ['user.content.communications', 'user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser'],
  // https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies
  storage: [
    { name: 'intercom-id-*', match: 'glob', type: 'cookie', category: 'functional', duration: 'P9M', contains: ['user.device.cookie_id'] },
    { name: 'intercom-session-*', match: 'glob', type: 'cookie', category: 'functional', duration: 'P7D', contains: ['system.authentication'] },
    { name: 'intercom-device-id-*', match: 'glob', type: 'cookie', category: 'functional', duration: 'P9M', contains: ['user.device.cookie_id'] },
  ],
  // `Intercom('boot', { user_id, email, name })`, `Intercom('update', …)`, the npm SDK's `Intercom({ app_id, … })`.
  dataCalls: [
    'Intercom',
    '@intercom/messenger-js-sdk#default|boot|update',
    'react-use-intercom#useIntercom().boot|update|trackEvent',
    'intercom-client#Client().contacts.create|update',
    'intercom-client#IntercomClient().contacts.create|update',
  ],
} satisfies VendorEntry;
