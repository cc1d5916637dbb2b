// LaunchDarkly client-side and server-side JavaScript SDKs: https://launchdarkly.com/docs/sdk/client-side/javascript
import type { VendorEntry } from '../types.js';

export default {
  id: 'launchdarkly',
  name: 'LaunchDarkly',
  aliases: ['Catamorphic Co.'],
  service: 'feature_flags',
  docs: 'https://launchdarkly.com/docs/sdk/client-side/javascript',
  packages: ['launchdarkly-js-client-sdk', 'launchdarkly-react-client-sdk', '@launchdarkly/*'],
  serverPackages: ['launchdarkly-node-server-sdk'],
  init: ['launchdarkly-js-client-sdk#initialize', 'launchdarkly-react-client-sdk#withLDProvider|asyncWithLDProvider|LDProvider'],
  hosts: ['clientsdk.launchdarkly.com', 'clientstream.launchdarkly.com', 'events.launchdarkly.com', 'app.launchdarkly.com', 'sdk.launchdarkly.com'],
  globals: ['LDClient'],
  // The evaluation context (`{ kind: 'user', key, email, name }`) is sent with every evaluation and event.
  receives: ['user.unique_id', 'user.device.ip_address', 'user.device.browser'],
  dataCalls: [
    'launchdarkly-js-client-sdk#initialize',
    'launchdarkly-js-client-sdk#initialize().identify',
    'launchdarkly-react-client-sdk#withLDProvider|asyncWithLDProvider',
    'launchdarkly-react-client-sdk#useLDClient().identify|track',
    '@launchdarkly/*#initialize|init',
    '@launchdarkly/*#init().variation|boolVariation|stringVariation|track',
  ],
} satisfies VendorEntry;
