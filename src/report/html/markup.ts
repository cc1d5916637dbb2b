/**
 * HTML built only through the `html` tag: every interpolated string is escaped, so text from the scanned
 * project (evidence, keys, file names, policy quotes) can never become markup. Markup passes through only
 * as `SafeHtml` made by this module.
 */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replaceAll(/[&<>"']/g, (char) => entities[char] ?? char);
}

function serialise(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false || value === true) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  let out = '';
  for (const item of value) out += serialise(item);
  return out;
}

/** Template tag: literal parts are markup, interpolations are escaped (arrays concatenated, `false`/`undefined` dropped). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let index = 0; index < values.length; index++) out += serialise(values[index]) + (strings[index + 1] ?? '');
  return new SafeHtml(out);
}

/** Markup this module's callers wrote themselves (the stylesheet, the script); never pass user text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Text whose `backticked` parts render as `<code>`, as messages write names. */
export function withCode(text: string): SafeHtml {
  const parts = text.split(/`([^`]+)`/);
  const out: SafeHtml[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] ?? '';
    out.push(index % 2 === 1 ? html`<code>${part}</code>` : html`${part}`);
  }
  return html`${out}`;
}
