/**
 * Durations as `privacy.yaml` writes them: `session`, `persistent` or an ISO-8601 duration
 * (`P2Y`, `P13M`, `P1W`, `PT30M`, `P1DT12H`, `PT0.5S`).
 */

/**
 * ISO-8601 duration, designators in order, at least one component, a `T` only before a time component,
 * a fraction only on seconds. Shared with the JSON Schema so editors reject what the loader rejects.
 */
export const isoDurationSource = String.raw`P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(?:[.,]\d+)?S)?)?`;

const isoDuration = new RegExp(`^${isoDurationSource}$`);

// Calendar units have no fixed length; the mean Gregorian year (365.2425 days) and month (a twelfth of it)
// are the conventional estimates (java.time, ISO 80000-3), and are long enough that a cookie set for
// 365 or 30 days never counts as outliving a declared P1Y or P1M.
const secondsPerDay = 86_400;
const secondsPerYear = 365.2425 * secondsPerDay;
const secondsPerMonth = secondsPerYear / 12;

/** True for an ISO-8601 duration such as `P2Y` or `PT30M` (not `session`/`persistent`). */
export function isIsoDuration(text: string): boolean {
  return isoDuration.test(text);
}

/**
 * Length of a duration in seconds: `session` → 0, `persistent` → Infinity, an ISO-8601 duration → its
 * length (years and months by their mean Gregorian length). Undefined when the text is none of these.
 */
export function parseDuration(text: string): number | undefined {
  if (text === 'session') return 0;
  if (text === 'persistent') return Number.POSITIVE_INFINITY;
  const match = isoDuration.exec(text);
  if (match === null) return undefined;
  const [, years, months, weeks, days, , hours, minutes, seconds] = match;
  return (
    component(years, 'Y') * secondsPerYear +
    component(months, 'M') * secondsPerMonth +
    component(weeks, 'W') * 7 * secondsPerDay +
    component(days, 'D') * secondsPerDay +
    component(hours, 'H') * 3600 +
    component(minutes, 'M') * 60 +
    component(seconds, 'S')
  );
}

function component(part: string | undefined, designator: string): number {
  if (part === undefined) return 0;
  return Number(part.slice(0, -designator.length).replace(',', '.'));
}

const isoUnits: readonly [RegExp, string][] = [
  [/(\d+(?:[.,]\d+)?)Y/, 'year'],
  [/(\d+(?:[.,]\d+)?)M/, 'month'],
  [/(\d+(?:[.,]\d+)?)W/, 'week'],
  [/(\d+(?:[.,]\d+)?)D/, 'day'],
];
const isoTimeUnits: readonly [RegExp, string][] = [
  [/(\d+(?:[.,]\d+)?)H/, 'hour'],
  [/(\d+(?:[.,]\d+)?)M/, 'minute'],
  [/(\d+(?:[.,]\d+)?)S/, 'second'],
];

function count(amount: string, unit: string): string {
  return `${amount} ${amount === '1' ? unit : `${unit}s`}`;
}

/** A declared duration in words: `P2Y` → `2 years`, `PT30M` → `30 minutes`, `session` → `Session`. */
export function durationText(duration: string | undefined): string {
  if (duration === undefined) return 'Not stated';
  if (duration === 'session') return 'Session';
  if (duration === 'persistent') return 'Persistent (no stated limit)';
  if (parseDuration(duration) === undefined) return duration;
  const [datePart = '', timePart = ''] = duration.slice(1).split('T');
  const parts: string[] = [];
  for (const [pattern, unit] of isoUnits) {
    const match = pattern.exec(datePart);
    if (match?.[1] !== undefined) parts.push(count(match[1], unit));
  }
  for (const [pattern, unit] of isoTimeUnits) {
    const match = pattern.exec(timePart);
    if (match?.[1] !== undefined) parts.push(count(match[1], unit));
  }
  return parts.join(' ');
}

/** A lifetime seen in code, in seconds (`null` = a session cookie). */
export function lifetimeText(seconds: number | null | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  if (seconds === null || seconds <= 0) return 'Session';
  const day = 86_400;
  if (seconds >= 365 * day && seconds % (365 * day) === 0) return count(String(seconds / (365 * day)), 'year');
  if (seconds >= day) return count(String(Math.round((seconds / day) * 10) / 10), 'day');
  if (seconds >= 3600) return count(String(Math.round((seconds / 3600) * 10) / 10), 'hour');
  if (seconds >= 60) return count(String(Math.round(seconds / 6) / 10), 'minute');
  return count(String(seconds), 'second');
}
