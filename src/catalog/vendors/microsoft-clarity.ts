// Microsoft Clarity tracking code and @microsoft/clarity: https://learn.microsoft.com/clarity/setup-and-installation/clarity-api
import type { VendorEntry } from '../types.js';

export default {
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  aliases: ['Clarity'],
  service: 'session_recording',
  docs: 'https://learn.microsoft.com/clarity/setup-and-installation/clarity-api',
  privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
  packages: ['@microsoft/clarity', 'clarity-js'],
  init: ['@microsoft/clarity#init', 'clarity-js#clarity.start'],
  hosts: ['www.clarity.ms', '*.clarity.ms'],
  globals: ['clarity'],
  receives: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.browsing_history',
    'user.device.ip_address',
    'user.device.cookie_id',
    'user.device.browser',
    'user.device.screen',
  ],
  // Input box content is masked in every masking mode.
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
    { name: '_clck', type: 'cookie', category: 'analytics', duration: 'P1Y', contains: ['user.device.cookie_id'] },
    { name: '_clsk', type: 'cookie', category: 'analytics', duration: 'P1D', contains: ['user.device.cookie_id'] },
    { name: 'CLID', type: 'cookie', category: 'analytics', duration: 'P1Y', thirdParty: true, contains: ['user.device.cookie_id'] },
    { name: 'MUID', type: 'cookie', category: 'marketing', duration: 'P1Y', thirdParty: true, contains: ['user.device.cookie_id'] },
  ],
  // `clarity('identify', customId, …)`, `clarity('set', key, value)`.
  dataCalls: ['clarity', '@microsoft/clarity#default.identify|setTag|event'],
  recorder: {
    calls: ['@microsoft/clarity#default.init'],
    optionsArg: 1,
    unsafe: [],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
