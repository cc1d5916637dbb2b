// Auth0 SDKs (SPA, React, Next.js, Lock): https://auth0.com/docs/libraries
import type { VendorEntry } from '../types.js';

const credentials = ['user.contact.email', 'user.authorization.password'];

export default {
  id: 'auth0',
  name: 'Auth0',
  aliases: ['Auth0, Inc.', 'Okta Customer Identity Cloud'],
  service: 'authentication',
  docs: 'https://auth0.com/docs/libraries',
  privacyPolicy: 'https://auth0.com/privacy',
  packages: ['@auth0/*', 'auth0-js', 'auth0-lock'],
  serverPackages: ['auth0'],
  init: ['@auth0/auth0-react#Auth0Provider', '@auth0/auth0-spa-js#createAuth0Client', '@auth0/auth0-spa-js#Auth0Client', '@auth0/auth0-vue#createAuth0'],
  hosts: ['*.auth0.com', 'cdn.auth0.com'],
  globals: ['Auth0Lock', 'auth0'],
  receives: ['user.contact.email', 'user.authorization.password', 'user.social', 'user.unique_id', 'user.device.ip_address', 'user.device.browser'],
  storage: [
    // auth0-spa-js (and so auth0-react) marks a live session with these so a reload knows to try silent
    // authentication. nextjs-auth0's server-side `appSession` is left out: storage applies to every package
    // of an entry, and browser apps never set it.
    { name: 'auth0.*.is.authenticated', match: 'glob', type: 'cookie', category: 'strictly_necessary', duration: 'P1D', contains: [] },
    { name: '_legacy_auth0.*.is.authenticated', match: 'glob', type: 'cookie', category: 'strictly_necessary', duration: 'P1D', contains: [] },
  ],
  hostedFields: [
    {
      // Universal Login is a page on the tenant's Auth0 domain; Lock is Auth0's embedded widget.
      refs: [
        '@auth0/auth0-react#useAuth0().loginWithRedirect|loginWithPopup',
        '@auth0/auth0-spa-js#createAuth0Client().loginWithRedirect|loginWithPopup',
        '@auth0/auth0-spa-js#Auth0Client().loginWithRedirect|loginWithPopup',
        'auth0-lock#default',
        'auth0-lock#Auth0Lock',
        'Auth0Lock',
      ],
      categories: credentials,
    },
  ],
  dataCalls: ['auth0#ManagementClient().users.create|update', 'auth0-js#WebAuth().signup|login'],
} satisfies VendorEntry;
