// 2Checkout (now Verifone) 2Pay.js client library: https://verifone.cloud/docs/2checkout/Documentation/07Commerce/2Checkout-Payments-API/2Pay.js-payments-solution
import type { VendorEntry } from '../types.js';

export default {
  id: '2checkout',
  name: '2Checkout',
  aliases: ['2CO', '2Checkout.com', 'Verifone'],
  service: 'payment_processor',
  docs: 'https://verifone.cloud/docs/2checkout/Documentation/07Commerce/2Checkout-Payments-API/2Pay.js-payments-solution',
  packages: ['2checkout-node'],
  // 2pay.js for embedded card fields; secure.2checkout.com for the hosted (buy-link) checkout; the legacy
  // tokenisation script `2co.js` was served from www.2checkout.com.
  hosts: ['2pay-js.2checkout.com', 'secure.2checkout.com', 'www.2checkout.com/checkout/api', 'api.2checkout.com'],
  globals: ['TwoPayClient', 'TCO'],
  receives: ['user.financial.credit_card', 'user.name', 'user.contact.email', 'user.contact.address', 'user.device.ip_address'],
  hostedFields: [
    {
      // `new TwoPayClient(sellerId)` then `client.components.create('card')`: the card form is 2Checkout's iframe.
      refs: ['TwoPayClient().components.create'],
      categories: ['user.financial.credit_card.number', 'user.financial.credit_card.expiry', 'user.financial.credit_card.cvc'],
    },
    {
      refs: ['TCO.requestToken'],
      categories: ['user.financial.credit_card'],
    },
  ],
  dataCalls: ['TwoPayClient().tokens.generate'],
} satisfies VendorEntry;
