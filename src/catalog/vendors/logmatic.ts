// Logmatic.io browser logger (logmatic-js, discontinued after Datadog acquired Logmatic.io in 2017): https://github.com/logmatic/logmatic-js
import type { VendorEntry } from '../types.js';

export default {
  id: 'logmatic',
  name: 'Logmatic.io',
  aliases: ['Logmatic', 'Logmatic.io SAS'],
  service: 'logging',
  docs: 'https://github.com/logmatic/logmatic-js',
  // logmatic-js was loaded as `logmatic.min.js` and never published to npm; log shippers sent to the same API host.
  hosts: ['api.logmatic.io', '*.logmatic.io'],
  globals: ['logmatic'],
  receives: ['user.telemetry', 'user.behavior.browsing_history', 'user.unique_id', 'user.device.ip_address', 'user.device.browser'],
  // `setIPTracking` and `setUserAgentTracking` add the client IP and user agent to every log line.
  collects: ['user.telemetry.crash', 'user.device.browser'],
  dataCalls: ['logmatic.log|setMetas|setIPTracking|setUserAgentTracking'],
  related: ['datadog'],
} satisfies VendorEntry;
