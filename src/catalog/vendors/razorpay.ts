// Razorpay Standard Checkout and razorpay-node: https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/
import type { VendorEntry } from '../types.js';

export default {
  id: 'razorpay',
  name: 'Razorpay',
  aliases: ['Razorpay Software Private Limited'],
  service: 'payment_processor',
  docs: 'https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/',
  packages: ['react-razorpay'],
  serverPackages: ['razorpay'],
  hosts: ['checkout.razorpay.com', 'api.razorpay.com'],
  globals: ['Razorpay'],
  receives: [
    'user.financial.credit_card',
    'user.financial.bank_account',
    'user.name',
    'user.contact.email',
    'user.contact.phone_number',
    'user.device.ip_address',
  ],
  hostedFields: [
    {
      refs: ['Razorpay', 'react-razorpay#useRazorpay().Razorpay'],
      categories: ['user.financial.credit_card', 'user.financial.bank_account'],
    },
  ],
  // `new Razorpay({ prefill: { name, email, contact } })` hands contact details to the checkout.
  dataCalls: ['Razorpay', 'react-razorpay#useRazorpay().Razorpay', 'razorpay#default().orders.create', 'razorpay#default().customers.create'],
} satisfies VendorEntry;
