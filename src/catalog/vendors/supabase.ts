// supabase-js and @supabase/ssr: https://supabase.com/docs/reference/javascript/introduction
import type { VendorEntry } from '../types.js';

export default {
  id: 'supabase',
  name: 'Supabase',
  aliases: ['Supabase, Inc.', 'Supabase Auth'],
  service: 'database',
  docs: 'https://supabase.com/docs/reference/javascript/introduction',
  privacyPolicy: 'https://supabase.com/privacy',
  packages: ['@supabase/*'],
  init: ['@supabase/supabase-js#createClient', '@supabase/ssr#createBrowserClient'],
  hosts: ['*.supabase.co', '*.supabase.in'],
  receives: ['user.contact.email', 'user.authorization.password', 'user.unique_id', 'user.content.private', 'user.device.ip_address'],
  storage: [
    // supabase-js keeps the session under `sb-<project ref>-auth-token`; @supabase/ssr writes the same name as cookies.
    { name: 'sb-*-auth-token', match: 'glob', type: 'local_storage', category: 'strictly_necessary', duration: 'persistent', contains: ['system.authentication', 'user.contact.email', 'user.unique_id'] },
    { name: 'sb-*-auth-token*', match: 'glob', type: 'cookie', category: 'strictly_necessary', duration: 'persistent', contains: ['system.authentication', 'user.contact.email', 'user.unique_id'] },
  ],
  dataCalls: [
    '@supabase/*#createClient|createBrowserClient|createServerClient().auth.signUp|signInWithPassword|signInWithOtp|updateUser',
    '@supabase/*#createClient|createBrowserClient|createServerClient().from().insert|upsert|update',
    '@supabase/*#createClient|createBrowserClient|createServerClient().storage.from().upload',
  ],
} satisfies VendorEntry;
