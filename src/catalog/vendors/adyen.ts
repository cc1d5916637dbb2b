// Adyen Web Components / Drop-in: https://docs.adyen.com/online-payments/build-your-integration/
import type { VendorEntry } from '../types.js';

export default {
  id: 'adyen',
  name: 'Adyen',
  aliases: ['Adyen N.V.'],
  service: 'payment_processor',
  docs: 'https://docs.adyen.com/online-payments/build-your-integration/',
  packages: ['@adyen/*'],
  init: ['@adyen/adyen-web#AdyenCheckout', '@adyen/adyen-web#default', 'AdyenCheckout'],
  hosts: ['checkoutshopper-live.adyen.com', 'checkoutshopper-test.adyen.com', 'checkout-test.adyen.com'],
  globals: ['AdyenCheckout'],
  receives: ['user.financial.credit_card', 'user.name', 'user.contact.email', 'user.contact.address', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.device.browser'],
  hostedFields: [
    {
      // v6 exports one class per component; v5 created them with `checkout.create('card')`. Card inputs are
      // Adyen "secured fields" iframes either way.
      refs: [
        '@adyen/adyen-web#Card|Dropin|CustomCard',
        '@adyen/adyen-web#AdyenCheckout().create',
        '@adyen/adyen-web#default().create',
        'AdyenCheckout().create',
      ],
      categories: ['user.financial.credit_card.number', 'user.financial.credit_card.expiry', 'user.financial.credit_card.cvc', 'user.financial.credit_card.holder_name'],
    },
  ],
} satisfies VendorEntry;
