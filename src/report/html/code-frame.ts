import type { SourceRange } from '../../core/facts.js';
import type { SafeHtml } from './markup.js';
import { html } from './markup.js';

const contextLines = 2;
const maxLines = 9;
const maxLineLength = 240;

/**
 * Lines around a range with the range marked, from the file text when the report has it; otherwise the
 * one-line evidence the detector recorded. Columns are UTF-16 offsets, as JavaScript strings index them.
 */
export function renderCodeFrame(range: SourceRange, source: string | undefined, evidence: string | undefined): SafeHtml | undefined {
  if (source !== undefined) {
    const lines = source.split(/\r?\n/);
    if (range.line >= 1 && range.line <= lines.length) return renderFromSource(range, lines);
  }
  if (evidence === undefined) return undefined;
  return html`<pre class="frame"><code><span class="line current"><span class="gutter">${range.line}</span>${shorten(evidence)}</span></code></pre>`;
}

function renderFromSource(range: SourceRange, lines: readonly string[]): SafeHtml {
  const endLine = Math.min(Math.max(range.endLine, range.line), range.line + maxLines - 1 - contextLines * 2, lines.length);
  const first = Math.max(1, range.line - contextLines);
  const last = Math.min(lines.length, endLine + contextLines);
  const width = String(last).length;
  const rows: SafeHtml[] = [];
  for (let number = first; number <= last; number++) {
    const text = lines[number - 1] ?? '';
    const gutter = String(number).padStart(width, ' ');
    const inRange = number >= range.line && number <= endLine;
    rows.push(inRange ? html`<span class="line current"><span class="gutter">${gutter}</span>${markLine(text, number, range)}</span>` : html`<span class="line"><span class="gutter">${gutter}</span>${shorten(text)}</span>`);
  }
  return html`<pre class="frame"><code>${rows}</code></pre>`;
}

function markLine(text: string, number: number, range: SourceRange): SafeHtml {
  const start = number === range.line ? Math.max(0, range.column - 1) : 0;
  const end = number === range.endLine && range.endColumn > 0 ? range.endColumn - 1 : text.length;
  if (start >= text.length || end <= start) return html`${shorten(text)}`;
  // Long minified lines are cut around the mark, not at its end.
  const from = text.length > maxLineLength && start > maxLineLength / 2 ? start - 40 : 0;
  const before = (from > 0 ? '…' : '') + text.slice(from, start);
  const marked = text.slice(start, Math.min(end, from + maxLineLength));
  const after = shorten(text.slice(Math.min(end, from + maxLineLength)), Math.max(0, maxLineLength - before.length - marked.length));
  return html`${before}<mark>${marked}</mark>${after}`;
}

function shorten(text: string, limit = maxLineLength): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
