// Fullstory browser SDK (@fullstory/browser) and snippet: https://developer.fullstory.com/browser/getting-started/
import type { VendorEntry } from '../types.js';

export default {
  id: 'fullstory',
  name: 'Fullstory',
  aliases: ['FullStory', 'FullStory, Inc.'],
  service: 'session_recording',
  docs: 'https://developer.fullstory.com/browser/getting-started/',
  packages: ['@fullstory/*'],
  init: ['@fullstory/browser#init'],
  hosts: ['edge.fullstory.com', 'rs.fullstory.com', '*.fullstory.com'],
  globals: ['FS', '_fs_namespace', '_fs_org'],
  receives: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.keystrokes',
    'user.behavior.browsing_history',
    'user.content.form_input',
    'user.unique_id',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
  ],
  collects: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.keystrokes',
    'user.behavior.browsing_history',
    'user.content.form_input',
    'user.device.cookie_id',
    'user.device.browser',
  ],
  storage: [
    { name: 'fs_uid', type: 'cookie', category: 'analytics', duration: 'P1Y', contains: ['user.device.cookie_id'] },
    { name: 'fs_lua', type: 'cookie', category: 'analytics', duration: 'PT30M', contains: [] },
  ],
  // v2 API `FS('setIdentity', { uid, properties })`; v1 `FS.identify(uid, vars)`.
  dataCalls: ['FS', 'FS.identify|setUserVars', '@fullstory/browser#FullStory', '@fullstory/browser#identify|setUserVars'],
  recorder: {
    calls: ['@fullstory/browser#init'],
    optionsArg: 0,
    // Password inputs are always excluded from capture.
    unsafe: [],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
