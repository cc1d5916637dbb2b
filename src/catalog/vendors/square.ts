// Square Web Payments SDK: https://developer.squareup.com/docs/web-payments/overview
import type { VendorEntry } from '../types.js';

export default {
  id: 'square',
  name: 'Square',
  aliases: ['Block, Inc.', 'Square, Inc.'],
  service: 'payment_processor',
  docs: 'https://developer.squareup.com/docs/web-payments/overview',
  packages: ['@square/web-sdk', 'react-square-web-payments-sdk'],
  serverPackages: ['square'],
  init: ['@square/web-sdk#payments', 'react-square-web-payments-sdk#PaymentForm', 'Square.payments'],
  hosts: ['web.squarecdn.com', 'sandbox.web.squarecdn.com', 'connect.squareup.com', 'connect.squareupsandbox.com'],
  globals: ['Square'],
  receives: ['user.financial.credit_card', 'user.contact.address.postal_code', 'user.name', 'user.contact.email', 'user.device.ip_address'],
  hostedFields: [
    {
      refs: [
        'Square.payments().card|giftCard|ach',
        '@square/web-sdk#payments().card|giftCard|ach',
        'react-square-web-payments-sdk#CreditCard|GiftCard|Ach',
      ],
      categories: [
        'user.financial.credit_card.number',
        'user.financial.credit_card.expiry',
        'user.financial.credit_card.cvc',
        'user.contact.address.postal_code',
      ],
    },
  ],
} satisfies VendorEntry;
