// LinkedIn Insight Tag: https://www.linkedin.com/help/lms/answer/a418880
import type { VendorEntry } from '../types.js';

export default {
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  aliases: ['LinkedIn Ads', 'LinkedIn Conversion Tracking', 'LinkedIn Ireland Unlimited Company'],
  service: 'advertising',
  docs: 'https://www.linkedin.com/help/lms/answer/a418880',
  packages: ['react-linkedin-insight'],
  init: ['react-linkedin-insight#init'],
  hosts: ['snap.licdn.com', 'px.ads.linkedin.com', 'dc.ads.linkedin.com'],
  globals: ['_linkedin_partner_id', '_linkedin_data_partner_ids', 'lintrk'],
  receives: ['user.behavior.advertising', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.cookie_id', 'user.device.browser'],
  collects: ['user.behavior.browsing_history', 'user.device.cookie_id', 'user.device.browser'],
  // https://www.linkedin.com/legal/l/cookie-table
  storage: [
    { name: 'li_fat_id', type: 'cookie', category: 'marketing', duration: 'P30D', contains: ['user.device.cookie_id'] },
    { name: 'li_sugr', type: 'cookie', category: 'marketing', duration: 'P90D', thirdParty: true, contains: ['user.device.cookie_id'] },
    { name: 'bcookie', type: 'cookie', category: 'marketing', duration: 'P1Y', thirdParty: true, contains: ['user.device.cookie_id'] },
    { name: 'lidc', type: 'cookie', category: 'marketing', duration: 'P1D', thirdParty: true, contains: [] },
  ],
  dataCalls: ['lintrk', 'react-linkedin-insight#default.init|track'],
} satisfies VendorEntry;
