// Microsoft Authentication Library (MSAL.js) for Microsoft Entra ID and Microsoft accounts: https://learn.microsoft.com/entra/identity-platform/msal-overview
import type { VendorEntry } from '../types.js';

export default {
  id: 'microsoft-identity',
  name: 'Microsoft identity platform',
  aliases: ['Microsoft Entra ID', 'Azure AD', 'Azure Active Directory', 'Microsoft account', 'Sign in with Microsoft', 'Office365', 'Office 365', 'Microsoft 365'],
  service: 'social_login',
  docs: 'https://learn.microsoft.com/entra/identity-platform/msal-overview',
  packages: [
    '@azure/msal-browser',
    '@azure/msal-react',
    '@azure/msal-node',
    '@azure/msal-angular',
    'passport-azure-ad',
    'next-auth/providers/azure-ad',
    'next-auth/providers/microsoft-entra-id',
    '@auth/core/providers/azure-ad',
    '@auth/core/providers/microsoft-entra-id',
  ],
  init: ['@azure/msal-browser#PublicClientApplication|createStandardPublicClientApplication', '@azure/msal-react#MsalProvider'],
  hosts: ['login.microsoftonline.com', 'login.live.com', '*.b2clogin.com'],
  receives: ['user.social', 'user.name', 'user.contact.email', 'user.unique_id', 'user.device.ip_address'],
  hostedFields: [
    {
      refs: [
        '@azure/msal-browser#PublicClientApplication().loginRedirect|loginPopup|acquireTokenRedirect|acquireTokenPopup',
        '@azure/msal-react#useMsal().instance.loginRedirect|loginPopup',
      ],
      categories: ['user.contact.email', 'user.authorization.password'],
    },
  ],
} satisfies VendorEntry;
