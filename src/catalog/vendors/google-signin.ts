// Sign in with Google (Google Identity Services): https://developers.google.com/identity/gsi/web/guides/overview
import type { VendorEntry } from '../types.js';

/*
 * Social login providers: the app receives the profile (name, email, picture) from the provider
 * (`collect.source: third_party`, `via` this recipient), and the provider learns which account signs in
 * where. `receives` lists both sides, as the manifest reference §4.5 does.
 */
export default {
  id: 'google-signin',
  name: 'Sign in with Google',
  aliases: ['Google Sign-In', 'Google Identity Services', 'Google login', 'Google OAuth'],
  service: 'social_login',
  docs: 'https://developers.google.com/identity/gsi/web/guides/overview',
  packages: [
    '@react-oauth/google',
    'vue3-google-login',
    'passport-google-oauth20',
    'next-auth/providers/google',
    '@auth/core/providers/google',
  ],
  init: ['@react-oauth/google#GoogleOAuthProvider'],
  hosts: ['accounts.google.com/gsi', 'accounts.google.com/o/oauth2', 'oauth2.googleapis.com', 'apis.google.com/js/platform.js'],
  // No global: the SDK's `google.accounts` namespace shares its root `google` with the Maps API, and
  // globals are matched by their root name.
  receives: ['user.social', 'user.name', 'user.contact.email', 'user.unique_id', 'user.device.ip_address'],
  hostedFields: [
    {
      refs: ['@react-oauth/google#GoogleLogin|useGoogleLogin|useGoogleOneTapLogin', 'google.accounts.id.prompt|renderButton', 'google.accounts.oauth2.initTokenClient|initCodeClient'],
      categories: ['user.contact.email', 'user.authorization.password'],
    },
  ],
} satisfies VendorEntry;
