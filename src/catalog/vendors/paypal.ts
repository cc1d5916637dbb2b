// PayPal JavaScript SDK and React components: https://developer.paypal.com/sdk/js/
import type { VendorEntry } from '../types.js';

export default {
  id: 'paypal',
  name: 'PayPal',
  aliases: ['PayPal Holdings', 'PayPal (Europe) S.à r.l. et Cie, S.C.A.'],
  service: 'payment_processor',
  docs: 'https://developer.paypal.com/sdk/js/',
  privacyPolicy: 'https://www.paypal.com/privacy',
  packages: ['@paypal/*'],
  serverPackages: ['paypal-rest-sdk'],
  init: ['@paypal/react-paypal-js#PayPalScriptProvider', '@paypal/paypal-js#loadScript|loadCustomScript'],
  // Only the SDK path of www.paypal.com: plain links to paypal.com (donate buttons, paypal.me) are not integrations.
  hosts: ['www.paypal.com/sdk/js', 'www.paypalobjects.com', 'api-m.paypal.com', 'api-m.sandbox.paypal.com', 'www.sandbox.paypal.com/sdk/js'],
  globals: ['paypal'],
  receives: [
    'user.financial.credit_card',
    'user.financial.bank_account',
    'user.name',
    'user.contact.email',
    'user.contact.address',
    'user.behavior.purchase_history',
    'user.device.ip_address',
  ],
  collects: ['user.device.browser'],
  hostedFields: [
    {
      // Smart buttons open PayPal's own window; card fields are PayPal iframes.
      refs: [
        '@paypal/react-paypal-js#PayPalButtons|PayPalMarks|BraintreePayPalButtons',
        'paypal.Buttons',
        '@paypal/paypal-js#loadScript().Buttons',
      ],
      categories: ['user.financial.credit_card', 'user.financial.bank_account', 'user.contact.email', 'user.name', 'user.contact.address'],
    },
    {
      refs: [
        '@paypal/react-paypal-js#PayPalCardFieldsProvider|PayPalCardFieldsForm|PayPalNumberField|PayPalExpiryField|PayPalCVVField|PayPalNameField',
        '@paypal/react-paypal-js#PayPalHostedFieldsProvider|PayPalHostedField',
        'paypal.CardFields',
        'paypal.HostedFields.render',
      ],
      categories: [
        'user.financial.credit_card.number',
        'user.financial.credit_card.expiry',
        'user.financial.credit_card.cvc',
        'user.financial.credit_card.holder_name',
      ],
    },
  ],
} satisfies VendorEntry;
