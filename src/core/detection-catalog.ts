import {
  collectingApis,
  cookieWriteApis,
  fieldRegistrationApis,
  getterMethods,
  networkApis,
  setCookieHeaderApis,
  storageWriteApis,
  transmitCalls,
} from '../catalog/apis.js';
import type {
  CollectingApi,
  CookieWriteApi,
  FieldRegistrationApi,
  NetworkApi,
  StorageWriteApi,
  VendorEntry,
} from '../catalog/types.js';
import { vendors } from '../catalog/vendors/index.js';
import type { RefPattern } from './api-ref.js';
import { compileRefPattern, patternNames } from './api-ref.js';
import { compileHostPattern, type HostPattern } from './hosts.js';

/**
 * The catalog compiled for detection: patterns parsed once, lookups indexed by package, global and
 * host. Built once per catalog (the built-in one, or the built-in one extended by a manifest's
 * `vendors` block) and shared by every file.
 */
export interface DetectionCatalog {
  vendors: readonly VendorEntry[];
  vendorById: ReadonlyMap<string, VendorEntry>;
  /** Exact package name → vendor. */
  packages: ReadonlyMap<string, VendorEntry>;
  /** Scope prefixes (`@sentry/`) → vendor. */
  packageScopes: readonly { prefix: string; vendor: VendorEntry }[];
  globals: ReadonlyMap<string, VendorEntry>;
  hosts: readonly { pattern: HostPattern; vendor: VendorEntry }[];
  dataCalls: readonly { pattern: RefPattern; vendor: VendorEntry }[];
  hostedFields: readonly { pattern: RefPattern; vendor: VendorEntry; categories: readonly string[] }[];
  recorders: readonly { pattern: RefPattern; vendor: VendorEntry }[];
  cookieApis: readonly { pattern: RefPattern; api: CookieWriteApi }[];
  setCookieHeaders: readonly { pattern: RefPattern; headerArg: number; valueArg: number }[];
  storageApis: readonly { pattern: RefPattern; api: StorageWriteApi }[];
  networkApis: readonly { pattern: RefPattern; api: NetworkApi }[];
  transmitCalls: readonly RefPattern[];
  collectingApis: readonly { pattern: RefPattern; api: CollectingApi }[];
  fieldRegistrations: readonly { pattern: RefPattern; api: FieldRegistrationApi }[];
  /** Member names that make a chain on a local variable worth recording (adapter filter). */
  interestingNames: ReadonlySet<string>;
}

export function compileDetectionCatalog(vendors: readonly VendorEntry[]): DetectionCatalog {
  const interestingNames = new Set<string>(getterMethods);
  const compile = (pattern: string): RefPattern => {
    for (const name of patternNames(pattern)) interestingNames.add(name);
    return compileRefPattern(pattern);
  };

  const packages = new Map<string, VendorEntry>();
  const packageScopes: { prefix: string; vendor: VendorEntry }[] = [];
  const globals = new Map<string, VendorEntry>();
  const hosts: { pattern: HostPattern; vendor: VendorEntry }[] = [];
  const dataCalls: { pattern: RefPattern; vendor: VendorEntry }[] = [];
  const hostedFields: { pattern: RefPattern; vendor: VendorEntry; categories: readonly string[] }[] = [];
  const recorders: { pattern: RefPattern; vendor: VendorEntry }[] = [];
  for (const vendor of vendors) {
    for (const name of vendor.packages ?? []) {
      if (name.endsWith('/*')) packageScopes.push({ prefix: name.slice(0, -1), vendor });
      else packages.set(name, vendor);
    }
    for (const name of vendor.globals ?? []) globals.set(name, vendor);
    for (const host of vendor.hosts ?? []) hosts.push({ pattern: compileHostPattern(host), vendor });
    for (const call of vendor.dataCalls ?? []) dataCalls.push({ pattern: compile(call), vendor });
    for (const group of vendor.hostedFields ?? []) {
      for (const ref of group.refs) hostedFields.push({ pattern: compile(ref), vendor, categories: group.categories });
    }
    for (const call of vendor.recorder?.calls ?? []) recorders.push({ pattern: compile(call), vendor });
  }
  // Longer host patterns first, so `www.paypal.com/sdk/js` wins over a bare host of another entry.
  hosts.sort((a, b) => b.pattern.specificity - a.pattern.specificity);

  return {
    vendors,
    vendorById: new Map(vendors.map((vendor) => [vendor.id, vendor])),
    packages,
    packageScopes,
    globals,
    hosts,
    dataCalls,
    hostedFields,
    recorders,
    cookieApis: cookieWriteApis.map((api) => ({ pattern: compile(api.call), api })),
    setCookieHeaders: setCookieHeaderApis.map((api) => ({ pattern: compile(api.call), headerArg: api.headerArg, valueArg: api.valueArg })),
    storageApis: storageWriteApis.map((api) => ({ pattern: compile(api.call), api })),
    networkApis: networkApis.map((api) => ({ pattern: compile(api.call), api })),
    transmitCalls: transmitCalls.map(compile),
    collectingApis: collectingApis.map((api) => ({ pattern: compile(api.ref), api })),
    fieldRegistrations: fieldRegistrationApis.map((api) => ({ pattern: compile(api.ref), api })),
    interestingNames,
  };
}

/** The vendor an npm module specifier belongs to (`@sentry/react/client` → sentry). */
export function vendorOfModule(catalog: DetectionCatalog, module: string): VendorEntry | undefined {
  const exact = catalog.packages.get(module);
  if (exact !== undefined) return exact;
  const packageName = packageNameOf(module);
  const byPackage = catalog.packages.get(packageName);
  if (byPackage !== undefined) return byPackage;
  for (const { prefix, vendor } of catalog.packageScopes) {
    if (packageName.startsWith(prefix)) return vendor;
  }
  return undefined;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageNameOf(module: string): string {
  const parts = module.split('/');
  if (module.startsWith('@')) return parts.slice(0, 2).join('/');
  return parts[0] ?? module;
}

let builtin: DetectionCatalog | undefined;

/** The built-in catalog, compiled once per process. */
export function defaultDetectionCatalog(): DetectionCatalog {
  builtin ??= compileDetectionCatalog(vendors);
  return builtin;
}
