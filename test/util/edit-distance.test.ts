import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/util/edit-distance.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['email', 'email', 0],
    ['emial', 'email', 1],
    ['email', 'emails', 1],
    ['kitten', 'sitting', 3],
    ['mixpanel', 'mixpnael', 1],
    ['ab', 'ba', 1],
    ['abc', 'ca', 3],
  ])('%j → %j is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('closest', () => {
  const vendors = ['google-analytics', 'google-ads', 'mixpanel', 'segment', 'sentry'];

  it('finds the nearest candidate within the default limit', () => {
    expect(closest('mixpnael', vendors)).toBe('mixpanel');
    expect(closest('google-analitycs', vendors)).toBe('google-analytics');
    expect(closest('sentri', vendors)).toBe('sentry');
  });

  it('is case-insensitive by default and returns the candidate as written', () => {
    expect(closest('MixPanel', vendors)).toBe('mixpanel');
    expect(closest('Mixpanel', ['Mixpanel'], { ignoreCase: false })).toBe('Mixpanel');
    expect(closest('mixpanel', ['Mixpanel'], { ignoreCase: false, maxDistance: 0 })).toBeUndefined();
  });

  it('rejects candidates that are too far away', () => {
    expect(closest('stripe', vendors)).toBeUndefined();
    expect(closest('ab', ['xy'])).toBeUndefined();
    expect(closest('segmnt', vendors, { maxDistance: 0 })).toBeUndefined();
    expect(closest('segmnt', vendors, { maxDistance: 1 })).toBe('segment');
  });

  it('prefers the earlier candidate on a tie', () => {
    expect(closest('cat', ['bat', 'hat'])).toBe('bat');
    expect(closest('cat', ['hat', 'bat'])).toBe('hat');
  });

  it('returns undefined for no candidates', () => {
    expect(closest('email', [])).toBeUndefined();
  });
});
