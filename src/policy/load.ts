import { Parser } from 'htmlparser2';

/** Input formats the policy reader understands. */
export type PolicyFormat = 'markdown' | 'html' | 'text';

/** A block of the normalised text: a heading, a paragraph or a list item. Offsets index `NormalizedText.text`. */
export interface TextBlock {
  type: 'heading' | 'paragraph' | 'list-item';
  start: number;
  end: number;
}

/**
 * Policy text reduced to plain sentences-in-blocks: markup removed, whitespace collapsed, one `\n` between
 * blocks. `offsets[i]` is the character offset in the original input of `text[i]`; `offsets[text.length]`
 * is the end of the input, so a span `[a, b)` of `text` maps to `[offsets[a], offsets[b - 1] + 1)`.
 */
export interface NormalizedText {
  text: string;
  offsets: readonly number[];
  blocks: readonly TextBlock[];
}

const htmlSignal = /<(?:html|body|p|div|h[1-6]|ul|ol|li|table|section|article)\b[^>]*>/i;
const markdownSignals = [/^#{1,6}\s/m, /\*\*[^*\n]+\*\*/, /\]\([^)\s]+\)/, /^[^\n]+\n(?:=+|-+)\s*$/m, /^\s*>\s/m];

/** Picks a format from the file extension, else from the content (HTML tags, then Markdown markup). */
export function detectFormat(input: string, file?: string): PolicyFormat {
  const extension = file?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (htmlSignal.test(input)) return 'html';
  let signals = 0;
  for (const signal of markdownSignals) if (signal.test(input)) signals++;
  return signals >= 1 ? 'markdown' : 'text';
}

/** Converts policy text in any supported format to `NormalizedText`. */
export function normalizeText(input: string, format: PolicyFormat): NormalizedText {
  const builder = new TextBuilder(input.length);
  if (format === 'html') readHtml(input, builder);
  else readLines(input, builder, format === 'markdown');
  return builder.finish();
}

/** Accumulates normalised characters with their original offsets and closes blocks. */
class TextBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];
  private readonly blocks: TextBlock[] = [];
  private blockStart = 0;
  private pendingSpace = -1;
  private blockType: TextBlock['type'] = 'paragraph';

  constructor(private readonly inputLength: number) {}

  /** Appends one character; runs of whitespace become one space, none at block starts. */
  push(char: string, offset: number): void {
    if (/\s/.test(char)) {
      if (this.chars.length > this.blockStart && this.pendingSpace < 0) this.pendingSpace = offset;
      return;
    }
    if (this.pendingSpace >= 0) {
      this.chars.push(' ');
      this.offsets.push(this.pendingSpace);
      this.pendingSpace = -1;
    }
    this.chars.push(char);
    this.offsets.push(offset);
  }

  /** Appends characters that all stand for one span of the input (a decoded entity). */
  pushReplacement(text: string, offset: number): void {
    for (const char of text) this.push(char === '\u00a0' ? ' ' : char, offset);
  }

  /** Marks the block being built; the type sticks until `endBlock`. */
  setType(type: TextBlock['type']): void {
    this.blockType = type;
  }

  get currentType(): TextBlock['type'] {
    return this.blockType;
  }

  get hasContent(): boolean {
    return this.chars.length > this.blockStart;
  }

  endBlock(): void {
    this.pendingSpace = -1;
    if (this.chars.length > this.blockStart) {
      this.blocks.push({ type: this.blockType, start: this.blockStart, end: this.chars.length });
      this.chars.push('\n');
      this.offsets.push((this.offsets[this.offsets.length - 1] ?? 0) + 1);
      this.blockStart = this.chars.length;
    }
    this.blockType = 'paragraph';
  }

  finish(): NormalizedText {
    this.endBlock();
    if (this.chars.length > 0) {
      this.chars.pop();
      this.offsets.pop();
    }
    this.offsets.push(this.inputLength);
    return { text: this.chars.join(''), offsets: this.offsets, blocks: this.blocks };
  }
}

const blankLine = /^\s*$/;
const horizontalRule = /^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const setextUnderline = /^\s*(?:=+|-+)\s*$/;
const atxHeading = /^(#{1,6})\s+/;
const quotePrefix = /^\s*>\s?/;
// Bullets, decimal outlines (`1.`, `1\.` as Markdown escapes them, `1)`), roman numerals (`iv.`) and letters (`a)`).
const listMarker = /^\s*(?:[*+\-•]|\d{1,3}(?:\\?\.|\))|[ivxlc]{1,6}\.|[a-z]\))\s+/i;

function readLines(input: string, builder: TextBuilder, markdown: boolean): void {
  let lineStart = 0;
  while (lineStart <= input.length) {
    let lineEnd = input.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = input.length;
    const rawLine = input.slice(lineStart, lineEnd).replace(/\r$/, '');
    readLine(rawLine, lineStart, builder, markdown);
    lineStart = lineEnd + 1;
  }
}

