// Pusher Channels (pusher-js client, pusher server library): https://pusher.com/docs/channels/
import type { VendorEntry } from '../types.js';

export default {
  id: 'pusher',
  name: 'Pusher',
  aliases: ['Pusher Channels', 'MessageBird (Pusher)'],
  service: 'realtime_messaging',
  docs: 'https://pusher.com/docs/channels/',
  packages: ['pusher-js', 'pusher', '@pusher/*'],
  init: ['pusher-js#default', 'Pusher'],
  hosts: ['js.pusher.com', '*.pusher.com', '*.pusherapp.com'],
  globals: ['Pusher'],
  receives: ['user.content.communications', 'user.unique_id', 'user.device.ip_address'],
  dataCalls: ['pusher#default().trigger|triggerBatch|sendToUser', 'pusher-js#default().subscribe().trigger'],
} satisfies VendorEntry;
