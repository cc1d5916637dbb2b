// Stripe.js, React Stripe.js and stripe-node: https://docs.stripe.com/sdks
import type { VendorEntry } from '../types.js';

const card = ['user.financial.credit_card.number', 'user.financial.credit_card.expiry', 'user.financial.credit_card.cvc'];

export default {
  id: 'stripe',
  name: 'Stripe',
  aliases: ['Stripe, Inc.', 'Stripe Payments'],
  service: 'payment_processor',
  docs: 'https://docs.stripe.com/sdks/stripejs-react',
  privacyPolicy: 'https://stripe.com/privacy',
  packages: ['@stripe/*'],
  serverPackages: ['stripe'],
  init: ['@stripe/*#loadStripe', 'Stripe'],
  hosts: ['js.stripe.com', 'api.stripe.com', 'm.stripe.network', 'checkout.stripe.com', 'buy.stripe.com'],
  globals: ['Stripe'],
  receives: [
    'user.financial.credit_card',
    'user.name',
    'user.contact.email',
    'user.contact.address',
    'user.device.ip_address',
    'user.device.browser',
  ],
  // Stripe.js gathers fraud signals (device, browser, how the page is used) as soon as it loads.
  collects: ['user.device.browser', 'user.device.cookie_id', 'user.behavior.interaction'],
  storage: [
    { name: '__stripe_mid', type: 'cookie', category: 'strictly_necessary', duration: 'P1Y', contains: ['user.device.cookie_id'] },
    { name: '__stripe_sid', type: 'cookie', category: 'strictly_necessary', duration: 'PT30M', contains: ['user.device.cookie_id'] },
  ],
  hostedFields: [
    { refs: ['@stripe/react-stripe-js#CardElement'], categories: [...card, 'user.contact.address.postal_code'] },
    { refs: ['@stripe/react-stripe-js#CardNumberElement'], categories: ['user.financial.credit_card.number'] },
    { refs: ['@stripe/react-stripe-js#CardExpiryElement'], categories: ['user.financial.credit_card.expiry'] },
    { refs: ['@stripe/react-stripe-js#CardCvcElement'], categories: ['user.financial.credit_card.cvc'] },
    { refs: ['@stripe/react-stripe-js#PaymentElement|ExpressCheckoutElement'], categories: ['user.financial.credit_card', 'user.financial.bank_account'] },
    { refs: ['@stripe/react-stripe-js#AddressElement'], categories: ['user.name', 'user.contact.address', 'user.contact.phone_number'] },
    { refs: ['@stripe/react-stripe-js#LinkAuthenticationElement'], categories: ['user.contact.email'] },
    {
      // Stripe-hosted pages: Checkout (embedded or redirect) and Payment Links collect card and contact data themselves.
      refs: [
        '@stripe/react-stripe-js#EmbeddedCheckout',
        '@stripe/stripe-js#loadStripe().redirectToCheckout|initEmbeddedCheckout',
        'Stripe().redirectToCheckout',
      ],
      categories: ['user.financial.credit_card', 'user.contact.email', 'user.name', 'user.contact.address'],
    },
    {
      // `elements.create(type)`: the element type is a runtime string, so any element counts as card entry.
      // The Elements object is reached from `loadStripe()`, the global `Stripe()`, the React hook or a
      // local conventionally named `stripe`.
      refs: [
        '@stripe/stripe-js#loadStripe().elements().create',
        'Stripe().elements().create',
        '@stripe/react-stripe-js#useStripe().elements().create',
        '@stripe/react-stripe-js#useElements().create',
        '~stripe.elements().create',
      ],
      categories: ['user.financial.credit_card'],
    },
  ],
  dataCalls: [
    'stripe#default().customers.create|update',
    'stripe#default().checkout.sessions.create',
    'stripe#default().paymentIntents.create',
    '@stripe/react-stripe-js#useStripe().confirmPayment|confirmCardPayment|confirmSetup|createPaymentMethod',
    '@stripe/stripe-js#loadStripe().confirmPayment|confirmCardPayment|confirmSetup|createPaymentMethod',
  ],
} satisfies VendorEntry;
