// Hotjar tracking code and @hotjar/browser: https://help.hotjar.com/hc/en-us/articles/115009336727
import type { VendorEntry } from '../types.js';

export default {
  id: 'hotjar',
  name: 'Hotjar',
  aliases: ['Hotjar Ltd', 'Contentsquare (Hotjar)'],
  service: 'session_recording',
  docs: 'https://help.hotjar.com/hc/en-us/articles/115009336727',
  privacyPolicy: 'https://www.hotjar.com/legal/policies/privacy/',
  packages: ['@hotjar/browser', 'react-hotjar', 'vue-hotjar'],
  init: ['@hotjar/browser#init', 'react-hotjar#hotjar.initialize'],
  hosts: ['static.hotjar.com', 'script.hotjar.com', '*.hotjar.com', '*.hotjar.io'],
  globals: ['hj', '_hjSettings'],
  receives: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.browsing_history',
    'user.content.survey',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
    'user.device.screen',
  ],
  // Keystroke data is suppressed by default since 2017; fields must be allow-listed to be recorded.
  collects: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.browsing_history',
    'user.device.cookie_id',
    'user.device.browser',
    'user.device.screen',
  ],
  storage: [
    { name: '_hjSessionUser_*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'P1Y', contains: ['user.device.cookie_id'] },
    { name: '_hjSession_*', match: 'glob', type: 'cookie', category: 'analytics', duration: 'PT30M', contains: ['user.device.cookie_id'] },
    { name: '_hjHasCachedUserAttributes', type: 'cookie', category: 'analytics', duration: 'session', contains: [] },
  ],
  dataCalls: ['hj', '@hotjar/browser#default.identify|event', 'react-hotjar#hotjar.identify|event'],
  recorder: {
    calls: ['@hotjar/browser#default.init', 'react-hotjar#hotjar.initialize'],
    optionsArg: 2,
    // Password and card-number fields are suppressed whatever the settings.
    unsafe: [],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
