import { createRequire } from 'node:module';
import type { TypeScriptApi } from '../adapters/typescript.js';

/**
 * The `typescript` modules that may have built a tree handed to a rule, most likely first: the one
 * typescript-eslint's parser loads (the project's own TypeScript, which can be another version than
 * ours), then the one this package resolves. Loaded on first use, so configs that never lint a file
 * never load TypeScript.
 */
const candidates = lazy((): readonly TypeScriptApi[] => {
  const ownRequire = createRequire(import.meta.url);
  const found: TypeScriptApi[] = [];
  for (const load of [
    () => createRequire(createRequire(ownRequire.resolve('@typescript-eslint/parser')).resolve('@typescript-eslint/typescript-estree'))('typescript'),
    () => ownRequire('typescript'),
  ]) {
    const module = tryLoad(load);
    if (isTypeScriptApi(module) && !found.includes(module)) found.push(module);
  }
  return found;
});

/**
 * The TypeScript module whose `SyntaxKind` numbering made `sourceFile`, or undefined when none of the
 * candidates did (a parser bundling another build): `SyntaxKind` values shift between releases, so
 * reading nodes with the wrong module would silently misread them.
 */
export function typeScriptFor(sourceFile: { kind: number }): TypeScriptApi | undefined {
  for (const ts of candidates()) {
    if (ts.SyntaxKind.SourceFile === sourceFile.kind) return ts;
  }
  return undefined;
}

function tryLoad(load: () => unknown): unknown {
  try {
    return load();
  } catch {
    return undefined;
  }
}

function isTypeScriptApi(value: unknown): value is TypeScriptApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    'createSourceFile' in value &&
    typeof value.createSourceFile === 'function' &&
    'SyntaxKind' in value &&
    typeof value.SyntaxKind === 'object'
  );
}

function lazy<T>(create: () => T): () => T {
  let created: { value: T } | undefined;
  return () => (created ??= { value: create() }).value;
}
