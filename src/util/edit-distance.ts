/**
 * Optimal-string-alignment distance: Levenshtein plus adjacent transpositions, so `emial` is one edit
 * from `email` (the commonest typo in hand-written keys).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const width = b.length + 1;
  // Three rolling rows are enough for transpositions.
  let before = new Array<number>(width).fill(0);
  let previous = new Array<number>(width);
  let current = new Array<number>(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
    }
    const spent = before;
    before = previous;
    previous = current;
    current = spent;
  }
  return previous[b.length] ?? 0;
}

export interface ClosestOptions {
  /**
   * Largest distance accepted. Default: a third of the input's length, at least 1 and at most 3, so short
   * inputs do not match unrelated short candidates.
   */
  maxDistance?: number;
  /** Compare case-insensitively (default true). */
  ignoreCase?: boolean;
}

/**
 * The candidate closest to `input` by edit distance, or undefined when none is within `maxDistance`.
 * Ties go to the earlier candidate, so callers control preference by order. An exact match wins outright.
 */
export function closest(input: string, candidates: Iterable<string>, options: ClosestOptions = {}): string | undefined {
  const ignoreCase = options.ignoreCase ?? true;
  const needle = ignoreCase ? input.toLowerCase() : input;
  const limit = options.maxDistance ?? Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const hay = ignoreCase ? candidate.toLowerCase() : candidate;
    // The length gap is a lower bound on the distance: skip the quadratic work when it cannot win.
    if (Math.abs(hay.length - needle.length) >= bestDistance) continue;
    const distance = editDistance(needle, hay);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}
