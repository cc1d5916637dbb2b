import type { VendorEntry } from '../../../src/catalog/types.js';
import { compileDetectionCatalog } from '../../../src/core/detection-catalog.js';

/**
 * Vendors made up for detector tests, so the tests pin the detectors' logic rather than the catalog's
 * current data.
 */
export const acmeAnalytics: VendorEntry = {
  id: 'acme-analytics',
  name: 'Acme Analytics',
  service: 'analytics',
  docs: 'https://docs.acme-analytics.io',
  packages: ['acme-analytics', '@acme/*'],
  hosts: ['cdn.acme-analytics.io/sdk', '*.collect.acme-analytics.io'],
  globals: ['acmeq'],
  receives: ['user.behavior', 'user.device.cookie_id'],
  collects: ['user.behavior.browsing_history'],
  storage: [
    { name: '_acme', type: 'cookie', category: 'analytics', duration: 'P1D', contains: ['user.device.cookie_id'] },
    { name: 'acme_*', match: 'glob', type: 'local_storage', category: 'analytics', duration: 'persistent', contains: [] },
    { name: 'acme_sync', type: 'cookie', category: 'marketing', duration: 'session', thirdParty: true, contains: [] },
  ],
  dataCalls: ['acme-analytics#default.identify', 'acmeq'],
  recorder: { calls: ['acme-analytics#default.record'], optionsArg: 0, unsafe: [{ path: 'mask.passwords', value: false }], capturesPasswordsByDefault: false },
};

export const replayer: VendorEntry = {
  id: 'replayer',
  name: 'Replayer',
  service: 'session_recording',
  docs: 'https://docs.replayer.io',
  packages: ['replayer'],
  receives: ['user.behavior.session_recording'],
  recorder: { calls: ['replayer#start'], optionsArg: 0, unsafe: [], capturesPasswordsByDefault: true },
};

export const acmePay: VendorEntry = {
  id: 'acme-pay',
  name: 'Acme Pay',
  service: 'payment_processor',
  docs: 'https://docs.acme-pay.io',
  packages: ['acme-pay-react'],
  hosts: ['js.acme-pay.io'],
  receives: ['user.financial.credit_card'],
  hostedFields: [
    { refs: ['acme-pay-react#CardField'], categories: ['user.financial.credit_card.number', 'user.financial.credit_card.cvc'] },
    { refs: ['AcmePay().mountFields'], categories: ['user.financial.credit_card'] },
  ],
};

export const testCatalog = compileDetectionCatalog([acmeAnalytics, replayer, acmePay]);
