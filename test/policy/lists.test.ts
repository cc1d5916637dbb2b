import { describe, expect, it } from 'vitest';
import { findElaborations, isListItem, splitItems } from '../../src/policy/lists.js';

function items(text: string): string[] {
  return splitItems(text).map((span) => text.slice(span.start, span.end));
}

describe('splitItems', () => {
  it('splits comma, "and", "or" and slash enumerations and drops determiners', () => {
    expect(items('Name, Address, E-mail address, Phone number')).toEqual(['Name', 'Address', 'E-mail address', 'Phone number']);
    expect(items('such as your name, email address, company name and phone number')).toEqual(['name', 'email address', 'company name', 'phone number']);
    expect(items('email address/username and password')).toEqual(['email address', 'username', 'password']);
    expect(items('name, country, VAT ID where applicable, address, city, ZIP code, state/province, telephone number')).toEqual([
      'name', 'country', 'VAT ID where applicable', 'address', 'city', 'ZIP code', 'state', 'province', 'telephone number',
    ]);
  });
});

describe('isListItem', () => {
  const at = (text: string, word: string, from = 0): boolean => {
    const start = text.indexOf(word, from);
    return isListItem(text, start, start + word.length);
  };

  it('accepts a word that is a whole item, with determiners and qualifiers around it', () => {
    expect(at('account information (full name, email, password)', 'email')).toBe(true);
    expect(at('such as your name, email address', 'name')).toBe(true);
    expect(at('Name', 'Name')).toBe(true);
    expect(at('name, country, VAT ID where applicable, address', 'address')).toBe(true);
  });

  it('rejects the same word inside a longer phrase', () => {
    expect(at('we may send you an email about it', 'email')).toBe(false);
    expect(at('our business partner’s name will appear', 'name')).toBe(false);
  });
});

describe('findElaborations', () => {
  it('finds parenthesised and "such as" items with the end of their head', () => {
    const parenthesised = 'billing information (name, country, VAT ID)';
    expect(findElaborations(parenthesised).map((found) => [parenthesised.slice(0, found.headEnd), parenthesised.slice(found.items.start, found.items.end)])).toEqual([
      ['billing information', 'name, country, VAT ID'],
    ]);
    const suchAs = 'we will hold sensitive payment details such as your credit card number, expiry date and security code.';
    expect(findElaborations(suchAs).map((found) => [suchAs.slice(0, found.headEnd), suchAs.slice(found.items.start, found.items.end)])).toEqual([
      ['we will hold sensitive payment details', 'your credit card number, expiry date and security code'],
    ]);
  });
});
