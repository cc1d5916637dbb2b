// Clerk SDKs and prebuilt components: https://clerk.com/docs
import type { VendorEntry } from '../types.js';

export default {
  id: 'clerk',
  name: 'Clerk',
  aliases: ['Clerk, Inc.', 'Clerk.com'],
  service: 'authentication',
  docs: 'https://clerk.com/docs',
  privacyPolicy: 'https://clerk.com/legal/privacy',
  packages: ['@clerk/*'],
  serverPackages: ['@clerk/backend', '@clerk/express', '@clerk/fastify'],
  init: ['@clerk/*#ClerkProvider', '@clerk/clerk-js#Clerk', 'Clerk.load'],
  hosts: ['*.clerk.accounts.dev', 'api.clerk.com', 'img.clerk.com'],
  globals: ['Clerk'],
  receives: ['user.contact.email', 'user.authorization.password', 'user.name', 'user.social', 'user.unique_id', 'user.device.ip_address', 'user.device.browser'],
  storage: [
    // The short-lived session JWT the frontend API refreshes every minute.
    { name: '__session', type: 'cookie', category: 'strictly_necessary', duration: 'PT1M', contains: ['system.authentication'] },
  ],
  hostedFields: [
    {
      // Clerk's components post credentials straight to Clerk's frontend API, never to the app's server.
      refs: ['@clerk/*#SignIn|SignUp|SignInButton|SignUpButton|UserProfile|GoogleOneTap'],
      categories: ['user.contact.email', 'user.authorization.password', 'user.name'],
    },
  ],
  dataCalls: ['@clerk/*#useSignUp().signUp.create|update', '@clerk/*#useSignIn().signIn.create', '@clerk/*#clerkClient().users.createUser|updateUser'],
} satisfies VendorEntry;
