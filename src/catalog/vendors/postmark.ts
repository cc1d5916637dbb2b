// Postmark Node.js library: https://postmarkapp.com/developer/integration/official-libraries#node-js
import type { VendorEntry } from '../types.js';

export default {
  id: 'postmark',
  name: 'Postmark',
  aliases: ['Postmark (ActiveCampaign)', 'Wildbit'],
  service: 'email_delivery',
  docs: 'https://postmarkapp.com/developer/integration/official-libraries#node-js',
  packages: ['postmark'],
  hosts: ['api.postmarkapp.com'],
  // Open tracking is off unless `TrackOpens` is set on the message or server.
  receives: ['user.contact.email', 'user.name', 'user.content.communications'],
  dataCalls: ['postmark#ServerClient().sendEmail|sendEmailWithTemplate|sendEmailBatch', 'postmark#Client().sendEmail|sendEmailWithTemplate'],
} satisfies VendorEntry;
