import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestSchemaId, renderManifestJsonSchema } from '../../src/manifest/json-schema.js';

const file = fileURLToPath(new URL('../../schema/privacy-manifest.schema.json', import.meta.url));

describe('schema/privacy-manifest.schema.json', () => {
  it('is the current output of renderManifestJsonSchema() (CANDOR_WRITE_GENERATED=1 rewrites it)', () => {
    const rendered = renderManifestJsonSchema();
    if (process.env['CANDOR_WRITE_GENERATED'] === '1') writeFileSync(file, rendered);
    expect(readFileSync(file, 'utf8')).toBe(rendered);
  });

  const schema = JSON.parse(renderManifestJsonSchema()) as {
    $comment: string;
    $schema: string;
    $id: string;
    title: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { description?: string; items?: { properties: Record<string, { description?: string; enum?: string[] }>; additionalProperties: boolean } }>;
  };

  it('identifies itself and says it is generated', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(manifestSchemaId);
    expect(schema.title).toBe('Candor privacy manifest (privacy.yaml), version 1');
    expect(schema.$comment).toMatch(/^Generated from src\/manifest\/schema\.ts .*npm run gen/);
  });

  it('rejects unknown keys and requires only the version at the top level', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['privacy_manifest']);
    expect(schema.properties['recipients']?.items?.additionalProperties).toBe(false);
  });

  it('carries enums and descriptions for editors', () => {
    const collect = schema.properties['collect']?.items?.properties;
    expect(collect?.['consent']?.enum).toEqual(['required', 'opt_out', 'not_required']);
    expect(collect?.['stored_by']?.description).toMatch(/^Where the data lands/);
    expect(schema.properties['recipients']?.items?.properties['vendor']?.description).toMatch(/kebab-case/);
  });
});
