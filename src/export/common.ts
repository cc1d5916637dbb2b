import { categoryAncestors, categories, getCategory, getPurpose } from '../catalog/taxonomy.js';
import { vendors } from '../catalog/vendors/index.js';
import type { CategoryEntry, PurposeEntry } from '../catalog/taxonomy.js';
import type { CollectEntry, Manifest, Recipient } from '../manifest/model.js';

/** An export's text and what the user should know about it (categories with no counterpart, guesses made). */
export interface ExportResult {
  text: string;
  warnings: string[];
}

export interface ExportOptions {
  /** Export only this surface (`surfaces[].id`); without it, `export.<target>.surfaces`, else every surface. */
  surface?: string;
}

/** The surfaces an export covers; `undefined` means all of them. */
export function selectSurfaces(manifest: Manifest, target: 'apple' | 'google_play' | 'fides', options: ExportOptions): readonly string[] | undefined {
  if (options.surface !== undefined) return [options.surface];
  const configured = manifest.export[target]?.surfaces ?? [];
  return configured.length > 0 ? configured : undefined;
}

/** An entry without `surfaces` applies to every surface. */
export function isOnSurfaces(entrySurfaces: readonly string[], selected: readonly string[] | undefined): boolean {
  if (selected === undefined || entrySurfaces.length === 0) return true;
  return entrySurfaces.some((surface) => selected.includes(surface));
}

type MappedField = 'apple' | 'google';

/**
 * The store vocabulary a category maps to (§4.2): its own column, else its nearest ancestor's
 * (`user.biometric.fingerprint` inherits `user.biometric`). A generic parent such as `user.demographic` has
 * no single answer and maps to nothing; `hasSpecificChildren` tells the caller to warn about it.
 */
export function mapCategory(key: string, field: MappedField): { values: readonly string[]; hasSpecificChildren: boolean } {
  for (const candidate of [key, ...categoryAncestors(key)]) {
    const values = getCategory(candidate)?.[field];
    if (values !== undefined && values.length > 0) return { values, hasSpecificChildren: false };
  }
  return { values: [], hasSpecificChildren: hasMappedDescendant(key, field) };
}

function hasMappedDescendant(key: string, field: MappedField): boolean {
  const prefix = `${key}.`;
  return categories.some((entry: CategoryEntry) => entry.key.startsWith(prefix) && (entry[field]?.length ?? 0) > 0);
}

/** A data use's value in another vocabulary, inherited down the data-use tree by the taxonomy (§2.7). */
export function mapPurpose(key: string, field: 'apple' | 'google' | 'cookieCategory'): string | undefined {
  const entry: PurposeEntry | undefined = getPurpose(key);
  return entry?.[field];
}

export function getRecipient(manifest: Manifest, id: string): Recipient | undefined {
  return manifest.recipients.find((recipient) => recipient.id === id);
}

/** The recipient's own name, else its vendor's (the manifest's `vendors`, then the catalog), else its id. */
export function recipientName(manifest: Manifest, recipient: Recipient): string {
  if (recipient.name !== undefined) return recipient.name;
  const vendorId = recipient.vendor;
  if (vendorId === undefined) return recipient.id;
  return manifest.vendors.find((vendor) => vendor.id === vendorId)?.name ?? vendors.find((vendor) => vendor.id === vendorId)?.name ?? vendorId;
}

/** Collect entries of the selected surfaces. */
export function entriesOn(manifest: Manifest, selected: readonly string[] | undefined): CollectEntry[] {
  return manifest.collect.filter((entry) => isOnSurfaces(entry.surfaces, selected));
}

/** Sorted, without duplicates. */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One RFC 4180 record: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',');
}

/** RFC 4180 text: CRLF after every record. */
export function csvText(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${csvRecord(record)}\r\n`).join('');
}
