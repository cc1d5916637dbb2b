/**
 * Renders the JSON Schema that ships as `schema/privacy-manifest.schema.json`, so editors complete and
 * validate `privacy.yaml` (`# yaml-language-server: $schema=…`). It is derived from the zod schema and
 * never edited by hand; `test/manifest/json-schema.test.ts` fails when the committed file is stale and
 * rewrites it when `CANDOR_WRITE_GENERATED=1` is set (what `npm run gen` does).
 */
import { z } from 'zod';
import { manifestSchema } from './schema.js';

/** Where the published schema lives; editors and `$ref`s use it as the schema's identity. */
export const manifestSchemaId = 'https://raw.githubusercontent.com/candor-privacy/candor/main/schema/privacy-manifest.schema.json';

/** The JSON Schema (draft-07, the draft editors' YAML and JSON language servers support best) as file text. */
export function renderManifestJsonSchema(): string {
  // draft-07 rather than 2020-12: yaml-language-server and JetBrains IDEs validate it completely.
  const generated = z.toJSONSchema(manifestSchema, { io: 'input', target: 'draft-7' });
  const { $schema, description, ...body } = generated;
  const document = {
    $comment:
      'Generated from src/manifest/schema.ts by renderManifestJsonSchema() in src/manifest/json-schema.ts; do not edit. Regenerate with `npm run gen` (CANDOR_WRITE_GENERATED=1 vitest run test/manifest/json-schema.test.ts).',
    $schema,
    $id: manifestSchemaId,
    title: 'Candor privacy manifest (privacy.yaml), version 1',
    description,
    ...body,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
