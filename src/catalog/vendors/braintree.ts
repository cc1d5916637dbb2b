// Braintree client SDK, Drop-in UI and server SDK: https://developer.paypal.com/braintree/docs/start/overview
import type { VendorEntry } from '../types.js';

// The fields an integration may configure; the optional postal-code field is left out so that a form
// without it is not reported as collecting addresses.
const card = [
  'user.financial.credit_card.number',
  'user.financial.credit_card.expiry',
  'user.financial.credit_card.cvc',
  'user.financial.credit_card.holder_name',
];

export default {
  id: 'braintree',
  name: 'Braintree',
  aliases: ['Braintree Payments', 'Braintree, a division of PayPal'],
  service: 'payment_processor',
  docs: 'https://developer.paypal.com/braintree/docs/start/overview',
  privacyPolicy: 'https://www.braintreepayments.com/legal/braintree-privacy-policy',
  // Not `@braintree/*`: that scope also publishes generic utilities such as `@braintree/sanitize-url`.
  packages: ['braintree-web', 'braintree-web-drop-in', 'braintree-web-drop-in-react'],
  serverPackages: ['braintree'],
  init: ['braintree-web#client.create', 'braintree-web/client#create', 'braintree-web-drop-in#create', 'braintree-web-drop-in-react#default', 'braintree.client.create', 'braintree.dropin.create'],
  hosts: ['js.braintreegateway.com', 'assets.braintreegateway.com', 'api.braintreegateway.com', 'payments.braintree-api.com'],
  globals: ['braintree'],
  receives: ['user.financial.credit_card', 'user.name', 'user.contact.email', 'user.contact.address', 'user.device.ip_address'],
  collects: ['user.device.browser'],
  hostedFields: [
    {
      refs: [
        'braintree-web#hostedFields.create',
        'braintree-web/hosted-fields#create',
        'braintree.hostedFields.create',
      ],
      categories: card,
    },
    {
      refs: ['braintree-web-drop-in#create', 'braintree.dropin.create', 'braintree-web-drop-in-react#default'],
      categories: card,
    },
  ],
  dataCalls: ['braintree#BraintreeGateway().customer.create|update', 'braintree#BraintreeGateway().transaction.sale'],
} satisfies VendorEntry;
