/**
 * The shapes of Candor's knowledge. Everything a detector knows about vendors, APIs and vocabularies is
 * data of these types; detectors only interpret it.
 *
 * API patterns use the canonical `ApiRef` form of `core/facts.ts`, with these wildcards:
 * `*` matches exactly one name segment, `|` separates alternatives inside one segment
 * (`~res|response.cookie`), a module part ending in `/*` matches any package of that scope or any
 * subpath (`@sentry/*#init`), and a leading `...` matches the end of any reference, whatever its root
 * and with calls in between (`...headers.dnt` matches `~req.headers.dnt` and `next/headers#headers().dnt`).
 */

/** Service types (manifest-model §2.3 `recipients[].service`). */
export const serviceTypes = [
  'advertising',
  'analytics',
  'authentication',
  'cdn',
  'consent_management',
  'crm',
  'customer_support',
  'database',
  'email_delivery',
  'error_monitoring',
  'feature_flags',
  'hosting',
  'logging',
  'other',
  'payment_processor',
  'realtime_messaging',
  'recruiting',
  'session_recording',
  'social_login',
  'social_widget',
  'survey',
  'tag_manager',
  'uptime_monitoring',
] as const;
export type ServiceType = (typeof serviceTypes)[number];

/** Cookie categories (manifest-model §1.7, §2.3 `device_storage.items[].category`). */
export const cookieCategories = ['strictly_necessary', 'functional', 'analytics', 'marketing', 'unclassified'] as const;
export type CookieCategory = (typeof cookieCategories)[number];

export type StorageItemType = 'cookie' | 'local_storage' | 'session_storage' | 'indexeddb';

/** A cookie or storage key a vendor's SDK sets on the user's device. */
export interface VendorStorageItem {
  /** Name; with `match: 'glob'`, `*` stands for any run of characters (`_ga_*`). */
  name: string;
  match?: 'exact' | 'glob';
  type: StorageItemType;
  category: CookieCategory;
  /** `session`, an ISO-8601 duration (`P2Y`, `PT30M`) or `persistent`. */
  duration: string;
  /** Set on the vendor's own domain rather than the site's: a third-party cookie. */
  thirdParty?: boolean;
  /** Data categories the value holds; `[]` = no personal data. */
  contains: string[];
}

/** Session recorders: the option that turns password masking off, read statically from the init call. */
export interface RecorderMasking {
  /** Calls that start recording and take the options object, e.g. `rrweb#record`, `@sentry/*#replayIntegration`. */
  calls: string[];
  /** Index of the options argument. */
  optionsArg: number;
  /**
   * Option paths (dot-separated) and the values that make the recorder capture passwords,
   * e.g. `{ path: 'maskInputOptions.password', value: false }`.
   */
  unsafe: { path: string; value: boolean | string }[];
  /** Whether passwords are captured when no option says otherwise. */
  capturesPasswordsByDefault: boolean;
}

