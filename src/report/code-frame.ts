export interface CodeFrameOptions {
  /** Lines of context above and below. */
  context?: number;
  /** Marks the reported span with `^` under it. */
  highlight?: boolean;
}

/**
 * A plain-text code frame: numbered lines around `line`, the reported line marked `>`, and a caret
 * line under the span from `column` to `endColumn` (on the first line only).
 */
export function codeFrame(text: string, line: number, column: number, endLine: number, endColumn: number, options: CodeFrameOptions = {}): string {
  const lines = text.split(/\r?\n/);
  const context = options.context ?? 2;
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const content = (lines[number - 1] ?? '').replace(/\t/g, '  ');
    const marker = number === line ? '>' : ' ';
    out.push(`${marker} ${String(number).padStart(width)} | ${content}`.trimEnd());
    if (number === line && options.highlight !== false) {
      const source = lines[number - 1] ?? '';
      const start = Math.max(0, column - 1);
      const end = endLine === line ? Math.max(start + 1, endColumn - 1) : source.length;
      const prefix = source.slice(0, start).replace(/\t/g, '  ').replace(/[^ ]/g, ' ');
      const span = Math.max(1, Math.min(end, source.length) - start);
      out.push(`  ${' '.repeat(width)} | ${prefix}${'^'.repeat(span)}`);
    }
  }
  return out.join('\n');
}
