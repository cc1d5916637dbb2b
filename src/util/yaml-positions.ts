import { isMap, isScalar, isSeq, type Document } from 'yaml';

/** Positions in YAML documents parsed with `parseDocument`: shared by the manifest loader and the gate files. */

/** Start offset of the node at `path`, or of the nearest existing parent; with `pointAtKey`, of the last key itself. */
export function nodeOffset(doc: Document, path: readonly (string | number)[], pointAtKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
      if (pair === undefined) break;
      const keyStart = rangeStart(pair.key);
      if (i === path.length - 1 && pointAtKey && keyStart !== undefined) return keyStart;
      node = pair.value;
      // `key:` with no value has no value node: the key is the best anchor.
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      const start = rangeStart(node);
      if (start === undefined) break;
      offset = start;
    } else {
      break;
    }
  }
  return offset;
}

export function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range: unknown = node.range;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}
