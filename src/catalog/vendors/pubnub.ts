// PubNub JavaScript SDK: https://www.pubnub.com/docs/sdks/javascript
import type { VendorEntry } from '../types.js';

export default {
  id: 'pubnub',
  name: 'PubNub',
  aliases: ['PubNub Inc.'],
  service: 'realtime_messaging',
  docs: 'https://www.pubnub.com/docs/sdks/javascript',
  packages: ['pubnub', 'pubnub-react', '@pubnub/*'],
  init: ['pubnub#default', 'pubnub-react#PubNubProvider', 'PubNub'],
  hosts: ['*.pndsn.com', 'ps.pndsn.com', '*.pubnub.com', 'cdn.pubnub.com'],
  globals: ['PubNub'],
  receives: ['user.content.communications', 'user.unique_id', 'user.device.ip_address'],
  dataCalls: [
    'pubnub#default().publish|signal|fire|setState',
    'pubnub#default().objects.setUUIDMetadata|setChannelMetadata',
    'pubnub-react#usePubNub().publish|signal|setState',
    'PubNub().publish|signal',
  ],
} satisfies VendorEntry;
