// Rollbar.js and @rollbar/react: https://docs.rollbar.com/docs/browser-js
import type { VendorEntry } from '../types.js';

export default {
  id: 'rollbar',
  name: 'Rollbar',
  aliases: ['Rollbar, Inc.'],
  service: 'error_monitoring',
  docs: 'https://docs.rollbar.com/docs/browser-js',
  packages: ['@rollbar/*'],
  serverPackages: ['rollbar'],
  init: ['@rollbar/react#Provider'],
  hosts: ['api.rollbar.com', 'cdn.rollbar.com', 'cdnjs.cloudflare.com/ajax/libs/rollbar.js'],
  globals: ['Rollbar', '_rollbarConfig'],
  receives: ['user.telemetry.crash', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.telemetry.crash', 'user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.browser'],
  // The person is sent as `payload.person` through `configure`.
  dataCalls: ['rollbar#default().configure', 'Rollbar.configure', '@rollbar/react#useRollbarPerson'],
} satisfies VendorEntry;
