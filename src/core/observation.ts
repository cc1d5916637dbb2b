import type { SourceRange } from './facts.js';

/** What kind of fact about data collection an observation records (DESIGN.md, "Observation"). */
export type ObservationKind =
  | 'form-field'
  | 'cookie'
  | 'storage'
  | 'sdk'
  | 'payment'
  | 'browser-api'
  | 'network'
  | 'flow';

export type StorageType = 'cookie' | 'local_storage' | 'session_storage' | 'indexeddb' | 'cache_storage';

/** How sure the detector is (reference §4.1): autocomplete/type/SDK/API = strong, name/id = medium, label text = weak. */
export type Confidence = 'strong' | 'medium' | 'weak';

/** Location precision, from finest to coarsest. */
export type Precision = 'precise' | 'approximate' | 'postal_code' | 'city' | 'region' | 'country';

/** Where data typed into a field lands: in our own code, or only inside a processor's iframe or hosted page. */
export type StoredBy = 'first_party' | 'recipient_only';

export interface CookieAttributes {
  domain?: string;
  /** Lifetime in seconds; `null` when the write sets no lifetime (a session cookie). */
  maxAgeSeconds?: number | null;
  httpOnly?: boolean;
  /** Set by the server (a `Set-Cookie` header), not by script in the page. */
  server?: boolean;
}

/** A fact seen in code, with its location. Observations are what both engines cross-check. */
export interface Observation extends SourceRange {
  kind: ObservationKind;
  /** Path relative to the scanned root, `/`-separated. */
  file: string;
  /** The source line (trimmed, shortened) that shows the observation. */
  evidence: string;
  confidence: Confidence;
  /** A fideslang data-category key. */
  category?: string;
  /** A vendor catalog id. */
  vendor?: string;
  /** Cookie name or storage key; a dynamic key keeps its known parts and `*` for the rest. */
  key?: string;
  storageType?: StorageType;
  /** Third-party host for `network` observations and hosts of vendor scripts. */
  host?: string;
  /** Browser or server API that was used, e.g. `navigator.geolocation.getCurrentPosition`. */
  api?: string;
  precision?: Precision;
  storedBy?: StoredBy;
  cookie?: CookieAttributes;
  /** Categories a stored value is built from (for `no_personal_data_in_storage`). */
  contains?: string[];
  /** Why the detector decided this, in a few words (shown in reports). */
  reason?: string;
  /** True when the observation is implied by the vendor catalog rather than seen literally (e.g. GA's `_ga` cookie). */
  implied?: boolean;
  /** For session recorders: whether typed passwords are captured (recorder configured without password masking). */
  capturesPasswords?: boolean;
  /** Set on a domain other than the site's own: a third-party cookie. */
  thirdParty?: boolean;
  /** A request sent over plain `http://` (or `ws://`). */
  insecure?: boolean;
  /** A privacy signal the code reads (evidence for the manifest's `signals`). */
  signal?: 'do_not_track' | 'global_privacy_control';
}

/** Something the detectors could not resolve statically (DESIGN principle 5). */
export interface Unresolved extends SourceRange {
  file: string;
  what: string;
}

export interface FileAnalysis {
  file: string;
  observations: Observation[];
  unresolved: Unresolved[];
}
