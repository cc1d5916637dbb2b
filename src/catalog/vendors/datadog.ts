// Datadog Browser RUM and Logs SDKs: https://docs.datadoghq.com/real_user_monitoring/browser/
import type { VendorEntry } from '../types.js';

export default {
  id: 'datadog',
  name: 'Datadog',
  aliases: ['Datadog, Inc.', 'Datadog RUM', 'Datadog Logs'],
  service: 'error_monitoring',
  docs: 'https://docs.datadoghq.com/real_user_monitoring/browser/',
  privacyPolicy: 'https://www.datadoghq.com/legal/privacy/',
  packages: ['@datadog/*'],
  serverPackages: ['dd-trace'],
  init: ['@datadog/*#datadogRum.init', '@datadog/*#datadogLogs.init', 'DD_RUM.init', 'DD_LOGS.init'],
  hosts: [
    'www.datadoghq-browser-agent.com',
    'browser-intake-datadoghq.com',
    'browser-intake-datadoghq.eu',
    'browser-intake-us3-datadoghq.com',
    'browser-intake-us5-datadoghq.com',
    '*.datadoghq.com',
    '*.datadoghq.eu',
  ],
  globals: ['DD_RUM', 'DD_LOGS'],
  receives: [
    'user.telemetry.crash',
    'user.telemetry.performance',
    'user.behavior.browsing_history',
    'user.behavior.interaction',
    'user.device.ip_address',
    'user.device.browser',
    'user.location.imprecise',
  ],
  // RUM records views, resources, errors and (v5+) user actions by default.
  collects: ['user.telemetry.crash', 'user.telemetry.performance', 'user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.browser'],
  storage: [
    { name: '_dd_s', type: 'cookie', category: 'analytics', duration: 'PT15M', contains: ['user.device.cookie_id'] },
  ],
  dataCalls: [
    '@datadog/browser-rum#datadogRum.setUser|setUserProperty|addAction|setGlobalContextProperty',
    '@datadog/browser-logs#datadogLogs.setUser|setGlobalContextProperty',
    '@datadog/browser-logs#datadogLogs.logger.*',
    'DD_RUM.setUser|setUserProperty|addAction',
    'DD_LOGS.logger.*',
  ],
  recorder: {
    calls: ['@datadog/browser-rum#datadogRum.init', 'DD_RUM.init'],
    optionsArg: 0,
    // browser-sdk masks password, email and tel inputs (and `autocomplete=*-password`) at every privacy
    // level, `allow` included.
    unsafe: [],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
