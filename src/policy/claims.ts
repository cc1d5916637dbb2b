import {
  childrenPhrases,
  compositePhrases,
  dataPracticeCue,
  deniedVerbs,
  denialPatterns,
  brandStopWords,
  genericPersonalData,
  ownDataPhrases,
  policyPhrases,
  retentionCue,
  retentionDuration,
  retentionPhrases,
  salePhrases,
  serviceCues,
  signalPhrases,
  signalVerbs,
  technologyPhrases,
  thirdPartyCookieUse,
} from '../catalog/data/policy-phrases.js';
import type { TechnologyName } from '../catalog/data/policy-phrases.js';
import type { VendorEntry } from '../catalog/types.js';
import { findElaborations, isListItem } from './lists.js';
import type { Span } from './lists.js';
import { findExceptions, findNegations, isInside } from './negation.js';
import type { Negation } from './negation.js';

/** Negative claim types, as in the manifest's `claims[].type` (manifest-model §2.4). */
export type NegativeClaimType =
  | 'not_collected'
  | 'not_stored'
  | 'not_shared'
  | 'not_sold'
  | 'no_third_party_cookies'
  | 'no_cross_site_tracking'
  | 'no_global_identifier'
  | 'no_advertising'
  | 'no_third_party_advertising'
  | 'no_targeted_advertising'
  | 'no_personal_data_in_storage'
  | 'user_entered_only';

export type { TechnologyName };

/** Where a claim was read: the sentence quoted, its span in the original input and its 1-based position. */
export interface ClaimSource {
  /** The sentence (after markup removal); an enumeration item is prefixed with its lead-in and `…`. */
  quote: string;
  /** Character offsets in the original input, end exclusive. */
  start: number;
  end: number;
  line: number;
  column: number;
  /** `heading`: read from a heading or a question ("Who can see my password?") rather than a statement. */
  evidence: 'text' | 'heading';
}

/** A data category the policy says is collected (or used, stored, shared: all imply collection). */
export interface CollectedClaim extends ClaimSource {
  kind: 'collected';
  /** fideslang key. */
  category: string;
  /** The words that named it. */
  phrase: string;
}

/**
 * A denial, typed like the manifest's `claims`: `not_collected` "we do NOT collect any passwords",
 * `no_third_party_cookies`, `not_sold` … `categories` are what it denies (`user` = personal data in
 * general); empty for types that need none.
 */
export interface NotCollectedClaim extends ClaimSource {
  kind: 'not-collected';
  type: NegativeClaimType;
  categories: string[];
}

/** A vendor or processor named in the text, matched by the catalog's `name` and `aliases`. */
export interface VendorClaim extends ClaimSource {
  kind: 'vendor';
  /** Catalog id. */
  vendor: string;
  /** As written. */
  name: string;
  /** The vendor is the policy's own company (named in the title), not a recipient. */
  self: boolean;
  /** Named in a denial ("we do not use Google Analytics"). */
  denied: boolean;
}

export interface TechnologyClaim extends ClaimSource {
  kind: 'technology';
  technology: TechnologyName;
  used: boolean;
}

export interface SignalClaim extends ClaimSource {
  kind: 'signal';
  signal: 'do_not_track' | 'global_privacy_control';
  status: 'honored' | 'not_honored';
}

export interface ChildrenClaim extends ClaimSource {
  kind: 'children';
  /** `mentioned`: only a heading survives (partial texts). */
  topic: 'min_age' | 'parental_consent' | 'not_directed' | 'no_knowing_collection' | 'mentioned';
  age?: number;
}

export interface RetentionClaim extends ClaimSource {
  kind: 'retention';
  /** A manifest retention keyword (`as_long_as_necessary`, `statute_of_limitations` …) or an ISO-8601 duration. */
  period: string;
}

export interface SaleClaim extends ClaimSource {
  kind: 'sale';
  /** `shared_for_advertising`: CPRA "sharing" with advertising partners; `business_transfer`: merger or acquisition. */
  status: 'sold' | 'not_sold' | 'shared_for_advertising' | 'business_transfer';
}

/** A row of a published CCPA disclosure table ("Geolocation data … No"). */
export interface CcpaClaim extends ClaimSource {
  kind: 'ccpa';
  /** `regional.ccpa` row name (`identifiers`, `geolocation` …). */
  row: string;
  collected: boolean;
}

