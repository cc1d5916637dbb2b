// Resend Node.js SDK: https://resend.com/docs/send-with-nodejs
import type { VendorEntry } from '../types.js';

export default {
  id: 'resend',
  name: 'Resend',
  aliases: ['Resend, Inc.'],
  service: 'email_delivery',
  docs: 'https://resend.com/docs/send-with-nodejs',
  packages: ['resend'],
  hosts: ['api.resend.com'],
  receives: ['user.contact.email', 'user.name', 'user.content.communications'],
  dataCalls: ['resend#Resend().emails.send|create', 'resend#Resend().batch.send|create', 'resend#Resend().contacts.create|update'],
} satisfies VendorEntry;
