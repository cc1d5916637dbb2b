import { vendors } from '../catalog/vendors/index.js';
import type { Manifest } from '../manifest/model.js';
import type { ExportOptions, ExportResult } from './common.js';
import { entriesOn, getRecipient, mapCategory, mapPurpose, selectSurfaces, uniqueSorted } from './common.js';

// https://developer.apple.com/documentation/bundleresources/app-privacy-configuration/nsprivacycollecteddatatypes
const dataTypePrefix = 'NSPrivacyCollectedDataType';
const purposePrefix = 'NSPrivacyCollectedDataTypePurpose';
/** Apple's payment exception: card or bank details typed only into a processor's UI are not collected. */
const paymentInfo = 'PaymentInfo';
const purposeOrder = ['ThirdPartyAdvertising', 'DeveloperAdvertising', 'Analytics', 'ProductPersonalization', 'AppFunctionality', 'Other'];

interface DataTypeUse {
  linked: boolean;
  tracking: boolean;
  purposes: Set<string>;
}

/**
 * `PrivacyInfo.xcprivacy` for the manifest's iOS surface (manifest-model §2.6): one entry per Apple data
 * type the collected categories reach, except data kept on the device or not stored, and card data entered
 * only in a processor's UI. `linked` and `tracking` are ORed over the entries; `linked` defaults to true,
 * the safer answer when the manifest does not say.
 */
export function exportApple(manifest: Manifest, options: ExportOptions = {}): ExportResult {
  const warnings: string[] = [];
  const unmapped = new Set<string>();
  const types = new Map<string, DataTypeUse>();
  const trackingRecipients = new Set<string>();
  for (const entry of entriesOn(manifest, selectSurfaces(manifest, 'apple', options))) {
    if (entry.stored_by === 'on_device' || entry.stored_by === 'not_stored') continue;
    const tracking = entry.tracking === true;
    if (tracking) for (const recipient of entry.recipients) trackingRecipients.add(recipient);
    const purposes = new Set<string>();
    for (const purpose of entry.purposes) {
      const apple = mapPurpose(purpose, 'apple');
      if (apple !== undefined) purposes.add(apple);
    }
    if (purposes.size === 0) {
      purposes.add('Other');
      warnings.push(`\`collect.${entry.id}\` has no purpose with an Apple counterpart; exported as \`Other\`. Add a purpose such as \`essential.service\` to it.`);
    }
    for (const category of entry.categories) {
      const mapped = mapCategory(category.key, 'apple');
      if (mapped.hasSpecificChildren) unmapped.add(category.key);
      for (const type of mapped.values) {
        if (type === paymentInfo && entry.stored_by === 'recipient_only') continue;
        const use = types.get(type) ?? { linked: false, tracking: false, purposes: new Set<string>() };
        use.linked ||= entry.linked !== false;
        use.tracking ||= tracking;
        for (const purpose of purposes) use.purposes.add(purpose);
        types.set(type, use);
      }
    }
  }
  for (const key of uniqueSorted(unmapped)) {
    warnings.push(`\`${key}\` is too general for an Apple data type and was left out. Declare its specific categories (for example \`${key}.…\`) to export them.`);
  }
  const tracking = [...types.values()].some((use) => use.tracking);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>NSPrivacyTracking</key>',
    `\t${tracking ? '<true/>' : '<false/>'}`,
    '\t<key>NSPrivacyTrackingDomains</key>',
    ...stringArray(trackingDomains(manifest, trackingRecipients), 1),
    '\t<key>NSPrivacyCollectedDataTypes</key>',
    ...dataTypes(types),
    // Required-reason APIs are native iOS APIs; web code cannot show them, so the list starts empty.
    '\t<key>NSPrivacyAccessedAPITypes</key>',
    '\t<array/>',
    '</dict>',
    '</plist>',
  ];
  return { text: `${lines.join('\n')}\n`, warnings };
}

function dataTypes(types: ReadonlyMap<string, DataTypeUse>): string[] {
  if (types.size === 0) return ['\t<array/>'];
  const lines = ['\t<array>'];
  for (const type of uniqueSorted(types.keys())) {
    const use = types.get(type);
    if (use === undefined) continue;
    const purposes = [...use.purposes].sort((a, b) => purposeOrder.indexOf(a) - purposeOrder.indexOf(b));
    lines.push(
      '\t\t<dict>',
      '\t\t\t<key>NSPrivacyCollectedDataType</key>',
      `\t\t\t<string>${dataTypePrefix}${escapeXml(type)}</string>`,
      '\t\t\t<key>NSPrivacyCollectedDataTypeLinked</key>',
      `\t\t\t${use.linked ? '<true/>' : '<false/>'}`,
      '\t\t\t<key>NSPrivacyCollectedDataTypeTracking</key>',
      `\t\t\t${use.tracking ? '<true/>' : '<false/>'}`,
      '\t\t\t<key>NSPrivacyCollectedDataTypePurposes</key>',
      ...stringArray(
        purposes.map((purpose) => `${purposePrefix}${purpose}`),
        3,
      ),
      '\t\t</dict>',
    );
  }
  lines.push('\t</array>');
  return lines;
}

function stringArray(values: readonly string[], depth: number): string[] {
  const indent = '\t'.repeat(depth);
  if (values.length === 0) return [`${indent}<array/>`];
  return [`${indent}<array>`, ...values.map((value) => `${indent}\t<string>${escapeXml(value)}</string>`), `${indent}</array>`];
}

/** Hosts of the recipients that tracking entries send data to, from the vendor catalog and the manifest's own vendors. */
function trackingDomains(manifest: Manifest, recipientIds: ReadonlySet<string>): string[] {
  const domains: string[] = [];
  for (const id of recipientIds) {
    const vendorId = getRecipient(manifest, id)?.vendor;
    if (vendorId === undefined) continue;
    const hosts = manifest.vendors.find((vendor) => vendor.id === vendorId)?.hosts ?? vendors.find((vendor) => vendor.id === vendorId)?.hosts ?? [];
    for (const host of hosts) domains.push(toDomain(host));
  }
  return uniqueSorted(domains.filter((domain) => domain !== ''));
}

/** `*.mouseflow.com` → `mouseflow.com`; `www.googletagmanager.com/gtag/js` → `www.googletagmanager.com`. */
function toDomain(host: string): string {
  const withoutPath = host.split('/')[0] ?? '';
  return withoutPath.startsWith('*.') ? withoutPath.slice(2) : withoutPath;
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
