// Pingdom Real User Monitoring snippet: https://www.pingdom.com/resources/rum-installation/
import type { VendorEntry } from '../types.js';

export default {
  id: 'pingdom',
  name: 'Pingdom',
  aliases: ['SolarWinds Pingdom', 'Pingdom AB'],
  service: 'uptime_monitoring',
  docs: 'https://www.pingdom.com/resources/rum-installation/',
  // Synthetic uptime checks leave no trace in code; only the RUM snippet does.
  hosts: ['rum-static.pingdom.net', '*.pingdom.net'],
  globals: ['_prum', 'PingdomRUM'],
  receives: ['user.telemetry.performance', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser', 'user.location.imprecise'],
  collects: ['user.telemetry.performance', 'user.behavior.browsing_history', 'user.device.browser'],
  dataCalls: ['_prum.push'],
} satisfies VendorEntry;
