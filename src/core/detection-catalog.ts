import {
  collectingApis,
  cookieWriteApis,
  fieldRegistrationApis,
  getterMethods,
  networkApis,
  setCookieHeaderApis,
  storageObjects,
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
import { compileRefPattern, patternNames, patternRoots, RefIndex, refRoot, tokenizeRef } from './api-ref.js';
import type { Interest } from '../adapters/typescript.js';
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
  /** Package names that identify a vendor from server code only. */
  serverPackages: ReadonlySet<string>;
  identifiers: RefIndex<VendorEntry>;
  inits: RefIndex<VendorEntry>;
  hosts: readonly { pattern: HostPattern; vendor: VendorEntry }[];
  dataCalls: RefIndex<VendorEntry>;
  hostedFields: RefIndex<{ vendor: VendorEntry; categories: readonly string[] }>;
  recorders: RefIndex<VendorEntry>;
  cookieApis: RefIndex<CookieWriteApi>;
  setCookieHeaders: RefIndex<{ headerArg: number; valueArg: number }>;
  storageApis: RefIndex<StorageWriteApi>;
  networkApis: RefIndex<NetworkApi>;
  transmitCalls: RefIndex<true>;
  collectingApis: RefIndex<CollectingApi>;
  fieldRegistrations: RefIndex<FieldRegistrationApi>;
  /** What the adapter records: references no pattern could match are skipped during the walk. */
  interest: Interest;
}

export function compileDetectionCatalog(vendors: readonly VendorEntry[]): DetectionCatalog {
  const interestingNames = new Set<string>(getterMethods);
  const roots = new Set<string>(Object.keys(storageObjects));
  const modulePrefixes: string[] = [];
  const compile = (pattern: string): RefPattern => {
    for (const name of patternNames(pattern)) interestingNames.add(name);
    for (const root of patternRoots(pattern)) {
      if (root.endsWith('/*')) modulePrefixes.push(root.slice(0, -1));
      else roots.add(root);
    }
    return compileRefPattern(pattern);
  };
  const index = <T, S>(items: readonly S[], pattern: (item: S) => string, payload: (item: S) => T): RefIndex<T> => {
    const built = new RefIndex<T>();
    for (const item of items) built.add(compile(pattern(item)), payload(item));
    return built;
  };

  const packages = new Map<string, VendorEntry>();
  const packageScopes: { prefix: string; vendor: VendorEntry }[] = [];
  const globals = new Map<string, VendorEntry>();
  const hosts: { pattern: HostPattern; vendor: VendorEntry }[] = [];
  const dataCalls = new RefIndex<VendorEntry>();
  const identifiers = new RefIndex<VendorEntry>();
  const inits = new RefIndex<VendorEntry>();
  const serverPackages = new Set<string>();
  const hostedFields = new RefIndex<{ vendor: VendorEntry; categories: readonly string[] }>();
  const recorders = new RefIndex<VendorEntry>();
  for (const vendor of vendors) {
    for (const name of vendor.packages ?? []) {
      if (name.endsWith('/*')) {
        packageScopes.push({ prefix: name.slice(0, -1), vendor });
        modulePrefixes.push(name.slice(0, -1));
      } else {
        packages.set(name, vendor);
        roots.add(name);
      }
    }
    for (const name of vendor.serverPackages ?? []) {
      packages.set(name, vendor);
      serverPackages.add(name);
      roots.add(name);
    }
    for (const ref of vendor.identifiedBy?.refs ?? []) identifiers.add(compile(ref), vendor);
    for (const ref of vendor.init ?? []) inits.add(compile(ref), vendor);
    for (const name of vendor.globals ?? []) {
      globals.set(name, vendor);
      roots.add(name);
    }
    for (const host of vendor.hosts ?? []) hosts.push({ pattern: compileHostPattern(host), vendor });
    for (const call of vendor.dataCalls ?? []) dataCalls.add(compile(call), vendor);
    for (const group of vendor.hostedFields ?? []) {
      for (const ref of group.refs) hostedFields.add(compile(ref), { vendor, categories: group.categories });
    }
    for (const call of vendor.recorder?.calls ?? []) recorders.add(compile(call), vendor);
  }
  // Longer host patterns first, so `www.paypal.com/sdk/js` wins over a bare host of another entry.
  hosts.sort((a, b) => b.pattern.specificity - a.pattern.specificity);

  const catalog: DetectionCatalog = {
    vendors,
    vendorById: new Map(vendors.map((vendor) => [vendor.id, vendor])),
    packages,
    packageScopes,
    globals,
    serverPackages,
    identifiers,
    inits,
    hosts,
    dataCalls,
    hostedFields,
    recorders,
    cookieApis: index(cookieWriteApis, (api) => api.call, (api) => api),
    setCookieHeaders: index(setCookieHeaderApis, (api) => api.call, (api) => ({ headerArg: api.headerArg, valueArg: api.valueArg })),
    storageApis: index(storageWriteApis, (api) => api.call, (api) => api),
    networkApis: index(networkApis, (api) => api.call, (api) => api),
    transmitCalls: index(transmitCalls, (call) => call, () => true as const),
    collectingApis: index(collectingApis, (api) => api.ref, (api) => api),
    fieldRegistrations: index(fieldRegistrationApis, (api) => api.ref, (api) => api),
    interest: { names: interestingNames, roots, modulePrefixes, keepsCall: (callee) => keepsCall(catalog, callee), keepsRead: (ref) => keepsRead(catalog, ref) },
  };
  return catalog;
}

/**
 * A call matters when some pattern of the catalog matches it, when it is rooted in a vendor's global,
 * or when it is a getter (`headers.get('dnt')` is matched as the read `headers.dnt`). Answers are
 * memoised by the indexes, so this costs a few map lookups per call.
 */
function keepsCall(catalog: DetectionCatalog, callee: string): boolean {
  const last = tokenizeRef(callee).at(-1);
  return (
    (last !== undefined && getterMethods.has(last)) ||
    catalog.globals.has(refRoot(callee)) ||
    [
      catalog.cookieApis,
      catalog.setCookieHeaders,
      catalog.storageApis,
      catalog.networkApis,
      catalog.transmitCalls,
      catalog.collectingApis,
      catalog.fieldRegistrations,
      catalog.dataCalls,
      catalog.hostedFields,
      catalog.recorders,
      catalog.inits,
      catalog.identifiers,
    ].some((index) => index.findAll(callee).length > 0)
  );
}

/** A read matters to the collecting APIs (by prefix), to a vendor's global, or to a vendor's identification. */
function keepsRead(catalog: DetectionCatalog, ref: string): boolean {
  return catalog.globals.has(refRoot(ref)) || catalog.collectingApis.findAll(ref, true).length > 0 || catalog.identifiers.findAll(ref).length > 0;
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
