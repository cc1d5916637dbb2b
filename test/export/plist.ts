import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

function children(element: Element): Element[] {
  return element.children.filter((child): child is Element => child.type === 'tag');
}

function text(element: Element): string {
  let out = '';
  for (const child of element.children) if (child.type === 'text') out += child.data;
  return out;
}

function value(element: Element): PlistValue {
  switch (element.name) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'string':
      return text(element);
    case 'integer':
      return Number.parseInt(text(element), 10);
    case 'array':
      return children(element).map(value);
    case 'dict': {
      const out: { [key: string]: PlistValue } = {};
      const items = children(element);
      for (let index = 0; index < items.length; index += 2) {
        const key = items[index];
        const item = items[index + 1];
        if (key?.name !== 'key' || item === undefined) throw new Error(`malformed dict at item ${index}`);
        out[text(key)] = value(item);
      }
      return out;
    }
    default:
      throw new Error(`unexpected plist element <${element.name}>`);
  }
}

/** Just enough of Apple's XML property-list format for the tests: dict, array, string, integer, true, false. */
export function parsePlist(xml: string): PlistValue {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const plist = document.children.find((child): child is Element => child.type === 'tag' && child.name === 'plist');
  const root = plist === undefined ? undefined : children(plist)[0];
  if (root === undefined) throw new Error('no <plist> root value');
  return value(root);
}
