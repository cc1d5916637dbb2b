// Smartlook web SDK (smartlook-client): https://developer.smartlook.com/docs/web-setup
import type { VendorEntry } from '../types.js';

export default {
  id: 'smartlook',
  name: 'Smartlook',
  aliases: ['Smartlook.com', 'Cisco Smartlook'],
  service: 'session_recording',
  docs: 'https://developer.smartlook.com/docs/web-setup',
  packages: ['smartlook-client'],
  init: ['smartlook-client#init'],
  hosts: ['web-sdk.smartlook.com', 'rec.smartlook.com', '*.smartlook.cloud'],
  globals: ['smartlook'],
  receives: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.browsing_history',
    'user.unique_id',
    'user.device.ip_address',
    'user.device.browser',
  ],
  collects: ['user.behavior.session_recording', 'user.behavior.mouse_movement', 'user.behavior.interaction', 'user.behavior.browsing_history', 'user.device.browser'],
  dataCalls: ['smartlook', 'smartlook-client#default.identify|track|properties'],
  recorder: {
    calls: ['smartlook-client#default.init'],
    optionsArg: 1,
    unsafe: [],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
