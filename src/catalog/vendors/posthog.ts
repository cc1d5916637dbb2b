// PostHog JavaScript web SDK (posthog-js) and posthog-node: https://posthog.com/docs/libraries/js
import type { VendorEntry } from '../types.js';

export default {
  id: 'posthog',
  name: 'PostHog',
  aliases: ['PostHog, Inc.'],
  service: 'analytics',
  docs: 'https://posthog.com/docs/libraries/js',
  privacyPolicy: 'https://posthog.com/privacy',
  packages: ['posthog-js', '@posthog/react', 'posthog-react-native'],
  serverPackages: ['posthog-node'],
  init: ['posthog-js#init', 'posthog-js/react#PostHogProvider', '@posthog/react#PostHogProvider', 'posthog-react-native#PostHogProvider|PostHog', 'posthog.init'],
  hosts: ['*.i.posthog.com', 'app.posthog.com', 'eu.posthog.com', 'us.posthog.com'],
  globals: ['posthog'],
  receives: [
    'user.behavior.browsing_history',
    'user.behavior.interaction',
    'user.unique_id',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
    'user.device.screen',
  ],
  // Autocapture (clicks, form submits, page views) is on unless `autocapture: false`.
  collects: ['user.behavior.browsing_history', 'user.behavior.interaction', 'user.device.cookie_id', 'user.device.browser', 'user.device.screen'],
  storage: [
    // Default persistence `localStorage+cookie`: the identity lives in a cookie `ph_<project key>_posthog`, 365 days.
    { name: 'ph_*_posthog', match: 'glob', type: 'cookie', category: 'analytics', duration: 'P1Y', contains: ['user.device.cookie_id', 'user.unique_id'] },
    { name: 'ph_*_posthog', match: 'glob', type: 'local_storage', category: 'analytics', duration: 'persistent', contains: ['user.device.cookie_id', 'user.unique_id'] },
  ],
  dataCalls: [
    'posthog-js#default.identify|alias|setPersonProperties|capture|group',
    'posthog-js/react#usePostHog().identify|alias|setPersonProperties|capture',
    'posthog.identify|alias|setPersonProperties|capture',
    'posthog-node#PostHog().identify|capture|alias',
  ],
  recorder: {
    calls: ['posthog-js#default.init', 'posthog.init'],
    optionsArg: 1,
    // Inputs are masked unless `maskAllInputs: false`, and even then passwords stay masked unless
    // `maskInputOptions.password` is set to false.
    unsafe: [{ path: 'session_recording.maskInputOptions.password', value: false }],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