export type PolicyClaim =
  | CollectedClaim
  | NotCollectedClaim
  | VendorClaim
  | TechnologyClaim
  | SignalClaim
  | ChildrenClaim
  | RetentionClaim
  | SaleClaim
  | CcpaClaim;

export type ClaimKind = PolicyClaim['kind'];

/** A claim before its position in the original input is known: spans index the unit's text. */
export type DraftClaim = DistributiveOmit<PolicyClaim, keyof ClaimSource> & { evidence?: ClaimSource['evidence'] };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The identity of a claim: two claims with one key say the same thing. Used to deduplicate and to score. */
export function claimKey(claim: DraftClaim): string {
  switch (claim.kind) {
    case 'collected':
      return `collected:${claim.category}`;
    case 'not-collected':
      return `not-collected:${claim.type}:${[...claim.categories].sort().join(',')}`;
    case 'vendor':
      return `vendor:${claim.vendor}`;
    case 'technology':
      return `technology:${claim.technology}:${claim.used}`;
    case 'signal':
      return `signal:${claim.signal}:${claim.status}`;
    case 'children':
      return `children:${claim.topic}${claim.age === undefined ? '' : `:${claim.age}`}`;
    case 'retention':
      return `retention:${claim.period}`;
    case 'sale':
      return `sale:${claim.status}`;
    case 'ccpa':
      return `ccpa:${claim.row}:${claim.collected}`;
  }
}

const boundary = (source: string): string => `(?<![A-Za-z0-9])(?:${source})(?![A-Za-z0-9])`;
const compile = (source: string): RegExp => new RegExp(boundary(source), 'gi');

interface PhraseMatcher {
  pattern: RegExp;
  categories: readonly string[];
  listOnly: boolean;
  generic: boolean;
}

const phraseMatchers: readonly PhraseMatcher[] = buildPhraseMatchers();
const ownDataMatchers = ownDataPhrases.map(compile);

function buildPhraseMatchers(): PhraseMatcher[] {
  const result: PhraseMatcher[] = [];
  for (const [category, phrases] of Object.entries(policyPhrases)) {
    for (const phrase of phrases.phrases ?? []) result.push({ pattern: compile(phrase), categories: [category], listOnly: false, generic: false });
    for (const phrase of phrases.listItems ?? []) result.push({ pattern: compile(phrase), categories: [category], listOnly: true, generic: false });
  }
  for (const composite of compositePhrases) {
    result.push({ pattern: compile(composite.pattern), categories: composite.categories, listOnly: false, generic: false });
  }
  for (const phrase of genericPersonalData) result.push({ pattern: compile(phrase), categories: ['user'], listOnly: false, generic: true });
  return result;
}

const technologyMatchers: readonly { pattern: RegExp; technology: TechnologyName }[] = Object.entries(technologyPhrases).flatMap(
  ([technology, phrases]) => phrases.map((phrase) => ({ pattern: compile(phrase), technology: technology as TechnologyName })),
);

const dataPractice = new RegExp(`\\b(?:${dataPracticeCue})`, 'i');
const deniedVerbMatchers = deniedVerbs.map((verb) => ({ type: verb.type, pattern: new RegExp(boundary(verb.pattern), 'i') }));
const denialMatchers = denialPatterns.map((pattern) => ({
  ...pattern,
  regex: new RegExp(boundary(pattern.pattern), 'i'),
  requiresRegex: pattern.requires === undefined ? undefined : new RegExp(boundary(pattern.requires), 'i'),
}));
const childrenContext = new RegExp(boundary(childrenPhrases.context), 'i');
const ageMention = new RegExp(childrenPhrases.age, 'gi');
const coordinatedAge = new RegExp(childrenPhrases.coordinatedAge, 'i');
const businessTransfer = new RegExp(boundary(salePhrases.businessTransfer), 'i');
const comparative = /\bmore\b[^.]*\bthan\b/i;
const hypothetical = /\b(?:if|you|users?|visitors?|parents?|whether|prefer)\b/i;

/** A data-category phrase found in a unit's text. */
export interface Mention extends Span {
  categories: readonly string[];
  phrase: string;
  /** Personal data in general ("your personal information"). */
  generic: boolean;
}

