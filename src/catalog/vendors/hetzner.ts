// Hetzner Cloud and Object Storage (S3-compatible): https://docs.hetzner.com/storage/object-storage/
import type { VendorEntry } from '../types.js';

/*
 * Hetzner ships no browser or Node SDK of its own; servers leave no trace in application code. What code
 * can show is the Cloud API and the Object Storage endpoints (`<location>.your-objectstorage.com`), often
 * reached through an S3 client. Everything else needs manual confirmation in the manifest.
 */
export default {
  id: 'hetzner',
  name: 'Hetzner',
  aliases: ['Hetzner Online GmbH', 'Hetzner Cloud'],
  service: 'hosting',
  docs: 'https://docs.hetzner.com/storage/object-storage/',
  packages: ['hcloud-js'],
  hosts: ['*.your-objectstorage.com', 'api.hetzner.cloud', '*.your-storagebox.de'],
  receives: ['user'],
} satisfies VendorEntry;
