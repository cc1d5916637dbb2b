// Okta Auth JS, Okta React and the Sign-In Widget: https://developer.okta.com/code/javascript/
import type { VendorEntry } from '../types.js';

export default {
  id: 'okta',
  name: 'Okta',
  aliases: ['Okta, Inc.', 'Okta Workforce Identity'],
  service: 'authentication',
  docs: 'https://developer.okta.com/code/javascript/',
  packages: ['@okta/*'],
  serverPackages: ['@okta/okta-sdk-nodejs', '@okta/jwt-verifier'],
  init: ['@okta/okta-auth-js#OktaAuth', '@okta/okta-signin-widget#default', '@okta/okta-react#Security', 'OktaAuth', 'OktaSignIn'],
  hosts: ['*.okta.com', '*.oktapreview.com', '*.okta-emea.com'],
  globals: ['OktaSignIn', 'OktaAuth'],
  receives: ['user.contact.email', 'user.account.username', 'user.authorization.password', 'user.authorization.credentials', 'user.unique_id', 'user.device.ip_address'],
  storage: [
    { name: 'okta-token-storage', type: 'local_storage', category: 'strictly_necessary', duration: 'persistent', contains: ['system.authentication'] },
  ],
  hostedFields: [
    {
      refs: [
        '@okta/okta-signin-widget#default',
        'OktaSignIn',
        '@okta/okta-auth-js#OktaAuth().signInWithRedirect',
        '@okta/okta-react#useOktaAuth().oktaAuth.signInWithRedirect',
      ],
      categories: ['user.account.username', 'user.authorization.password', 'user.authorization.credentials'],
    },
  ],
  dataCalls: ['@okta/okta-auth-js#OktaAuth().signInWithCredentials|signIn', '@okta/okta-auth-js#OktaAuth().idx.authenticate|register'],
} satisfies VendorEntry;
