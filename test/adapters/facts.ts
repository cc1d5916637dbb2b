import { defaultDetectionCatalog } from '../../src/core/detection-catalog.js';
import type { FileFacts, SourceRange } from '../../src/core/facts.js';
import { SourceParser } from '../../src/scanner/parse.js';

const parser = new SourceParser(defaultDetectionCatalog());

/** Facts of an in-memory file, through the scanner's parser; throws when it does not parse. */
export function factsOf(file: string, lines: readonly string[]): FileFacts {
  const result = parser.parse(file, lines.join('\n'));
  if ('error' in result) throw new Error(result.error);
  return result.facts;
}

export const at = (range: SourceRange): string => `${range.line}:${range.column}`;
