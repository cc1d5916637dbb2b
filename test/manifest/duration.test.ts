import { describe, expect, it } from 'vitest';
import { isIsoDuration, parseDuration } from '../../src/manifest/duration.js';

const day = 86_400;
const year = 365.2425 * day;

describe('parseDuration', () => {
  it.each([
    ['session', 0],
    ['PT30M', 1800],
    ['PT24H', day],
    ['P1DT12H', 1.5 * day],
    ['P1W', 7 * day],
    ['P30D', 30 * day],
    ['P1M', year / 12],
    ['P13M', (13 * year) / 12],
    ['P2Y', 2 * year],
    ['P1Y2M3DT4H5M6S', year + (2 * year) / 12 + 3 * day + 4 * 3600 + 5 * 60 + 6],
    ['PT0.5S', 0.5],
    ['PT1,5S', 1.5],
    ['P0D', 0],
  ])('%s → %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it('reads persistent as unlimited', () => {
    expect(parseDuration('persistent')).toBe(Number.POSITIVE_INFINITY);
  });

  it.each(['', 'P', 'PT', 'P1YT', 'P1H', '2Y', 'p1y', 'P1.5Y', 'P-1D', 'P1D ', 'forever', 'Session'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('lets a cookie set for 365 days fit a declared P1Y, and 30 days fit P1M', () => {
    expect(365 * day).toBeLessThanOrEqual(parseDuration('P1Y') ?? 0);
    expect(30 * day).toBeLessThanOrEqual(parseDuration('P1M') ?? 0);
    expect(31 * day).toBeGreaterThan(parseDuration('P1M') ?? 0);
  });
});

describe('isIsoDuration', () => {
  it('accepts ISO-8601 durations only', () => {
    expect(isIsoDuration('P12M')).toBe(true);
    expect(isIsoDuration('PT30M')).toBe(true);
    expect(isIsoDuration('session')).toBe(false);
    expect(isIsoDuration('persistent')).toBe(false);
    expect(isIsoDuration('P')).toBe(false);
  });
});
