// Vercel Web Analytics and Speed Insights: https://vercel.com/docs/analytics/package
import type { VendorEntry } from '../types.js';

export default {
  id: 'vercel-analytics',
  name: 'Vercel Web Analytics',
  aliases: ['Vercel Analytics', 'Vercel Speed Insights', 'Vercel Inc.'],
  service: 'analytics',
  docs: 'https://vercel.com/docs/analytics/package',
  packages: ['@vercel/analytics', '@vercel/speed-insights'],
  init: [
    '@vercel/analytics#inject',
    '@vercel/analytics/*#Analytics|injectAnalytics',
    '@vercel/speed-insights#injectSpeedInsights',
    '@vercel/speed-insights/*#SpeedInsights|injectSpeedInsights',
  ],
  // On Vercel the script is served first party under `/_vercel/insights/`; the CDN host is used elsewhere.
  hosts: ['va.vercel-scripts.com', 'cdn.vercel-insights.com'],
  globals: ['va'],
  // No cookies: visitors are counted by a hash of the request that expires daily.
  receives: ['user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser', 'user.telemetry.performance'],
  collects: ['user.behavior.browsing_history', 'user.device.browser'],
  dataCalls: ['@vercel/analytics#track', '@vercel/analytics/server#track'],
} satisfies VendorEntry;
