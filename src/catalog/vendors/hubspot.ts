// HubSpot tracking code, forms and chat: https://developers.hubspot.com/docs/api/events/tracking-code
import type { VendorEntry } from '../types.js';

export default {
  id: 'hubspot',
  name: 'HubSpot',
  aliases: ['HubSpot, Inc.', 'HubSpot CRM'],
  service: 'crm',
  docs: 'https://developers.hubspot.com/docs/api/events/tracking-code',
  privacyPolicy: 'https://legal.hubspot.com/privacy-policy',
  packages: ['@hubspot/*'],
  serverPackages: ['@hubspot/api-client'],
  hosts: [
    'js.hs-scripts.com',
    'js.hs-analytics.net',
    'js.hsforms.net',
    'js.usemessages.com',
    'js.hs-banner.com',
    'api.hubapi.com',
    'api.hsforms.com',
    'forms.hubspot.com',
  ],
  globals: ['_hsq', 'hbspt', 'HubSpotConversations', 'hsConversationsSettings'],
  receives: [
    'user.contact.email',
    'user.name',
    'user.contact.phone_number',
    'user.contact.organization',
    'user.content.communications',
    'user.behavior.browsing_history',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
  ],
  // The tracking code also captures submissions of non-HubSpot forms on the page (collected forms).
  collects: ['user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser', 'user.content.form_input'],
  storage: [
    { name: 'hubspotutk', type: 'cookie', category: 'marketing', duration: 'P6M', contains: ['user.device.cookie_id'] },
    { name: '__hstc', type: 'cookie', category: 'marketing', duration: 'P6M', contains: ['user.device.cookie_id'] },
    { name: '__hssc', type: 'cookie', category: 'analytics', duration: 'PT30M', contains: [] },
    { name: '__hssrc', type: 'cookie', category: 'analytics', duration: 'session', contains: [] },
  ],
  // `_hsq.push(['identify', { email }])`; `hbspt.forms.create({ portalId, formId })`.
  dataCalls: ['_hsq.push', 'hbspt.forms.create', '@hubspot/api-client#Client().crm.contacts.basicApi.create|update'],
} satisfies VendorEntry;