/**
 * Category phrases in `text`, longest match first, without overlaps. List-only words ("Name", "email")
 * count only as whole enumeration items.
 */
export function findCategoryMentions(text: string): Mention[] {
  const candidates: Mention[] = [];
  const own: Span[] = [];
  for (const pattern of ownDataMatchers) for (const match of text.matchAll(pattern)) own.push({ start: match.index, end: match.index + match[0].length });
  for (const matcher of phraseMatchers) {
    for (const match of text.matchAll(matcher.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (matcher.listOnly && !isListItem(text, start, end)) continue;
      if (isInside({ start, end }, own)) continue;
      candidates.push({ start, end, categories: matcher.categories, phrase: match[0], generic: matcher.generic });
    }
  }
  return selectLongest(candidates);
}

function selectLongest<T extends Span>(candidates: T[]): T[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: T[] = [];
  for (const candidate of candidates) {
    let overlaps = false;
    for (const other of chosen) if (candidate.start < other.end && other.start < candidate.end) overlaps = true;
    if (!overlaps) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** True when `ancestor` is `key` or one of its ancestors. */
function covers(ancestor: string, key: string): boolean {
  return key === ancestor || key.startsWith(`${ancestor}.`);
}

/**
 * Drops a head phrase that an enumeration spells out ("billing information (name, country, VAT ID)",
 * "payment details such as your credit card number"): the items are the more precise statement.
 */
function dropElaboratedHeads(text: string, mentions: readonly Mention[]): Mention[] {
  const dropped = new Set<Mention>();
  for (const elaboration of findElaborations(text)) {
    let head: Mention | undefined;
    const items: Mention[] = [];
    for (const mention of mentions) {
      if (mention.end <= elaboration.headEnd && elaboration.headEnd - mention.end <= 3) head = mention;
      if (mention.start >= elaboration.items.start && mention.end <= elaboration.items.end) items.push(mention);
    }
    if (head === undefined || items.length === 0) continue;
    const itemCategories = items.flatMap((item) => item.categories);
    const spelledOut =
      head.generic || head.categories.every((category) => itemCategories.some((item) => covers(category, item)) || head.categories.length > 1);
    if (spelledOut) dropped.add(head);
  }
  return mentions.filter((mention) => !dropped.has(mention));
}

/** One sentence to read, with the lead-in of the list it belongs to, if any. */
export interface Unit {
  /** Lead-in (without its colon), a space, then the sentence. */
  text: string;
  /** Where the sentence itself starts in `text`. */
  ownStart: number;
  /** The sentence came from a heading block. */
  heading: boolean;
  /** The section heading says the section is about children. */
  childrenSection: boolean;
  /** The section heading says the section lists what is collected ("What we collect"). */
  collectionSection: boolean;
  /** Specific categories named in the previous sentence, for "such addresses", "those communications". */
  previous: readonly Mention[];
}

/** A claim drafted from a unit, with the span of the unit text it rests on. */
export interface UnitClaims {
  claims: DraftClaim[];
  /** Specific category mentions of this unit (for the next unit's anaphora). */
  mentions: Mention[];
}

/** Reads one unit: categories collected and denied, technologies, signals, children, retention and sale statements. */
export function readUnit(unit: Unit, vendorMatcher: VendorMatcher): UnitClaims {
  const { text, ownStart } = unit;
  const own = text.slice(ownStart);
  const mentions = dropElaboratedHeads(
    text,
    findCategoryMentions(own).map((mention) => ({ ...mention, start: mention.start + ownStart, end: mention.end + ownStart })),
  );
  const negations = findNegations(text).filter((negation) => negation.scope.end > ownStart);
  const exceptions = findExceptions(text, negations).filter((exception) => exception.end > ownStart);
  const claims: DraftClaim[] = [];
  const negated: Span[] = [];
  const consumed: Span[] = [];

  for (const negation of negations) {
    negated.push(negation.scope);
    if (negation.subject !== undefined) negated.push(negation.subject);
    claims.push(...readDenial(unit, negation, mentions, consumed));
  }
  for (const exception of exceptions) {
    negated.push(exception);
    const excluded = mentions.filter((mention) => !mention.generic && isInside(mention, [exception]));
    if (excluded.length === 0) continue;
    const type = deniedVerbType(text.slice(0, exception.start)) ?? 'not_collected';
    claims.push({ kind: 'not-collected', type, categories: uniqueCategories(excluded) });
  }

  const isQuestion = /\?\s*$/.test(own) && /\b(?:my|your)\b/i.test(own);
  const isPractice = dataPractice.test(text) || isQuestion || unit.collectionSection;
  if (isPractice) {
    for (const mention of mentions) {
      if (mention.generic || isInside(mention, negated) || isInside(mention, consumed)) continue;
      const evidence = unit.heading || (isQuestion && !dataPractice.test(text)) ? 'heading' : 'text';
      for (const category of mention.categories) claims.push({ kind: 'collected', category, phrase: mention.phrase, evidence });
    }
  }

  claims.push(...readTechnologies(unit, negations));
  claims.push(...readSignals(text, negations));
  claims.push(...readChildren(unit, negations));
  claims.push(...readRetention(text));
  claims.push(...readSale(unit, negations, mentions));
  claims.push(...vendorMatcher.read(unit, negations));
  return { claims, mentions: mentions.filter((mention) => !mention.generic) };
}

function uniqueCategories(mentions: readonly Mention[]): string[] {
  const result: string[] = [];
  for (const mention of mentions) for (const category of mention.categories) if (!result.includes(category)) result.push(category);
  return result;
}

function deniedVerbType(text: string): NegativeClaimType | undefined {
  let found: { type: NegativeClaimType; index: number } | undefined;
  for (const verb of deniedVerbMatchers) {
    const match = verb.pattern.exec(text);
    if (match !== null && (found === undefined || match.index > found.index)) found = { type: verb.type, index: match.index };
  }
  return found?.type;
}

/** The claims one negation makes: typed by a denial pattern, else by its verbs. */
function readDenial(unit: Unit, negation: Negation, mentions: readonly Mention[], consumed: Span[]): DraftClaim[] {
  const { text } = unit;
  const scopeText = text.slice(negation.scope.start, negation.scope.end);
  const lead = text.slice(Math.max(0, negation.cue.start - 40), negation.cue.start).split(/\s+/).slice(-5).join(' ');
  // "If you prefer not to share …", "that you do not enter": the user's choice, not the company's promise.
  if (hypothetical.test(lead)) return [];
  const region: Span[] = [negation.scope];
  if (negation.subject !== undefined) region.push(negation.subject);
  const inRegion = (mention: Mention): boolean => isInside(mention, region) && !isInside(mention, consumed);
  const claims: DraftClaim[] = [];
  const seenTypes = new Set<NegativeClaimType>();
  for (const pattern of denialMatchers) {
    const match = pattern.regex.exec(scopeText);
    if (match === null || seenTypes.has(pattern.type)) continue;
    if (pattern.requiresRegex !== undefined && !pattern.requiresRegex.test(text)) continue;
    seenTypes.add(pattern.type);
    const categories = pattern.withCategories === true ? deniedCategories(unit, negation, mentions.filter(inRegion)) : [];
    claims.push({ kind: 'not-collected', type: pattern.type, categories });
    if (pattern.type === 'not_sold') claims.push({ kind: 'sale', status: 'not_sold' });
    if (pattern.consume === 'scope') {
      consumed.push(negation.scope);
      return claims;
    }
    const start = negation.scope.start + match.index;
    consumed.push({ start, end: start + match[0].length });
  }
  if (childrenContext.test(scopeText) || comparative.test(scopeText) || businessTransfer.test(scopeText)) return claims;
  const types: NegativeClaimType[] = [];
  for (const verb of deniedVerbMatchers) if (verb.pattern.test(scopeText)) types.push(verb.type);
  if (types.length === 0) return claims;
  const categories = deniedCategories(unit, negation, mentions.filter(inRegion));
  if (categories.length === 0) return claims;
  for (const type of types) {
    claims.push({ kind: 'not-collected', type, categories });
    if (type === 'not_sold') claims.push({ kind: 'sale', status: 'not_sold' });
  }
  return claims;
}

const anaphor = /\b(?:such|these|those|this|that|the above)\s+([a-z-]+)/gi;
const pronoun = /\b(?:them|it|they)\b/i;

/**
 * What a denial denies: the categories named in its scope (and passive subject), else what an anaphor
 * points back to ("Such addresses" → the e-mail addresses of the previous sentence; "them" → the grades
 * named earlier in the sentence; "this information" → personal data in general). Specific categories
 * make a generic mention redundant.
 */
function deniedCategories(unit: Unit, negation: Negation, inScope: readonly Mention[]): string[] {
  if (inScope.length > 0) return uniqueCategories(inScope);
  const start = negation.subject?.start ?? negation.scope.start;
  const region = unit.text.slice(start, negation.scope.end);
  for (const match of region.matchAll(anaphor)) {
    const noun = (match[1] ?? '').toLowerCase();
    if (noun === 'information' || noun === 'data') return ['user'];
    const stem = noun.replace(/(?:es|s)$/, '');
    const referent = unit.previous.filter((mention) => mention.phrase.toLowerCase().split(/\s+/).pop()?.startsWith(stem) === true);
    if (referent.length > 0) return uniqueCategories(referent);
  }
  if (pronoun.test(region)) {
    const earlier = findCategoryMentions(unit.text.slice(0, negation.cue.start)).filter((mention) => !mention.generic);
    if (earlier.length > 0) return uniqueCategories(earlier);
  }
  return [];
}

const usageVerb = /\b(?:use|uses|used|using|set|sets|place|places|placed|employ|employs|rely|relies|deploy|deploys|serve|serves)\b/i;
const thirdPartyCookiePattern = new RegExp(
  `\\b(?:${thirdPartyCookieUse.actor})\\b[^.;]{0,120}?\\b(?:${thirdPartyCookieUse.verbs})\\b[^.;]{0,60}?\\bcookies\\b`,
  'i',
);

function readTechnologies(unit: Unit, negations: readonly Negation[]): DraftClaim[] {
  const { text, ownStart } = unit;
  const own = text.slice(ownStart);
  const candidates: (Span & { technology: TechnologyName })[] = [];
  for (const matcher of technologyMatchers) {
    for (const match of own.matchAll(matcher.pattern)) {
      candidates.push({ start: ownStart + match.index, end: ownStart + match.index + match[0].length, technology: matcher.technology });
    }
  }
  const claims: DraftClaim[] = [];
  for (const found of selectLongest(candidates)) {
    const denial = negations.find((negation) => isInside(found, [negation.scope]));
    if (denial === undefined) {
      claims.push({ kind: 'technology', technology: found.technology, used: true });
      continue;
    }
    // "We do NOT use 3rd party cookies" denies use; "without cookies, you will not have access" says nothing.
    if (usageVerb.test(text.slice(denial.scope.start, found.start))) {
      claims.push({ kind: 'technology', technology: found.technology, used: false });
    }
  }
  const thirdParty = thirdPartyCookiePattern.exec(own);
  if (thirdParty !== null && !negations.some((negation) => negation.cue.start >= ownStart + thirdParty.index && negation.cue.start < ownStart + thirdParty.index + thirdParty[0].length)) {
    claims.push({ kind: 'technology', technology: 'third_party_cookie', used: true });
  }
  return claims;
}

const signalMatchers = (Object.entries(signalPhrases) as [SignalClaim['signal'], string][]).map(([signal, phrase]) => ({
  signal,
  pattern: new RegExp(phrase, 'i'),
}));
const signalVerb = new RegExp(`\\b(?:${signalVerbs})\\b`, 'i');

function readSignals(text: string, negations: readonly Negation[]): DraftClaim[] {
  const claims: DraftClaim[] = [];
  for (const { signal, pattern } of signalMatchers) {
    if (!pattern.test(text)) continue;
    const denied = negations.some((negation) => signalVerb.test(text.slice(negation.scope.start, negation.scope.end)));
    if (denied) claims.push({ kind: 'signal', signal, status: 'not_honored' });
    else if (signalVerb.test(text)) claims.push({ kind: 'signal', signal, status: 'honored' });
  }
  return claims;
}

const notDirected = new RegExp(`\\b(?:${childrenPhrases.notDirected})\\b`, 'i');
const knowingly = new RegExp(`\\b(?:${childrenPhrases.knowingly})\\b`, 'i');
const parentalConsent = new RegExp(childrenPhrases.parentalConsent, 'i');
const childrenHeading = new RegExp(boundary(childrenPhrases.heading), 'i');

function readChildren(unit: Unit, negations: readonly Negation[]): DraftClaim[] {
  const { text } = unit;
  const inContext = childrenContext.test(text);
  if (!inContext && !unit.childrenSection) return [];
  const claims: DraftClaim[] = [];
  if (inContext) {
    for (const match of text.matchAll(ageMention)) {
      claims.push({ kind: 'children', topic: 'min_age', age: Number(match[1]) });
      const more = coordinatedAge.exec(text.slice(match.index + match[0].length));
      if (more?.[1] !== undefined) claims.push({ kind: 'children', topic: 'min_age', age: Number(more[1]) });
    }
  }
  if (parentalConsent.test(text)) claims.push({ kind: 'children', topic: 'parental_consent' });
  // A heading alone ("Our Commitment to Children's Privacy") still says the policy addresses children.
  if (claims.length === 0 && childrenHeading.test(text.slice(unit.ownStart)) && text.length - unit.ownStart <= 60) {
    claims.push({ kind: 'children', topic: 'mentioned' });
  }
  for (const negation of negations) {
    const scope = text.slice(negation.scope.start, negation.scope.end);
    if (notDirected.test(scope)) claims.push({ kind: 'children', topic: 'not_directed' });
    if (knowingly.test(scope)) claims.push({ kind: 'children', topic: 'no_knowing_collection' });
  }
  return claims;
}

const retentionMatchers = retentionPhrases.map((phrase) => ({ period: phrase.period, pattern: new RegExp(boundary(phrase.pattern), 'i') }));
const retentionCuePattern = new RegExp(boundary(retentionCue), 'i');
const durationPattern = new RegExp(retentionDuration, 'gi');
const numberWords: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, twelve: 12, eighteen: 18,
  'twenty-four': 24, thirty: 30, sixty: 60, ninety: 90,
};

function readRetention(text: string): DraftClaim[] {
  if (!retentionCuePattern.test(text)) return [];
  const claims: DraftClaim[] = [];
  for (const matcher of retentionMatchers) if (matcher.pattern.test(text)) claims.push({ kind: 'retention', period: matcher.period });
  for (const match of text.matchAll(durationPattern)) {
    const count = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : numberWords[(match[1] ?? '').toLowerCase()];
    const unit = (match[2] ?? '').toLowerCase().charAt(0).toUpperCase();
    if (count !== undefined) claims.push({ kind: 'retention', period: `P${count}${unit}` });
  }
  return claims;
}

const sellVerb = /\b(?:sell|sells|sold|selling)\b/i;
const transferVerb = new RegExp(`\\b(?:${salePhrases.transferVerb})\\b`, 'i');
const advertisingPartners = new RegExp(`\\b(?:${salePhrases.advertisingPartners})\\b`, 'i');
const shareVerb = new RegExp(`\\b(?:${salePhrases.shareVerb})\\b`, 'i');

function readSale(unit: Unit, negations: readonly Negation[], mentions: readonly Mention[]): DraftClaim[] {
  const { text } = unit;
  const positive = (pattern: RegExp): boolean => {
    const match = pattern.exec(text);
    if (match === null) return false;
    const span = { start: match.index, end: match.index + match[0].length };
    return !negations.some((negation) => isInside(span, [negation.scope]));
  };
  const claims: DraftClaim[] = [];
  const aboutData = mentions.length > 0 || /\binformation\b|\bdata\b/i.test(text);
  if (businessTransfer.test(text) && aboutData && positive(transferVerb)) claims.push({ kind: 'sale', status: 'business_transfer' });
  else if (aboutData && positive(sellVerb) && mentions.length > 0) claims.push({ kind: 'sale', status: 'sold' });
  if (advertisingPartners.test(text) && positive(shareVerb) && mentions.length > 0) claims.push({ kind: 'sale', status: 'shared_for_advertising' });
  return claims;
}

interface VendorName {
  pattern: RegExp;
  vendors: readonly VendorEntry[];
  /** A bare brand ("Facebook" for Facebook Login): needs a service cue to pick the vendor. */
  brand: boolean;
  /** Written with a capital: "Stripe" the company, not "stripe" the word. */
  capitalised: boolean;
}

const serviceCueMatchers = Object.entries(serviceCues).map(([service, cue]) => ({ service, pattern: new RegExp(boundary(cue), 'i') }));
const urlPattern = /\b(?:https?:\/\/|www\.|mailto:)[^\s)]+/gi;

/** Finds catalog vendors in unit text by name, alias and (with a service cue) brand. */
export class VendorMatcher {
  private readonly names: VendorName[] = [];

  constructor(vendors: readonly VendorEntry[]) {
    const byName = new Map<string, VendorEntry[]>();
    const byBrand = new Map<string, VendorEntry[]>();
    const add = (map: Map<string, VendorEntry[]>, name: string, vendor: VendorEntry): void => {
      const key = name.toLowerCase();
      const list = map.get(key) ?? [];
      if (!list.includes(vendor)) list.push(vendor);
      map.set(key, list);
    };
    for (const vendor of vendors) {
      for (const name of [vendor.name, ...(vendor.aliases ?? [])]) {
        add(byName, name, vendor);
        for (const brand of brandsOf(name)) add(byBrand, brand, vendor);
      }
    }
    for (const [brand, list] of byBrand) {
      if (byName.has(brand)) continue;
      this.names.push({ pattern: nameRegex(brand), vendors: list, brand: true, capitalised: true });
    }
    for (const [name, list] of byName) {
      this.names.push({ pattern: nameRegex(name), vendors: list, brand: false, capitalised: /^\p{Lu}/u.test(findWritten(list, name)) });
    }
  }

  read(unit: Unit, negations: readonly Negation[]): DraftClaim[] {
    const { text, ownStart } = unit;
    const own = text.slice(ownStart);
    const urls: Span[] = [];
    for (const match of own.matchAll(urlPattern)) urls.push({ start: match.index, end: match.index + match[0].length });
    const candidates: (Span & { name: VendorName; written: string })[] = [];
    for (const name of this.names) {
      for (const match of own.matchAll(name.pattern)) {
        const span = { start: match.index, end: match.index + match[0].length };
        if (isInside(span, urls)) continue;
        if (name.capitalised && !/^\p{Lu}/u.test(match[0])) continue;
        candidates.push({ ...span, name, written: match[0] });
      }
    }
    const claims: DraftClaim[] = [];
    for (const found of selectLongest(candidates)) {
      const vendor = pickVendor(found.name, text);
      if (vendor === undefined) continue;
      const span = { start: found.start + ownStart, end: found.end + ownStart };
      const denied = negations.some((negation) => isInside(span, [negation.scope]) && usageVerb.test(text.slice(negation.scope.start, span.start)));
      claims.push({ kind: 'vendor', vendor: vendor.id, name: found.written, self: false, denied });
    }
    return claims;
  }
}

const stopWords = new Set(brandStopWords);

/**
 * Words of a multi-word name that can stand for the vendor alone: the first (`Facebook` of `Facebook
 * Login`) and a last word after "with" (`Google` of `Sign in with Google`).
 */
function brandsOf(name: string): string[] {
  const words = name.split(/[\s,()-]+/).filter((word) => word !== '');
  if (words.length < 2) return [];
  const candidates = [words[0]];
  if (words[words.length - 2]?.toLowerCase() === 'with') candidates.push(words[words.length - 1]);
  const result: string[] = [];
  for (const word of candidates) {
    if (word !== undefined && /^\p{Lu}[\p{L}\d]{3,}$/u.test(word) && !stopWords.has(word.toLowerCase())) result.push(word);
  }
  return result;
}

/** The spelling of `lowerName` among the vendors' names and aliases. */
function findWritten(vendors: readonly VendorEntry[], lowerName: string): string {
  for (const vendor of vendors) for (const name of [vendor.name, ...(vendor.aliases ?? [])]) if (name.toLowerCase() === lowerName) return name;
  return lowerName;
}

function nameRegex(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // Case-insensitive so "PAYPAL" and "Paypal" match; `read` rejects lower-case matches of capitalised names.
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

function pickVendor(name: VendorName, text: string): VendorEntry | undefined {
  if (!name.brand && name.vendors.length === 1) return name.vendors[0];
  const cued = new Set<string>();
  for (const cue of serviceCueMatchers) if (cue.pattern.test(text)) cued.add(cue.service);
  const matching = name.vendors.filter((vendor) => cued.has(vendor.service));
  return matching.length === 1 ? matching[0] : undefined;
}
