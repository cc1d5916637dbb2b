const isoDuration = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const day = 86_400;
// Calendar units as cookie tools count them (Cookiebot, TCF `maxAgeSeconds`): a year of 365 days, a month of 30.
const unitSeconds = [365 * day, 30 * day, 7 * day, day, 3_600, 60, 1];

/**
 * Seconds in a storage duration: `session` is 0, `persistent` (no stated limit) is Infinity, an
 * ISO-8601 duration (`P2Y`, `PT30M`, `P1DT12H`) its length; undefined for anything else.
 */
export function durationSeconds(duration: string): number | undefined {
  if (duration === 'session') return 0;
  if (duration === 'persistent') return Number.POSITIVE_INFINITY;
  const match = isoDuration.exec(duration);
  if (match === null || duration === 'P' || duration.endsWith('T')) return undefined;
  let seconds = 0;
  for (let i = 0; i < unitSeconds.length; i++) {
    const amount = match[i + 1];
    if (amount !== undefined) seconds += Number(amount) * (unitSeconds[i] ?? 0);
  }
  return seconds;
}

/** A lifetime in seconds as a short human text: `2 years`, `30 minutes`, `session`. */
export function describeSeconds(seconds: number | null): string {
  if (seconds === null || seconds === 0) return 'session';
  if (!Number.isFinite(seconds)) return 'no limit';
  const units: [number, string][] = [[365 * day, 'year'], [30 * day, 'month'], [day, 'day'], [3_600, 'hour'], [60, 'minute'], [1, 'second']];
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const count = seconds / size;
      return `${count} ${name}${count === 1 ? '' : 's'}`;
    }
  }
  const [size, name] = seconds >= day ? [day, 'day'] : [1, 'second'];
  const count = Math.round(seconds / size);
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}
