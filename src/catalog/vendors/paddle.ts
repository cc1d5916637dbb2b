// Paddle.js (Paddle Billing): https://developer.paddle.com/paddlejs/overview
import type { VendorEntry } from '../types.js';

export default {
  id: 'paddle',
  name: 'Paddle',
  aliases: ['Paddle.com Market Limited'],
  service: 'payment_processor',
  docs: 'https://developer.paddle.com/paddlejs/overview',
  packages: ['@paddle/*'],
  init: ['@paddle/paddle-js#initializePaddle', 'Paddle.Initialize|Setup'],
  hosts: ['cdn.paddle.com', 'buy.paddle.com', 'api.paddle.com', 'sandbox-api.paddle.com'],
  globals: ['Paddle'],
  // Paddle is merchant of record: it receives the buyer's tax and address details as well as the card.
  receives: [
    'user.financial.credit_card',
    'user.contact.email',
    'user.contact.address.country',
    'user.contact.address.postal_code',
    'user.financial.tax_id',
    'user.device.ip_address',
  ],
  hostedFields: [
    {
      refs: ['Paddle.Checkout.open', '@paddle/paddle-js#initializePaddle().Checkout.open'],
      categories: ['user.financial.credit_card', 'user.contact.email', 'user.contact.address.country', 'user.contact.address.postal_code'],
    },
  ],
} satisfies VendorEntry;
