/**
 * Form-field classification (reference/manifest-model.md §4.1, §4.3): which data categories a field collects,
 * read from its autofill token, input type, name/id and label text, in that order of strength. The
 * vocabulary is data in `catalog/fields.ts`; this module only interprets it.
 */
import {
  autocompleteCredentialCategory,
  autocompleteFieldTokens,
  autocompleteModifierRefinements,
  autocompleteModifiers,
  autocompleteSectionPrefix,
  autocompleteSwitches,
  autocompleteWebauthnToken,
  birthDateCategory,
  birthDateInputTypes,
  birthLikeName,
  choiceInputTypes,
  componentControlSuffix,
  customFieldComponent,
  dataNameStopPrefixes,
  dataNameStopSuffixes,
  fieldTags,
  fileAcceptCategories,
  fileDefaultCategory,
  fileInputType,
  fileMixedMediaCategory,
  ignoredFieldNames,
  inputTypeCategories,
  nameRules,
  nonDataInputTypes,
  otherPeopleCategory,
  otherPeopleSupersedes,
  placeholderShapes,
} from '../catalog/fields.js';
import type { Confidence } from './observation.js';

export interface FieldDescription {
  tag: string;
  type?: string;
  autocomplete?: string;
  name?: string;
  id?: string;
  placeholder?: string;
  label?: string;
  ariaLabel?: string;
  accept?: string;
}

export interface FieldClassification {
  category: string;
  confidence: Confidence;
  reason: string;
}

/** Categories a form field collects, strongest evidence first; [] when it collects nothing recognisable. */
export function classifyField(field: FieldDescription): FieldClassification[] {
  if (!isFormField(field.tag)) return [];
  const tag = field.tag.toLowerCase();
  // `select` and `textarea` have no meaningful `type`; a stray attribute must not turn them into buttons.
  const type = tag === 'select' || tag === 'textarea' ? undefined : field.type?.trim().toLowerCase();
  if (type !== undefined && nonDataInputTypes.has(type)) return [];

  const found: FieldClassification[] = [];
  for (const hit of fromAutocomplete(field.autocomplete)) add(found, hit);
  const byType = fromType(type, field);
  if (byType !== undefined) add(found, byType);

  const byComponent = fromComponent(field.tag);
  if (byComponent !== undefined) add(found, byComponent);
  for (const attribute of ['name', 'id'] as const) {
    const value = field[attribute];
    if (value === undefined || value.trim() === '') continue;
    const match = matchName(value);
    if (match !== undefined) add(found, { category: match, confidence: 'medium', reason: `${attribute} \`${value}\`` });
  }

  if (found.some((hit) => hit.category === otherPeopleCategory)) {
    return found.filter((hit) => hit.category !== otherPeopleSupersedes && !isAncestor(otherPeopleSupersedes, hit.category));
  }

  // Label text only speaks when the markup itself said nothing: a label mentioning "email" next to a
  // search box is a hint, not a second category.
  if (found.length === 0 && (type === undefined || !choiceInputTypes.has(type))) {
    for (const hit of fromText(field)) add(found, hit);
  }
  return found;
}

/**
 * Classifies a data name used in code — an object key or identifier such as `email`, `userEmail`,
 * `phone_number`, `billingAddress`, `cardNumber` — or undefined. Used for data flowing into SDK calls and
 * storage values.
 */
export function classifyDataName(name: string): FieldClassification | undefined {
  // The same names (`email`, `headers`, `signal`) come back in every file; matching them is the costly part.
  let category = nameCategories.get(name);
  if (category === undefined) {
    category = matchName(name) ?? null;
    if (nameCategories.size >= nameCacheLimit) nameCategories.clear();
    nameCategories.set(name, category);
  }
  return category === null ? undefined : { category, confidence: 'medium', reason: `name \`${name}\`` };
}

const nameCategories = new Map<string, string | null>();
const nameCacheLimit = 20_000;

/** A native field tag or a component named like one (`Input`, `PhoneInput`, `Field`, `el-input`). */
function isFormField(tag: string): boolean {
  return fieldTags.has(tag.toLowerCase()) || customFieldComponent.test(tag);
}

function fromAutocomplete(value: string | undefined): FieldClassification[] {
  if (value === undefined) return [];
  const tokens = value.trim().toLowerCase().split(/\s+/);
  const modifiers: string[] = [];
  const fieldTokens: string[] = [];
  let webauthn = false;
  for (const token of tokens) {
    if (token === '' || token.startsWith(autocompleteSectionPrefix)) continue;
    if (token === autocompleteWebauthnToken) webauthn = true;
    else if (autocompleteModifiers.has(token)) modifiers.push(token);
    else fieldTokens.push(token);
  }
  const reason = `autocomplete \`${value.trim()}\``;
  const last = fieldTokens.at(-1);
  const result: FieldClassification[] = [];
  let category = last === undefined || autocompleteSwitches.has(last) ? undefined : autocompleteFieldTokens[last];
  if (category !== undefined) {
    for (const modifier of modifiers) category = autocompleteModifierRefinements[modifier]?.[category] ?? category;
    result.push({ category, confidence: 'strong', reason });
  }
  if (webauthn) result.push({ category: autocompleteCredentialCategory, confidence: 'strong', reason });
  return result;
}

