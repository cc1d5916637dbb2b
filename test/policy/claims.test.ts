import { describe, expect, it } from 'vitest';
import { compositePhrases, policyPhrases } from '../../src/catalog/data/policy-phrases.js';
import { getCategory } from '../../src/catalog/taxonomy.js';
import type { PolicyClaim } from '../../src/policy/claims.js';
import { readPolicy } from '../../src/policy/read-policy.js';

function summary(text: string, format: 'markdown' | 'text' = 'text'): string[] {
  return readPolicy(text, { format, vendors: [] }).claims.map(label);
}

function label(claim: PolicyClaim): string {
  switch (claim.kind) {
    case 'collected':
      return `collected ${claim.category}`;
    case 'not-collected':
      return `${claim.type} ${claim.categories.join(',')}`.trim();
    case 'technology':
      return `${claim.technology} ${claim.used ? 'used' : 'not used'}`;
    case 'children':
      return `children ${claim.topic}${claim.age === undefined ? '' : ` ${claim.age}`}`;
    case 'signal':
      return `${claim.signal} ${claim.status}`;
    case 'retention':
      return `retention ${claim.period}`;
    case 'sale':
      return `sale ${claim.status}`;
    default:
      return claim.kind;
  }
}
describe('category phrases', () => {
  it('name only categories the taxonomy defines', () => {
    const keys = [...Object.keys(policyPhrases), ...compositePhrases.flatMap((phrase) => phrase.categories)];
    expect(keys.filter((key) => getCategory(key) === undefined)).toEqual([]);
  });
});

describe('reading statements', () => {
  it('reads enumerations under a lead-in, with list-only words', () => {
    expect(summary('# Data\n\nThe types of personal information collected are:\n\n> Name  \n> E-mail address  \n', 'markdown')).toEqual([
      'collected user.name',
      'collected user.contact.email',
    ]);
  });

  it('prefers an enumeration’s items to the head it spells out', () => {
    expect(summary('We collect billing information (name, country, VAT ID where applicable).')).toEqual([
      'collected user.contact.address',
      'collected user.financial.tax_id',
      'collected user.name',
    ]);
  });

  it('reads denials with their verb as the type, and generic personal data as `user`', () => {
    expect(summary('We do NOT collect any passwords that you enter in a website.')).toEqual(['not_collected user.authorization.password']);
    expect(summary('Under no circumstances will we hold your credit card number, expiry date and security code.')).toEqual([
      'not_stored user.financial.credit_card',
    ]);
    expect(summary('Your e-mail address will not be sold, rented or otherwise delivered to any third party.')).toEqual([
      'not_shared user.contact.email',
      'not_sold user.contact.email',
      'sale not_sold',
    ]);
    expect(summary('We do not sell your personal information.')).toEqual(['not_sold user', 'sale not_sold']);
  });

  it('resolves "such addresses" and "them" to what came before', () => {
    expect(summary('We use return e-mail addresses to answer the e-mail we receive. Such addresses are not shared with outside parties.')).toEqual([
      'collected user.contact.email',
      'not_shared user.contact.email',
    ]);
    expect(summary('The grades are kept private and we will never disclose them to any third parties.')).toEqual([
      'collected user.education',
      'not_shared user.education',
    ]);
  });

  it('reads what a positive statement excludes', () => {
    expect(summary('The service may record mouse movements and any text you type, except text in password fields.')).toEqual([
      'collected user.behavior.keystrokes',
      'collected user.behavior.mouse_movement',
      'not_collected user.authorization.password',
      'session_recording used',
    ]);
  });

  it('types denials by what they are about', () => {
    expect(summary('We do NOT use 3rd party cookies.')).toEqual(['no_third_party_cookies', 'third_party_cookie not used']);
    expect(summary('We do NOT assign a global unique identifier to you.')).toEqual(['no_global_identifier']);
    expect(summary('Mouseflow does not track your browsing habits across other web sites.')).toEqual(['no_cross_site_tracking']);
    expect(summary('Mouseflow does not collect personally identifiable information that you do not voluntarily enter.')).toEqual([
      'user_entered_only user',
    ]);
    expect(summary('We do not advertise on Mindomo.')).toEqual(['no_advertising']);
    expect(summary("We do not use or share your information to advertise any third party's products or services.")).toEqual([
      'no_third_party_advertising',
    ]);
  });

  it('does not read choices, comparisons or conditions as denials', () => {
    expect(summary('If you prefer not to share your personal information with advertising partners, follow the instructions below.')).toEqual([]);
    expect(summary('We do not collect more personal data than necessary.')).toEqual([]);
    expect(summary('We use users’ information to serve them better, not to sell them products.')).toEqual([]);
  });

  it('reads signals, children, retention and sale statements', () => {
    expect(summary('Please note that we do not respond to or honor DNT signals.')).toEqual(['do_not_track not_honored']);
    expect(summary('We honor Global Privacy Control signals.')).toEqual(['global_privacy_control honored']);
    expect(summary('We protect children who are less than 13 (United States) and 16 (European Union) years of age with parental consent.')).toEqual([
      'children min_age 13',
      'children min_age 16',
      'children parental_consent',
    ]);
    expect(summary('We keep logs for 30 days and invoices during the statute of limitations.')).toEqual([
      'collected user.behavior.purchase_history',
      'retention P30D',
      'retention statute_of_limitations',
    ]);
    expect(summary('If we are involved in a merger, your information may be transferred to the acquirer.')).toEqual(['sale business_transfer']);
  });
});
