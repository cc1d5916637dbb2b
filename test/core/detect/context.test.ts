import { describe, expect, it } from 'vitest';
import { namesOf } from '../../../src/core/detect/context.js';
import type { StaticValue } from '../../../src/core/facts.js';

const unknown = (...names: string[]): StaticValue => ({ kind: 'unknown', reason: 'test', names });

describe('namesOf', () => {
  it('names nested keys with their owner, through arrays', () => {
    const value: StaticValue = {
      kind: 'object',
      hasSpread: false,
      properties: {
        To: unknown('identifier'),
        TemplateModel: { kind: 'object', hasSpread: false, properties: { product_name: unknown('siteConfig.name') } },
        Headers: { kind: 'array', elements: [{ kind: 'object', hasSpread: false, properties: { Name: { kind: 'string', value: 'X-Entity-Ref-ID' } } }] },
      },
    };
    expect(namesOf(value)).toEqual(['To', 'identifier', 'TemplateModel', 'TemplateModel.product_name', 'siteConfig.name', 'Headers', 'Headers.Name']);
  });

  it('includes the names the unknown parts of a template read', () => {
    expect(namesOf({ kind: 'template', pattern: 'Hi *', names: ['user.name'] })).toEqual(['user.name']);
  });
});
