// Ably Pub/Sub JavaScript SDK: https://ably.com/docs/getting-started/javascript
import type { VendorEntry } from '../types.js';

export default {
  id: 'ably',
  name: 'Ably',
  aliases: ['Ably Realtime', 'Ably Real-time Ltd'],
  service: 'realtime_messaging',
  docs: 'https://ably.com/docs/getting-started/javascript',
  packages: ['ably', '@ably/*'],
  init: ['ably#Realtime|Rest', 'Ably.Realtime|Rest'],
  hosts: ['*.ably.io', '*.ably-realtime.com', 'cdn.ably.com'],
  globals: ['Ably'],
  receives: ['user.content.communications', 'user.unique_id', 'user.device.ip_address'],
  dataCalls: [
    'ably#Realtime().channels.get().publish',
    'ably#Rest().channels.get().publish',
    'ably#Realtime().channels.get().presence.enter|update',
    'ably/react#useChannel().publish',
  ],
} satisfies VendorEntry;