function readLine(rawLine: string, lineOffset: number, builder: TextBuilder, markdown: boolean): void {
  if (blankLine.test(rawLine)) {
    builder.endBlock();
    return;
  }
  if (markdown && setextUnderline.test(rawLine) && builder.hasContent) {
    builder.setType('heading');
    builder.endBlock();
    return;
  }
  if (markdown && horizontalRule.test(rawLine)) {
    builder.endBlock();
    return;
  }
  let line = rawLine;
  let offset = lineOffset;
  if (markdown) {
    for (let prefix = quotePrefix.exec(line); prefix !== null; prefix = quotePrefix.exec(line)) {
      line = line.slice(prefix[0].length);
      offset += prefix[0].length;
    }
    if (blankLine.test(line)) {
      builder.endBlock();
      return;
    }
    const heading = atxHeading.exec(line);
    if (heading !== null) {
      builder.endBlock();
      builder.setType('heading');
      const content = line.slice(heading[0].length).replace(/\s#+\s*$/, '');
      readInline(content, offset + heading[0].length, builder);
      builder.endBlock();
      return;
    }
  }
  const marker = listMarker.exec(line);
  if (marker !== null) {
    builder.endBlock();
    builder.setType('list-item');
    line = line.slice(marker[0].length);
    offset += marker[0].length;
  } else if (builder.hasContent) {
    builder.push(' ', offset);
  }
  if (markdown) readInline(line, offset, builder);
  else for (let i = 0; i < line.length; i++) builder.push(line.charAt(i), offset + i);
  // Markdown hard breaks (two trailing spaces or a backslash) end a visual line; policies use them for lists.
  if (markdown && /(?: {2,}|\\)$/.test(line)) builder.endBlock();
}

/** Markdown inline markup: emphasis, links, images, code spans, escapes and raw tags are dropped, text kept. */
function readInline(line: string, offset: number, builder: TextBuilder): void {
  let i = 0;
  while (i < line.length) {
    const char = line.charAt(i);
    if (char === '\\' && i + 1 < line.length && /[!-/:-@[-`{-~]/.test(line.charAt(i + 1))) {
      builder.push(line.charAt(i + 1), offset + i + 1);
      i += 2;
      continue;
    }
    if (char === '[' || (char === '!' && line.charAt(i + 1) === '[')) {
      const open = char === '!' ? i + 1 : i;
      const link = findLink(line, open);
      if (link !== undefined) {
        readInline(line.slice(open + 1, link.textEnd), offset + open + 1, builder);
        i = link.end;
        continue;
      }
    }
    if (char === '<') {
      const tag = /^<\/?[a-z][^<>]*>/i.exec(line.slice(i));
      if (tag !== null) {
        const autolink = /^<((?:https?|mailto):[^<>\s]+)>$/i.exec(tag[0]);
        if (autolink?.[1] !== undefined) readPlain(autolink[1], offset + i + 1, builder);
        if (/^<br\s*\/?>$/i.test(tag[0])) builder.endBlock();
        i += tag[0].length;
        continue;
      }
    }
    if (char === '*' || char === '`') {
      i++;
      continue;
    }
    if (char === '_' && !(isWordChar(line.charAt(i - 1)) && isWordChar(line.charAt(i + 1)))) {
      i++;
      continue;
    }
    builder.push(char, offset + i);
    i++;
  }
}

function readPlain(text: string, offset: number, builder: TextBuilder): void {
  for (let i = 0; i < text.length; i++) builder.push(text.charAt(i), offset + i);
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

/** `[text](url)` starting at `open`: where the text ends and the whole link ends. */
function findLink(line: string, open: number): { textEnd: number; end: number } | undefined {
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    const char = line.charAt(i);
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') depth++;
    else if (char === ']') {
      depth--;
      if (depth === 0) {
        if (line.charAt(i + 1) !== '(') return undefined;
        const close = line.indexOf(')', i + 2);
        return close < 0 ? undefined : { textEnd: i, end: close + 1 };
      }
    }
  }
  return undefined;
}

const skippedElements = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

function readHtml(input: string, builder: TextBuilder): void {
  let skipDepth = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (skippedElements.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'br') builder.endBlock();
        else if (/^h[1-6]$/.test(name)) {
          builder.endBlock();
          builder.setType('heading');
        } else if (name === 'li') {
          builder.endBlock();
          builder.setType('list-item');
        } else if (blockElements.has(name)) builder.endBlock();
      },
      ontext(data) {
        if (skipDepth > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex;
        // htmlparser2 reports decoded entities as separate text events spanning the entity.
        if (end - start + 1 === data.length) readPlain(data, start, builder);
        else builder.pushReplacement(data, start);
      },
      onclosetag(name) {
        if (skippedElements.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (/^h[1-6]$/.test(name) || blockElements.has(name)) builder.endBlock();
      },
    },
    { decodeEntities: true },
  );
  parser.write(input);
  parser.end();
}
