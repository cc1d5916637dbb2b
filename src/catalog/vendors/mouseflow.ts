// Mouseflow tracking script: https://api-docs.mouseflow.com/#javascript-api
import type { VendorEntry } from '../types.js';

export default {
  id: 'mouseflow',
  name: 'Mouseflow',
  aliases: ['Mouseflow ApS'],
  service: 'session_recording',
  docs: 'https://api-docs.mouseflow.com/#javascript-api',
  privacyPolicy: 'https://mouseflow.com/privacy/',
  // `react-mouseflow` is a community wrapper that injects the same script.
  packages: ['react-mouseflow'],
  hosts: ['cdn.mouseflow.com', '*.mouseflow.com'],
  // `mouseflowHtmlDelay` and friends are configuration globals the snippet reads before loading.
  globals: ['_mfq', 'mouseflow', 'mouseflowHtmlDelay', 'mouseflowDisableKeyLogging', 'mouseflowPath'],
  receives: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.keystrokes',
    'user.behavior.browsing_history',
    'user.content.form_input',
    'user.device.ip_address',
    'user.device.browser',
    'user.device.screen',
    'user.location.imprecise',
  ],
  // Keystrokes are recorded unless `mouseflowDisableKeyLogging` is set; password fields never are.
  collects: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.keystrokes',
    'user.behavior.browsing_history',
    'user.content.form_input',
    'user.device.browser',
    'user.device.screen',
  ],
  // https://help.mouseflow.com/en/articles/4282966-what-is-your-cookie-policy: first-party only, nothing else stored.
  storage: [
    { name: 'mf_user', type: 'cookie', category: 'analytics', duration: 'P90D', contains: [] },
    // `mf_<website id>`: the current session, deleted when the session ends.
    { name: 'mf_*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'session', contains: ['user.device.cookie_id'] },
  ],
  // `_mfq.push(['setVariable', key, value])`, `_mfq.push(['tag', name])`.
  dataCalls: ['_mfq.push', 'mouseflow.identify|setVariable'],
  recorder: {
    calls: ['mouseflow.start'],
    optionsArg: 0,
    unsafe: [],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
