// BugSnag JavaScript notifier: https://docs.bugsnag.com/platforms/javascript/
import type { VendorEntry } from '../types.js';

export default {
  id: 'bugsnag',
  name: 'BugSnag',
  aliases: ['Bugsnag', 'SmartBear (BugSnag)'],
  service: 'error_monitoring',
  docs: 'https://docs.bugsnag.com/platforms/javascript/',
  packages: ['@bugsnag/*'],
  init: ['@bugsnag/js#start', '@bugsnag/browser#start', 'Bugsnag.start'],
  hosts: ['notify.bugsnag.com', 'sessions.bugsnag.com', 'd2wy8f7a9ursnm.cloudfront.net/v7/bugsnag.min.js'],
  globals: ['Bugsnag'],
  receives: ['user.telemetry.crash', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.telemetry.crash', 'user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.browser'],
  dataCalls: ['@bugsnag/*#setUser|addMetadata|leaveBreadcrumb', 'Bugsnag.setUser|addMetadata'],
} satisfies VendorEntry;
