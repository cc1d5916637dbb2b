// Mailchimp Marketing and Transactional (Mandrill) API clients: https://mailchimp.com/developer/marketing/guides/quick-start/
import type { VendorEntry } from '../types.js';

export default {
  id: 'mailchimp',
  name: 'Mailchimp',
  aliases: ['Intuit Mailchimp', 'The Rocket Science Group', 'Mandrill'],
  service: 'email_delivery',
  docs: 'https://mailchimp.com/developer/marketing/guides/quick-start/',
  privacyPolicy: 'https://www.intuit.com/privacy/statement/',
  packages: ['@mailchimp/*', 'mailchimp-api-v3', 'react-mailchimp-subscribe'],
  // `<dc>.api.mailchimp.com` for the API, `*.list-manage.com` for embedded signup forms.
  hosts: ['*.api.mailchimp.com', '*.list-manage.com', 'chimpstatic.com', 'mandrillapp.com'],
  // Campaign emails carry open and click tracking by default.
  receives: ['user.contact.email', 'user.name', 'user.behavior.email_engagement', 'user.content.communications'],
  dataCalls: [
    '@mailchimp/mailchimp_marketing#default.lists.addListMember|setListMember|updateListMember',
    '@mailchimp/mailchimp_transactional#default().messages.send|sendTemplate',
  ],
} satisfies VendorEntry;
