// Lemon.js overlay checkout and the Lemon Squeezy API client: https://docs.lemonsqueezy.com/help/lemonjs/what-is-lemonjs
import type { VendorEntry } from '../types.js';

export default {
  id: 'lemon-squeezy',
  name: 'Lemon Squeezy',
  aliases: ['LemonSqueezy', 'Lemon Squeezy, LLC'],
  service: 'payment_processor',
  docs: 'https://docs.lemonsqueezy.com/help/lemonjs/what-is-lemonjs',
  packages: ['@lemonsqueezy/*'],
  hosts: ['app.lemonsqueezy.com/js/lemon.js', 'assets.lemonsqueezy.com', 'api.lemonsqueezy.com'],
  globals: ['LemonSqueezy', 'createLemonSqueezy'],
  receives: ['user.financial.credit_card', 'user.contact.email', 'user.name', 'user.contact.address.country', 'user.financial.tax_id', 'user.device.ip_address'],
  hostedFields: [
    {
      refs: ['LemonSqueezy.Url.Open'],
      categories: ['user.financial.credit_card', 'user.contact.email', 'user.name'],
    },
  ],
  dataCalls: ['@lemonsqueezy/lemonsqueezy.js#createCheckout|createCustomer'],
} satisfies VendorEntry;
