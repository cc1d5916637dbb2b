/** Larger files are generated or vendored, not hand-written application code. */
export const maxSourceBytes = 1_000_000;
const minifiedName = /[.-]min\.[cm]?js$/i;

/**
 * Why a file should be passed over before parsing (a minified or vendored bundle), or undefined.
 * Bundles can take a third of a scan and hold no first-party intent; they are reported, not hidden.
 */
export function skipReason(file: string, text: string): string | undefined {
  if (text.length > maxSourceBytes) return `larger than ${maxSourceBytes / 1_000_000} MB (generated or vendored code)`;
  if (minifiedName.test(file)) return 'minified bundle';
  const sample = text.slice(0, 20_000);
  const newlines = sample.split('\n').length;
  if (sample.length >= 5_000 && sample.length / newlines > 500) return 'minified bundle (very long lines)';
  return undefined;
}
