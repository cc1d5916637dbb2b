// Sentry JavaScript SDKs: https://docs.sentry.io/platforms/javascript/
import type { VendorEntry } from '../types.js';

export default {
  id: 'sentry',
  name: 'Sentry',
  aliases: ['Functional Software, Inc.', 'Sentry.io'],
  service: 'error_monitoring',
  docs: 'https://docs.sentry.io/platforms/javascript/',
  privacyPolicy: 'https://sentry.io/privacy/',
  packages: ['@sentry/*', 'raven-js'],
  serverPackages: ['@sentry/node', '@sentry/bun', '@sentry/deno', '@sentry/aws-serverless', '@sentry/google-cloud-serverless'],
  init: ['@sentry/*#init', 'Sentry.init'],
  hosts: ['*.ingest.sentry.io', '*.ingest.us.sentry.io', '*.ingest.de.sentry.io', 'browser.sentry-cdn.com', 'js.sentry-cdn.com'],
  globals: ['Sentry'],
  receives: ['user.telemetry.crash', 'user.telemetry.performance', 'user.behavior.browsing_history', 'user.device.ip_address', 'user.device.browser'],
  collects: ['user.telemetry.crash', 'user.telemetry.performance', 'user.behavior.browsing_history', 'user.device.browser'],
  storage: [
    // Session Replay keeps its session in sessionStorage.
    { name: 'sentryReplaySession', type: 'session_storage', category: 'functional', duration: 'session', contains: [] },
  ],
  dataCalls: ['@sentry/*#setUser|setContext|setTag|setExtra', 'Sentry.setUser|setContext'],
  recorder: {
    calls: ['@sentry/*#replayIntegration', '@sentry/*#Replay', 'Sentry.replayIntegration', 'Sentry.Replay'],
    optionsArg: 0,
    // The integration always passes `maskInputOptions: { password: true }` to rrweb; `maskAllInputs: false`
    // unmasks other inputs only.
    unsafe: [],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