function fromType(type: string | undefined, field: FieldDescription): FieldClassification | undefined {
  if (type === undefined) return undefined;
  const reason = `type \`${type}\``;
  const direct = inputTypeCategories[type];
  if (direct !== undefined) return { category: direct, confidence: 'strong', reason };
  if (type === fileInputType) return { category: fileCategory(field.accept), confidence: 'strong', reason };
  if (birthDateInputTypes.has(type)) {
    for (const value of [field.name, field.id]) {
      if (value !== undefined && birthLikeName.test(toWords(value))) {
        return { category: birthDateCategory, confidence: 'strong', reason: `${reason} named \`${value}\`` };
      }
    }
  }
  return undefined;
}

function fileCategory(accept: string | undefined): string {
  if (accept === undefined || accept.trim() === '') return fileDefaultCategory;
  const kinds = new Set<string>();
  for (const item of accept.toLowerCase().split(',')) {
    const entry = item.trim();
    if (entry === '') continue;
    const kind = fileAcceptCategories.find((candidate) => candidate.pattern.test(entry));
    // Any document type among the accepted ones makes it a general upload.
    if (kind === undefined) return fileDefaultCategory;
    kinds.add(kind.category);
  }
  if (kinds.size === 1) return [...kinds][0] ?? fileDefaultCategory;
  return kinds.size === 0 ? fileDefaultCategory : fileMixedMediaCategory;
}

/** `PhoneInput`, `PasswordField`, `CountrySelect`: the component name itself says what it takes. */
function fromComponent(tag: string): FieldClassification | undefined {
  if (fieldTags.has(tag.toLowerCase())) return undefined;
  const base = tag.slice(tag.lastIndexOf('.') + 1).replace(componentControlSuffix, '');
  if (base === '') return undefined;
  const category = matchWords(toWords(base), undefined);
  return category === undefined ? undefined : { category, confidence: 'medium', reason: `component \`${tag}\`` };
}

function fromText(field: FieldDescription): FieldClassification[] {
  const result: FieldClassification[] = [];
  const texts: [string, string | undefined][] = [
    ['label', field.label],
    ['aria-label', field.ariaLabel],
    ['placeholder', field.placeholder],
  ];
  for (const [source, text] of texts) {
    if (text === undefined || text.trim() === '') continue;
    const category = matchWords(toWords(text), undefined) ?? (source === 'placeholder' ? matchShape(text) : undefined);
    if (category !== undefined) result.push({ category, confidence: 'weak', reason: `${source} "${shorten(text)}"` });
  }
  return result;
}

function matchShape(text: string): string | undefined {
  const value = text.trim();
  for (const shape of placeholderShapes) if (shape.pattern.test(value)) return shape.category;
  return undefined;
}

/**
 * Classifies a field or data name. Path segments (`user.name`, `billing[address][line1]`) are read last
 * segment first, with the segment before it as context for the guards, then as a whole.
 */
function matchName(raw: string): string | undefined {
  const segments = raw
    .split(/[.[\]/:]+/)
    .map(toWords)
    .filter((words) => words !== '');
  const last = segments.at(-1);
  if (last === undefined) return undefined;
  const whole = segments.join(' ');
  if (ignoredFieldNames.test(whole)) return undefined;
  if (hasStopWord(last)) return undefined;
  const owner = segments.length > 1 ? lastWord(segments[segments.length - 2] ?? '') : undefined;
  const context = owner === undefined ? last : `${owner} ${last}`;
  return matchWords(last, context) ?? (segments.length > 1 ? matchWords(whole, undefined) : undefined);
}

function hasStopWord(words: string): boolean {
  const space = words.indexOf(' ');
  if (space === -1) return false;
  return dataNameStopPrefixes.has(words.slice(0, space)) || dataNameStopSuffixes.has(lastWord(words));
}

function lastWord(words: string): string {
  return words.slice(words.lastIndexOf(' ') + 1);
}

/** First rule that matches `words` and whose guard matches neither `words` nor the wider `context`. */
function matchWords(words: string, context: string | undefined): string | undefined {
  if (words === '') return undefined;
  for (const rule of nameRules) {
    if (!rule.pattern.test(words)) continue;
    if (rule.unless !== undefined && (rule.unless.test(words) || (context !== undefined && rule.unless.test(context)))) {
      continue;
    }
    return rule.category;
  }
  return undefined;
}

/**
 * Lower-case ASCII words separated by single spaces: camelCase, PascalCase, kebab-case, snake_case, digits
 * and diacritics normalised (`billingAddressLine1` → `billing address line 1`, `Téléphone` → `telephone`).
 */
export function toWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replaceAll('ß', 'ss')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .join(' ');
}

/**
 * Adds a classification unless one of the same lineage is there already. A more specific key refines the
 * existing entry (autocomplete `name` plus name `first_name` is `user.name.first`), keeping the stronger
 * evidence's confidence and reason.
 */
function add(found: FieldClassification[], hit: FieldClassification): void {
  for (const existing of found) {
    if (existing.category === hit.category || isAncestor(hit.category, existing.category)) return;
    if (isAncestor(existing.category, hit.category)) {
      existing.category = hit.category;
      return;
    }
  }
  found.push(hit);
}

function isAncestor(ancestor: string, key: string): boolean {
  return key.length > ancestor.length && key.startsWith(ancestor) && key.charCodeAt(ancestor.length) === 46 /* . */;
}

function shorten(text: string): string {
  const single = text.trim().replace(/\s+/g, ' ');
  return single.length > 40 ? `${single.slice(0, 39)}…` : single;
}
