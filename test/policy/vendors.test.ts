import { describe, expect, it } from 'vitest';
import type { VendorEntry } from '../../src/catalog/types.js';
import { readPolicy } from '../../src/policy/read-policy.js';

function vendor(id: string, name: string, service: VendorEntry['service'], aliases: string[] = []): VendorEntry {
  return { id, name, aliases, service, docs: `https://example.test/${id}`, receives: [] };
}

// A small catalog of our own, so the tests do not move when the shipped catalog grows.
const catalog: readonly VendorEntry[] = [
  vendor('stripe', 'Stripe', 'payment_processor', ['Stripe, Inc.']),
  vendor('logmatic', 'Logmatic.io', 'logging', ['Logmatic']),
  vendor('google-analytics', 'Google Analytics', 'analytics', ['GA4']),
  vendor('google-signin', 'Sign in with Google', 'social_login', ['Google Sign-In']),
  vendor('facebook-login', 'Facebook Login', 'social_login', ['Login with Facebook']),
  vendor('facebook-social-plugins', 'Facebook social plugins', 'social_widget'),
  vendor('mouseflow', 'Mouseflow', 'session_recording'),
  vendor('aws', 'Amazon Web Services', 'hosting', ['AWS', 'Amazon RDS']),
];

function vendorsIn(text: string): string[] {
  return readPolicy(text, { format: 'text', vendors: catalog })
    .claims.flatMap((claim) => (claim.kind === 'vendor' ? [`${claim.vendor}${claim.self ? ' (self)' : ''}${claim.denied ? ' (denied)' : ''}`] : []));
}

describe('vendor names in policy text', () => {
  it('matches names and aliases, longest first', () => {
    expect(vendorsIn('We use Google Analytics and GA4 reports. Payments go through Stripe, Inc.')).toEqual(['google-analytics', 'stripe']);
    expect(vendorsIn('Backups live in Amazon RDS (http://aws.amazon.com/rds/).')).toEqual(['aws']);
    expect(vendorsIn('Logs go to Logmatic.io (https://logmatic.io).')).toEqual(['logmatic']);
  });

  it('ignores lower-case words and URLs that spell a capitalised name', () => {
    expect(vendorsIn('Tables have a stripe of colour; see https://stripe.com/docs.')).toEqual([]);
  });

  it('resolves a bare brand by the service the sentence talks about, and leaves it when nothing says', () => {
    expect(vendorsIn('You may register through an integrated service (Facebook, Google, etc.).')).toEqual(['facebook-login', 'google-signin']);
    expect(vendorsIn('Social media buttons (such as Facebook) may be on our site.')).toEqual(['facebook-social-plugins']);
    expect(vendorsIn('Our founders once worked at Facebook.')).toEqual([]);
  });

  it('marks the policy’s own company (named in the title) and vendors named in a denial, preferring a sentence to a heading', () => {
    const text = '# Mouseflow – Privacy Policy\n\nMouseflow records clicks. We do not use Google Analytics.';
    const claims = readPolicy(text, { format: 'markdown', vendors: catalog }).claims.filter((claim) => claim.kind === 'vendor');
    expect(claims.map((claim) => (claim.kind === 'vendor' ? [claim.vendor, claim.self, claim.denied, claim.line] : []))).toEqual([
      ['mouseflow', true, false, 3],
      ['google-analytics', false, true, 3],
    ]);
  });
});
