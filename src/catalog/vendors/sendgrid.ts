// Twilio SendGrid Node.js libraries: https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-nodejs
import type { VendorEntry } from '../types.js';

export default {
  id: 'sendgrid',
  name: 'SendGrid',
  aliases: ['Twilio SendGrid', 'SendGrid, Inc.'],
  service: 'email_delivery',
  docs: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-nodejs',
  packages: ['@sendgrid/*'],
  hosts: ['api.sendgrid.com'],
  // Open and click tracking are account settings, on by default for new accounts.
  receives: ['user.contact.email', 'user.name', 'user.content.communications', 'user.behavior.email_engagement'],
  dataCalls: ['@sendgrid/mail#default.send|sendMultiple', '@sendgrid/client#default.request'],
} satisfies VendorEntry;
