import { Parser } from 'htmlparser2';
import type { ElementFact, FileFacts, SourceRange, StaticValue, UrlFact } from '../core/facts.js';
import type { ExtractOptions, TypeScriptApi } from './typescript.js';
import { extractFacts } from './typescript.js';

/** Elements worth a fact: form fields, and the ones that load something from a host. */
const recordedTags = new Set(['input', 'select', 'textarea', 'script', 'iframe', 'img', 'form']);
const scriptTypes = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/babel', 'text/jsx']);
const absoluteUrl = /^(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;

/** Attribute names as React spells them, so one field classifier reads both HTML and JSX. */
const jsxAttributeNames: Readonly<Record<string, string>> = { autocomplete: 'autoComplete', for: 'htmlFor' };

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

interface OpenLabel {
  forId: string | undefined;
  text: string;
  elements: ElementFact[];
}

/**
 * An HTML page → facts: form fields with their labels, script/iframe/img sources, URLs in attributes,
 * and the facts of inline `<script>` blocks, read by the TypeScript adapter with their positions in
 * the page. Event-handler attributes (`onclick="…"`) are not read.
 */
export function extractHtmlFacts(ts: TypeScriptApi, text: string, file: string, options: ExtractOptions): FileFacts {
  const starts = lineStarts(text);
  const lines = text.split(/\r?\n/);
  const rangeOf = (start: number, end: number): SourceRange => {
    const from = positionAt(starts, start);
    const to = positionAt(starts, end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  const facts: FileFacts = { file, language: 'html', imports: [], calls: [], assignments: [], reads: [], elements: [], urls: [], strings: new Set(), lines };
  const strings = facts.strings as Set<string>;
  const labels: OpenLabel[] = [];
  const labelsByFor = new Map<string, string>();
  let script: { start: number; text: string; type: string } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const range = rangeOf(parser.startIndex, parser.endIndex + 1);
        const staticAttributes: Record<string, StaticValue> = {};
        for (const [key, value] of Object.entries(attributes)) {
          staticAttributes[jsxAttributeNames[key] ?? key] = { kind: 'string', value };
          strings.add(value);
          if (absoluteUrl.test(value)) facts.urls.push({ kind: 'url', url: value, range } satisfies UrlFact);
        }
        if (name === 'label') {
          labels.push({ forId: attributes.for, text: '', elements: [] });
          return;
        }
        if (name === 'script' && attributes.src === undefined) {
          script = { start: parser.endIndex + 1, text: '', type: (attributes.type ?? '').toLowerCase() };
        }
        if (!recordedTags.has(name)) return;
        const element: ElementFact = { kind: 'element', tag: name, attributes: staticAttributes, range, text: text.slice(parser.startIndex, parser.endIndex + 1) };
        facts.elements.push(element);
        labels.at(-1)?.elements.push(element);
      },
      ontext(chunk) {
        if (script !== undefined) {
          script.text += chunk;
          return;
        }
        for (const label of labels) label.text += chunk;
      },
      onclosetag(name) {
        if (name === 'label') {
          const label = labels.pop();
          if (label === undefined) return;
          const labelText = label.text.replace(/\s+/g, ' ').trim();
          if (label.forId !== undefined) labelsByFor.set(label.forId, labelText);
          for (const element of label.elements) if (labelText !== '') element.label ??= labelText;
          return;
        }
        if (name === 'script' && script !== undefined) {
          if (scriptTypes.has(script.type)) mergeScript(script.start, script.text);
          script = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );

  function mergeScript(start: number, source: string): void {
    const position = positionAt(starts, start);
    const sourceFile = ts.createSourceFile(`${file}.inline.js`, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    const inline = extractFacts(ts, sourceFile, file, 'js', {
      ...options,
      lineOffset: position.line - 1,
      firstLineColumnOffset: position.column - 1,
      lines,
    });
    facts.imports.push(...inline.imports);
    facts.calls.push(...inline.calls);
    facts.assignments.push(...inline.assignments);
    facts.reads.push(...inline.reads);
    facts.urls.push(...inline.urls);
    for (const value of inline.strings) strings.add(value);
  }

  parser.write(text);
  parser.end();

  for (const element of facts.elements) {
    const id = element.attributes.id;
    if (element.label === undefined && id?.kind === 'string') {
      const label = labelsByFor.get(id.value);
      if (label !== undefined && label !== '') element.label = label;
    }
  }
  return facts;
}
