// OpenReplay JavaScript tracker: https://docs.openreplay.com/en/sdk/constructor/
import type { VendorEntry } from '../types.js';

/*
 * rrweb itself is a library, not a recipient: recordings go wherever the app sends them. OpenReplay is
 * the hosted (or self-hosted) recorder of this kind that is most often installed from npm.
 */
export default {
  id: 'openreplay',
  name: 'OpenReplay',
  aliases: ['Asayer'],
  service: 'session_recording',
  docs: 'https://docs.openreplay.com/en/sdk/constructor/',
  packages: ['@openreplay/*'],
  init: ['@openreplay/tracker#default', '@openreplay/tracker/cjs#default', '@openreplay/tracker#tracker.configure'],
  hosts: ['api.openreplay.com', 'static.openreplay.com'],
  receives: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.keystrokes',
    'user.behavior.browsing_history',
    'user.content.form_input',
    'user.unique_id',
    'user.device.ip_address',
    'user.device.browser',
  ],
  // `defaultInputMode` is 0 (plain): input values are recorded except numbers and emails.
  collects: [
    'user.behavior.session_recording',
    'user.behavior.mouse_movement',
    'user.behavior.interaction',
    'user.behavior.keystrokes',
    'user.behavior.browsing_history',
    'user.content.form_input',
    'user.device.browser',
  ],
  dataCalls: ['@openreplay/tracker#default().setUserID|setMetadata|event', '@openreplay/tracker#tracker.setUserID|setMetadata|event'],
  recorder: {
    calls: ['@openreplay/tracker#default', '@openreplay/tracker/cjs#default', '@openreplay/tracker#tracker.configure'],
    optionsArg: 0,
    // The tracker hides `type="password"` values whatever `defaultInputMode` says.
    unsafe: [],
    capturesPasswordsByDefault: false,
  },
} satisfies VendorEntry;
