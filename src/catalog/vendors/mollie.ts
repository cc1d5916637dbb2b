// Mollie Components (mollie.js) and the Node API client: https://docs.mollie.com/docs/mollie-components
import type { VendorEntry } from '../types.js';

export default {
  id: 'mollie',
  name: 'Mollie',
  aliases: ['Mollie B.V.'],
  service: 'payment_processor',
  docs: 'https://docs.mollie.com/docs/mollie-components',
  packages: ['@mollie/*'],
  init: ['Mollie'],
  hosts: ['js.mollie.com', 'api.mollie.com'],
  globals: ['Mollie'],
  receives: ['user.financial.credit_card', 'user.financial.bank_account', 'user.name', 'user.contact.email', 'user.device.ip_address'],
  hostedFields: [
    {
      // `Mollie(profileId).createComponent('cardNumber')`: every component is a Mollie iframe.
      refs: ['Mollie().createComponent'],
      categories: [
        'user.financial.credit_card.number',
        'user.financial.credit_card.expiry',
        'user.financial.credit_card.cvc',
        'user.financial.credit_card.holder_name',
      ],
    },
  ],
  dataCalls: ['@mollie/api-client#createMollieClient().payments.create', '@mollie/api-client#createMollieClient().customers.create'],
} satisfies VendorEntry;
