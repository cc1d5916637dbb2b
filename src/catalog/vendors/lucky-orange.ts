// Lucky Orange tracking code: https://help.luckyorange.com/article/126-tracking-code
import type { VendorEntry } from '../types.js';

export default {
  id: 'lucky-orange',
  name: 'Lucky Orange',
  aliases: ['Lucky Orange LLC'],
  service: 'session_recording',
  docs: 'https://help.luckyorange.com/article/126-tracking-code',
  hosts: ['tools.luckyorange.com', '*.luckyorange.net', '*.luckyorange.com'],
  globals: ['LOQ', '__lo_site_id'],
  receives: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.browsing_history',
    'user.device.ip_address',
    'user.device.browser',
    'user.location.imprecise',
  ],
  collects: ['user.behavior.session_recording', 'user.behavior.mouse_movement', 'user.behavior.interaction', 'user.behavior.browsing_history', 'user.device.browser'],
  // `LOQ.push(['ready', lo => lo.$internal.ready('visitor').then(() => lo.visitor.identify(...))])`.
  dataCalls: ['LOQ.push'],
} satisfies VendorEntry;
