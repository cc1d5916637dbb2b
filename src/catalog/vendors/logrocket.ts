// LogRocket JavaScript SDK: https://docs.logrocket.com/reference/init
import type { VendorEntry } from '../types.js';

export default {
  id: 'logrocket',
  name: 'LogRocket',
  aliases: ['LogRocket, Inc.'],
  service: 'session_recording',
  docs: 'https://docs.logrocket.com/reference/init',
  packages: ['logrocket', 'logrocket-react'],
  init: ['logrocket#init', 'LogRocket.init'],
  hosts: ['cdn.logrocket.io', 'cdn.lr-ingest.io', 'cdn.lr-in.com', '*.lr-ingest.io', 'r.lr-ingest.com'],
  globals: ['LogRocket'],
  receives: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.keystrokes',
    'user.behavior.browsing_history',
    'user.content.form_input',
    'user.telemetry',
    'user.unique_id',
    'user.device.ip_address',
    'user.device.browser',
  ],
  // Every element, including input values, is captured unless sanitised; network bodies too.
  collects: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.keystrokes',
    'user.behavior.browsing_history',
    'user.content.form_input',
    'user.telemetry',
    'user.device.browser',
  ],
  dataCalls: ['logrocket#default.identify|track', 'LogRocket.identify|track'],
  recorder: {
    calls: ['logrocket#default.init', 'LogRocket.init'],
    optionsArg: 1,
    // `type="password"` inputs are never recorded; `dom.inputSanitizer` only widens masking to all inputs.
    unsafe: [],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
