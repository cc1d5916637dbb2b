import { customFieldComponent, fieldTags } from '../../catalog/fields.js';
import { classifyField, type FieldDescription } from '../classify-field.js';
import type { ElementFact, SourceRange, StaticValue } from '../facts.js';
import type { DetectContext } from './context.js';
import { keyPattern } from './context.js';

function isFieldTag(tag: string): boolean {
  return fieldTags.has(tag) || customFieldComponent.test(tag);
}

function text(value: StaticValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}

/** Field attributes as the classifier reads them; JSX and HTML spellings both count. */
function describeElement(element: ElementFact): FieldDescription {
  const a = element.attributes;
  const description: FieldDescription = { tag: element.tag };
  const set = (key: keyof FieldDescription, value: string | undefined): void => {
    if (value !== undefined && value !== '') description[key] = value;
  };
  set('type', text(a.type));
  set('autocomplete', text(a.autoComplete) ?? text(a.autocomplete));
  set('name', text(a.name));
  set('id', text(a.id));
  set('placeholder', text(a.placeholder));
  set('label', element.label ?? text(a.label));
  set('ariaLabel', text(a['aria-label']) ?? text(a.ariaLabel));
  set('accept', text(a.accept));
  return description;
}

/**
 * Form fields: native `input`/`select`/`textarea`, field components (`<TextField name="email">`),
 * form-library registrations (`register('email')`), and payment fields hosted in a processor's iframe,
 * whose data never reaches first-party code.
 */
export function detectFormFields(context: DetectContext): void {
  const { facts, catalog } = context;
  for (const element of facts.elements) {
    const hosted = element.tagRef === undefined ? undefined : catalog.hostedFields.find(element.tagRef);
    if (hosted !== undefined) {
      for (const category of hosted.categories) {
        context.observe(
          { kind: 'payment', vendor: hosted.vendor.id, category, confidence: 'strong', storedBy: 'recipient_only', reason: `\`<${element.tag}>\` is hosted by ${hosted.vendor.name}` },
          element.range,
        );
      }
      continue;
    }
    const registration = element.tagRef === undefined ? undefined : catalog.fieldRegistrations.find(element.tagRef);
    if (registration === undefined && !isFieldTag(element.tag)) continue;
    const description = describeElement(element);
    if (registration !== undefined && typeof registration.name === 'string') {
      const name = text(element.attributes[registration.name]);
      if (name !== undefined) description.name = name;
    }
    observeField(context, description, element.range);
  }
  for (const call of facts.calls) {
    const hosted = catalog.hostedFields.find(call.callee);
    if (hosted !== undefined) {
      for (const category of hosted.categories) {
        context.observe(
          { kind: 'payment', vendor: hosted.vendor.id, category, confidence: 'strong', storedBy: 'recipient_only', reason: `fields created by ${hosted.vendor.name}'s hosted form` },
          call.calleeRange,
        );
      }
      continue;
    }
    const registration = catalog.fieldRegistrations.find(call.callee);
    if (registration === undefined || typeof registration.name !== 'number') continue;
    const name = keyPattern(call.args[registration.name]);
    if (name === undefined) continue;
    observeField(context, { tag: 'input', name }, call.range);
  }
}

function observeField(context: DetectContext, description: FieldDescription, range: SourceRange): void {
  for (const classification of classifyField(description)) {
    context.observe(
      { kind: 'form-field', category: classification.category, confidence: classification.confidence, storedBy: 'first_party', reason: classification.reason },
      range,
    );
  }
}
