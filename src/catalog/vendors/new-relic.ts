// New Relic browser agent and Node.js agent: https://docs.newrelic.com/docs/browser/browser-monitoring/installation/install-browser-monitoring-agent/
import type { VendorEntry } from '../types.js';

export default {
  id: 'new-relic',
  name: 'New Relic',
  aliases: ['New Relic, Inc.'],
  service: 'error_monitoring',
  docs: 'https://docs.newrelic.com/docs/browser/browser-monitoring/installation/install-browser-monitoring-agent/',
  packages: ['@newrelic/*'],
  serverPackages: ['newrelic'],
  init: ['@newrelic/*#BrowserAgent|MicroAgent'],
  hosts: ['js-agent.newrelic.com', 'bam.nr-data.net', 'bam-cell.nr-data.net', 'bam.eu01.nr-data.net'],
  globals: ['newrelic', 'NREUM'],
  receives: ['user.telemetry.crash', 'user.telemetry.performance', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.telemetry.crash', 'user.telemetry.performance', 'user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.browser'],
  dataCalls: [
    'newrelic.setUserId|setCustomAttribute|addPageAction',
    '@newrelic/browser-agent/*#BrowserAgent().setUserId|setCustomAttribute|addPageAction',
    'newrelic#default.setUserID|addCustomAttribute|addCustomAttributes',
  ],
} satisfies VendorEntry;
