import { describe, expect, it } from 'vitest';
import { observeKind } from './observations.js';

const field = (category: string, confidence: string, reason: string, line: number, column: number) => ({
  kind: 'form-field',
  category,
  confidence,
  storedBy: 'first_party',
  reason,
  line,
  column,
});

describe('form fields', () => {
  const signup = [
    "import { useForm } from 'react-hook-form';",
    "import { Field } from 'formik';",
    'export function Signup() {',
    '  const { register } = useForm();',
    '  return (',
    '    <form>',
    '      <input type="email" name="contact" />',
    '      <input autoComplete="shipping postal-code" />',
    "      <input {...register('phone')} />",
    '      <Field name="firstName" />',
    '      <TextField name="email" label="Email" />',
    '      <label>Date of birth <input type="date" name="dob" /></label>',
    '      <input type="hidden" name="csrf" />',
    '      <input type="checkbox" name="terms" />',
    '    </form>',
    '  );',
    '}',
  ];

  it('classifies native inputs, form-library registrations and field components, first party', () => {
    expect(observeKind('form-field', 'src/signup.tsx', signup)).toEqual([
      field('user.contact.email', 'strong', 'type `email`', 7, 7),
      field('user.contact.address.postal_code', 'strong', 'autocomplete `shipping postal-code`', 8, 7),
      field('user.contact.phone_number', 'medium', 'name `phone`', 9, 18),
      field('user.name.first', 'medium', 'name `firstName`', 10, 7),
      field('user.contact.email', 'medium', 'name `email`', 11, 7),
      field('user.demographic.date_of_birth', 'strong', 'type `date` named `dob`', 12, 28),
    ]);
  });

  it('reads HTML pages with `<label for>`', () => {
    expect(observeKind('form-field', 'public/login.html', ['<label for="pw">Password</label><input id="pw" type="password">', '<input name="email_address">'])).toEqual([
      field('user.authorization.password', 'strong', 'type `password`', 1, 33),
      field('user.contact.email', 'medium', 'name `email_address`', 2, 1),
    ]);
  });
});

describe('hosted payment fields', () => {
  it('reports Stripe’s card element as payment data only Stripe holds, never as a first-party field', () => {
    const lines = ["import { CardElement } from '@stripe/react-stripe-js';", 'export const Pay = () => <form><CardElement /></form>;'];
    const hosted = (category: string) => ({
      kind: 'payment',
      vendor: 'stripe',
      category,
      confidence: 'strong',
      storedBy: 'recipient_only',
      reason: '`<CardElement>` is hosted by Stripe',
      line: 2,
      column: 32,
    });
    expect(observeKind('payment', 'src/pay.tsx', lines).filter((observation) => observation.category !== undefined)).toEqual([
      hosted('user.contact.address.postal_code'),
      hosted('user.financial.credit_card.cvc'),
      hosted('user.financial.credit_card.expiry'),
      hosted('user.financial.credit_card.number'),
    ]);
    expect(observeKind('form-field', 'src/pay.tsx', lines)).toEqual([]);
  });

  it('keeps a card number typed into the app’s own input first party', () => {
    expect(observeKind('form-field', 'src/card.tsx', ['export const C = () => <input autoComplete="cc-number" />;'])).toEqual([
      field('user.financial.credit_card.number', 'strong', 'autocomplete `cc-number`', 1, 24),
    ]);
  });
});
