import { analyzeFacts } from '../core/analyze.js';
import type { DetectionCatalog } from '../core/detection-catalog.js';
import { defaultDetectionCatalog } from '../core/detection-catalog.js';
import type { FileAnalysis } from '../core/observation.js';
import { SourceParser } from './parse.js';

const parsers = new WeakMap<DetectionCatalog, SourceParser>();

/**
 * Observations of one file given as text, through the scanner's parser: the single-file entry point
 * for tests and tools. Throws when the file does not parse.
 */
export function analyzeSource(file: string, text: string, catalog: DetectionCatalog = defaultDetectionCatalog()): FileAnalysis {
  let parser = parsers.get(catalog);
  if (parser === undefined) {
    parser = new SourceParser(catalog);
    parsers.set(catalog, parser);
  }
  const result = parser.parse(file, text);
  if ('error' in result) throw new SyntaxError(`${file}: ${result.error}`);
  return analyzeFacts(result.facts, catalog);
}
