import { describe, expect, it } from 'vitest';
import { exportApple } from '../../src/export/apple.js';
import { loadManifest } from '../../src/manifest/load.js';
import { loadAcme } from './acme-manifest.js';
import type { PlistValue } from './plist.js';
import { parsePlist } from './plist.js';

interface CollectedType {
  type: string;
  linked: boolean;
  tracking: boolean;
  purposes: string[];
}

function isRecord(value: PlistValue | undefined): value is { [key: string]: PlistValue } {
  return typeof value === 'object' && !Array.isArray(value);
}

function collectedTypes(root: PlistValue): CollectedType[] {
  if (!isRecord(root)) throw new Error('the plist root is not a dict');
  const list = root.NSPrivacyCollectedDataTypes;
  if (!Array.isArray(list)) throw new Error('NSPrivacyCollectedDataTypes is not an array');
  return list.map((item) => {
    if (!isRecord(item)) throw new Error('a collected data type is not a dict');
    const purposes = item.NSPrivacyCollectedDataTypePurposes;
    return {
      type: String(item.NSPrivacyCollectedDataType).replace('NSPrivacyCollectedDataType', ''),
      linked: item.NSPrivacyCollectedDataTypeLinked === true,
      tracking: item.NSPrivacyCollectedDataTypeTracking === true,
      purposes: Array.isArray(purposes) ? purposes.map((purpose) => String(purpose).replace('NSPrivacyCollectedDataTypePurpose', '')) : [],
    };
  });
}

describe('exportApple', () => {
  it('writes a well-formed property list with the four top-level keys', () => {
    const { text } = exportApple(loadAcme());
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"')).toBe(true);
    const root = parsePlist(text);
    expect(isRecord(root) ? Object.keys(root) : []).toEqual(['NSPrivacyTracking', 'NSPrivacyTrackingDomains', 'NSPrivacyCollectedDataTypes', 'NSPrivacyAccessedAPITypes']);
  });

  it('maps the iOS surface chosen under export.apple, skipping card data typed into the processor and on-device data', () => {
    const { text, warnings } = exportApple(loadAcme());
    const root = parsePlist(text);
    expect(collectedTypes(root)).toEqual([
      { type: 'AdvertisingData', linked: false, tracking: true, purposes: ['ThirdPartyAdvertising'] },
      { type: 'CustomerSupport', linked: true, tracking: false, purposes: ['AppFunctionality'] },
      { type: 'DeviceID', linked: false, tracking: true, purposes: ['ThirdPartyAdvertising'] },
      { type: 'EmailAddress', linked: true, tracking: false, purposes: ['AppFunctionality'] },
      { type: 'EmailsOrTextMessages', linked: true, tracking: false, purposes: ['AppFunctionality'] },
      { type: 'Name', linked: true, tracking: false, purposes: ['AppFunctionality'] },
      { type: 'PhysicalAddress', linked: true, tracking: false, purposes: ['AppFunctionality'] },
    ]);
    expect(warnings).toEqual([]);
  });

  it('declares tracking and the tracking recipients\' domains from the vendor entry', () => {
    const root = parsePlist(exportApple(loadAcme()).text);
    expect(isRecord(root) && root.NSPrivacyTracking).toBe(true);
    expect(isRecord(root) && root.NSPrivacyTrackingDomains).toEqual(['adnet.example', 'px.adnet.example']);
    expect(isRecord(root) && root.NSPrivacyAccessedAPITypes).toEqual([]);
  });

  it('exports another surface on request and warns about categories too general to map', () => {
    const { text, warnings } = exportApple(loadAcme(), { surface: 'web' });
    expect(collectedTypes(parsePlist(text)).map((entry) => entry.type)).toEqual(['CustomerSupport', 'EmailAddress', 'EmailsOrTextMessages', 'Name']);
    expect(warnings).toEqual([
      '`user.demographic` is too general for an Apple data type and was left out. Declare its specific categories (for example `user.demographic.…`) to export them.',
    ]);
    const root = parsePlist(text);
    expect(isRecord(root) && root.NSPrivacyTracking).toBe(false);
    expect(isRecord(root) && root.NSPrivacyTrackingDomains).toEqual([]);
  });

  it('leaves out Mindomo\'s card data (entered only in Braintree and 2Checkout) but keeps its purchase and billing data', () => {
    const { text } = exportApple(loadManifest('fixtures/manifests/seed-003-mindomo.yaml').manifest);
    const types = collectedTypes(parsePlist(text));
    expect(types.map((entry) => entry.type)).not.toContain('PaymentInfo');
    expect(types.map((entry) => entry.type)).toEqual([
      'BrowsingHistory',
      'CoarseLocation',
      'CustomerSupport',
      'DeviceID',
      'EmailAddress',
      'EmailsOrTextMessages',
      'Name',
      'OtherDataTypes',
      'OtherDiagnosticData',
      'OtherFinancialInfo',
      'OtherUsageData',
      'PhoneNumber',
      'PhysicalAddress',
      'ProductInteraction',
      'PurchaseHistory',
      'UserID',
    ]);
    expect(types.find((entry) => entry.type === 'PurchaseHistory')?.purposes).toEqual(['AppFunctionality', 'Other']);
  });

  it('leaves out Mouseflow\'s PayPal card data too', () => {
    const types = collectedTypes(parsePlist(exportApple(loadManifest('fixtures/manifests/seed-004-mouseflow.yaml').manifest).text));
    expect(types.map((entry) => entry.type)).not.toContain('PaymentInfo');
    expect(types.find((entry) => entry.type === 'EmailAddress')?.purposes).toEqual(['DeveloperAdvertising', 'AppFunctionality']);
  });
});
