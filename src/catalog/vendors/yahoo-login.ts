// Yahoo OAuth 2.0 / OpenID Connect: https://developer.yahoo.com/oauth2/guide/
import type { VendorEntry } from '../types.js';

export default {
  id: 'yahoo-login',
  name: 'Yahoo login',
  aliases: ['Sign in with Yahoo', 'Yahoo OAuth'],
  service: 'social_login',
  docs: 'https://developer.yahoo.com/oauth2/guide/',
  // Neither Auth.js nor an official client wraps Yahoo; apps call the OAuth endpoints directly.
  hosts: ['api.login.yahoo.com'],
  receives: ['user.social', 'user.name', 'user.contact.email', 'user.unique_id', 'user.device.ip_address'],
} satisfies VendorEntry;
