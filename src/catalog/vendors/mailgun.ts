// Mailgun JavaScript SDK (mailgun.js): https://documentation.mailgun.com/docs/mailgun/sdk/nodejs_sdk/
import type { VendorEntry } from '../types.js';

export default {
  id: 'mailgun',
  name: 'Mailgun',
  aliases: ['Mailgun Technologies', 'Sinch Mailgun'],
  service: 'email_delivery',
  docs: 'https://documentation.mailgun.com/docs/mailgun/sdk/nodejs_sdk/',
  packages: ['mailgun.js', 'mailgun-js'],
  hosts: ['api.mailgun.net', 'api.eu.mailgun.net'],
  receives: ['user.contact.email', 'user.name', 'user.content.communications', 'user.behavior.email_engagement'],
  // `new Mailgun(FormData).client({ key }).messages.create(domain, { to, subject, text, 'o:tracking-opens' })`.
  dataCalls: ['mailgun.js#default().client().messages.create', 'mailgun-js#default().messages().send'],
} satisfies VendorEntry;