/** One vendor: everything needed to recognise its SDK in code and what it receives. */
export interface VendorEntry {
  /** Kebab-case id, used in manifests (`recipients[].vendor`) and reports. */
  id: string;
  /** Display name, e.g. `Google Analytics`. */
  name: string;
  /** Other names a privacy policy may use: `GA4`, `Braintree Payments`, `Logmatic.io`. */
  aliases?: string[];
  service: ServiceType;
  /** The vendor's developer docs for the SDK. */
  docs: string;
  privacyPolicy?: string;
  /** npm packages (exact names; `@scope/*` matches a whole scope). Importing one is evidence. */
  packages?: string[];
  /**
   * Calls and components that start the SDK in the browser (`@stripe/stripe-js#loadStripe`,
   * `mixpanel-browser#default.init`, `@auth0/auth0-react#Auth0Provider`). Its cookies and automatic
   * collection are reported where it starts, not in every file that imports it; without `init`, every
   * file that loads its package or script counts.
   */
  init?: string[];
  /**
   * Server-side packages (the Node `stripe` client, `posthog-node`): importing one makes the vendor a
   * recipient, but sets no cookie and collects nothing on the user's device.
   */
  serverPackages?: string[];
  /**
   * Calls that tell this vendor apart from another one sharing its script or global: in a file where one
   * of `refs` is used, evidence for the `overrides` vendors is this vendor's (`FB.login` makes Facebook's
   * SDK script Facebook Login rather than the social plugins).
   */
  identifiedBy?: { refs: string[]; overrides: string[] };
  /** Script, API and collection hosts, optionally with a path prefix: `www.googletagmanager.com/gtag/js`, `*.mouseflow.com`. */
  hosts?: string[];
  /** Globals its snippet defines and pages call: `gtag`, `fbq`, `_mfq`. */
  globals?: string[];
  /** Categories the vendor receives by default (a recipient inherits these unless `receives` is given). */
  receives: string[];
  /** Categories its script collects directly on the user's device once loaded (automatic collection). */
  collects?: string[];
  /** Cookies and storage keys its SDK sets. */
  storage?: VendorStorageItem[];
  /**
   * Calls and components whose payment or credential fields live inside the vendor's iframe or hosted
   * page (`@stripe/react-stripe-js#CardElement`, `braintree-web#hostedFields.create`): data typed there is
   * `stored_by: recipient_only`, with the categories listed.
   */
  hostedFields?: { refs: string[]; categories: string[] }[];
  /**
   * Calls that send user data to the vendor (`mixpanel-browser#default.identify`, `@sentry/*#setUser`).
   * Object keys and identifier names in their arguments are classified into categories: a flow.
   */
  dataCalls?: string[];
  recorder?: RecorderMasking;
  /**
   * An ad network that serves third parties' ads on the site (AdSense, GPT, Prebid), as opposed to a
   * conversion or retargeting pixel for the site's own ads. Breaks `no_third_party_advertising`.
   */
  adNetwork?: boolean;
  /** Catalog ids of vendors this one is part of or succeeded by (e.g. Logmatic.io → Datadog). */
  related?: string[];
}

/** How a cookie-writing API takes its arguments. */
export interface CookieWriteApi {
  /** Call pattern, e.g. `js-cookie#default.set`, `~res|response|reply.cookie`, `next/headers#cookies().set`. */
  call: string;
  /** Argument index of the name, or `object` when a single object carries `name`, `value` and options. */
  nameArg: number | 'object';
  valueArg: number;
  optionsArg: number;
  /** Option property holding the lifetime, and its unit. */
  lifetime: { property: string; unit: 'ms' | 's' | 'days' | 'date' }[];
  library: string;
  /** Runs on the server (Set-Cookie header) rather than in the browser. */
  server: boolean;
}

/** A web-storage or IndexedDB write API. */
export interface StorageWriteApi {
  call: string;
  type: Exclude<StorageItemType, 'cookie'> | 'cache_storage';
  /** Argument index of the key, or an option path inside that argument (`1.name` = argument 1, property `name`). */
  keyArg: number | string;
  valueArg?: number;
  /** Prefix the library adds to the key (redux-persist stores under `persist:<key>`). */
  keyPrefix?: string;
  /** Default key when the argument is absent (localforage's `localforage` database). */
  defaultKey?: string;
  library: string;
}

/** A browser or server API whose use collects a data category. */
export interface CollectingApi {
  /** API pattern read or called, e.g. `navigator.geolocation.getCurrentPosition`, `~req|request.ip`. */
  ref: string;
  /** `call` matches calls, `read` matches property reads, `any` both. */
  use: 'call' | 'read' | 'any';
  /** For `addEventListener`-style APIs: the first argument must be one of these strings. */
  firstArg?: string[];
  category: string;
  precision?: 'precise' | 'approximate' | 'postal_code' | 'city' | 'region' | 'country';
  /** Only counts when the same file sends data somewhere (reading `navigator.userAgent` alone is not collection). */
  requiresTransmission: boolean;
  confidence: 'strong' | 'medium' | 'weak';
  /** Short human name for messages: "precise geolocation", "keystroke capture". */
  label: string;
  /** A privacy signal this API reads (evidence for `signals`). */
  signal?: 'do_not_track' | 'global_privacy_control';
}

/** An API that sends a request; its URL argument names the receiving host. */
export interface NetworkApi {
  call: string;
  urlArg: number;
  /** `beacon`/`request`/`socket`: informational. */
  transport: 'request' | 'beacon' | 'socket';
}

/** A form library call or component that registers a field by name (`register('email')`, `<Field name="email">`). */
export interface FieldRegistrationApi {
  /** Call pattern, or an element tag reference (`formik#Field`). */
  ref: string;
  /** Argument index (calls) or attribute name (elements) carrying the field name. */
  name: number | string;
  library: string;
}
