// Facebook Login for the Web: https://developers.facebook.com/docs/facebook-login/web
import type { VendorEntry } from '../types.js';

/*
 * Facebook Login runs on the same JavaScript SDK (`connect.facebook.net/<locale>/sdk.js`, global `FB`)
 * as the social plugins, so the script and the global belong to `facebook-social-plugins`. Login is told
 * apart by what only login does: its wrapper packages, the OAuth dialog host, and the calls `FB.login` /
 * `FB.getLoginStatus`, listed in `dataCalls` because they hand the user's Facebook identity to the app.
 */
export default {
  id: 'facebook-login',
  name: 'Facebook Login',
  aliases: ['Login with Facebook', 'Facebook Connect', 'Meta login'],
  service: 'social_login',
  docs: 'https://developers.facebook.com/docs/facebook-login/web',
  packages: [
    'react-facebook-login',
    '@greatsumini/react-facebook-login',
    'passport-facebook',
    'next-auth/providers/facebook',
    '@auth/core/providers/facebook',
  ],
  hosts: ['www.facebook.com/dialog/oauth', 'www.facebook.com/*/dialog/oauth'],
  receives: ['user.social', 'user.name', 'user.contact.email', 'user.unique_id', 'user.device.ip_address'],
  hostedFields: [
    {
      // `~FB`: TypeScript apps often type the SDK global with `declare const FB`, which makes it a local.
      refs: ['FB.login', '~FB.login', 'react-facebook-login#default', '@greatsumini/react-facebook-login#default'],
      categories: ['user.contact.email', 'user.authorization.password'],
    },
  ],
  dataCalls: ['FB.login|getLoginStatus', '~FB.login|getLoginStatus'],
  identifiedBy: { refs: ['FB.login|getLoginStatus'], overrides: ['facebook-social-plugins'] },
} satisfies VendorEntry;
