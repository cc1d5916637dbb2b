import { describe, expect, it } from 'vitest';
import { exportGooglePlay } from '../../src/export/google-play.js';
import { loadManifest } from '../../src/manifest/load.js';
import { loadAcme } from './acme-manifest.js';
import { parseCsv } from './csv.js';

type Answers = Map<string, string>;

function answers(text: string): { header: string[]; rows: string[][]; values: Answers } {
  const [header = [], ...rows] = parseCsv(text);
  const values = new Map<string, string>();
  for (const row of rows) values.set(`${row[0]}|${row[1]}`, row[2] ?? '');
  return { header, rows, values };
}

function selectedTypes(values: Answers): string[] {
  return [...values].filter(([key, value]) => key.startsWith('PSL_DATA_TYPES_') && value === 'TRUE').map(([key]) => key.split('|')[1] ?? '');
}

function usage(values: Answers, type: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const prefix = `PSL_DATA_USAGE_RESPONSES:PSL_${type}:`;
  for (const [key, value] of values) {
    if (!key.startsWith(prefix) || value === '') continue;
    const [question = '', response = ''] = key.slice(prefix.length).split('|');
    (out[question] ??= []).push(response === '' ? value : response);
  }
  return out;
}

describe('exportGooglePlay', () => {
  const acme = answers(exportGooglePlay(loadAcme()).text);

  it('writes the Play Console CSV: five columns, every row complete', () => {
    expect(acme.header).toEqual(['Question ID (machine readable)', 'Response ID (machine readable)', 'Response value', 'Answer requirement', 'Human-friendly question label']);
    for (const row of acme.rows) expect(row).toHaveLength(5);
    // 2 overview questions, 6 account-creation methods, the deletion URL, 38 types and 19 usage rows per type.
    expect(acme.rows).toHaveLength(2 + 6 + 1 + 38 + 38 * 19);
    expect(exportGooglePlay(loadAcme()).text.endsWith('\r\n')).toBe(true);
  });

  it('answers the overview questions from security and export.google_play', () => {
    expect(acme.values.get('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA|')).toBe('TRUE');
    expect(acme.values.get('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT|')).toBe('TRUE');
    expect(acme.values.get('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS|PSL_ACM_USER_ID_PASSWORD')).toBe('TRUE');
    expect(acme.values.get('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS|PSL_ACM_OAUTH')).toBe('TRUE');
    expect(acme.values.get('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS|PSL_ACM_NONE')).toBe('');
    expect(acme.values.get('PSL_ACCOUNT_DELETION_URL|')).toBe('https://acme.example/delete');
  });

  it('lists the Android surface\'s types, card data included even though only the processor holds it', () => {
    expect(selectedTypes(acme.values)).toEqual(['PSL_NAME', 'PSL_EMAIL', 'PSL_ADDRESS', 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER', 'PSL_AUDIO', 'PSL_OTHER_APP_ACTIVITY', 'PSL_DEVICE_ID']);
  });

  it('answers each type\'s usage: collected or shared, ephemeral, optional, purposes', () => {
    expect(usage(acme.values, 'EMAIL')).toEqual({
      'PSL_DATA_USAGE_COLLECTION_AND_SHARING': ['PSL_DATA_USAGE_ONLY_COLLECTED'],
      'PSL_DATA_USAGE_EPHEMERAL': ['FALSE'],
      'DATA_USAGE_USER_CONTROL': ['PSL_DATA_USAGE_USER_CONTROL_REQUIRED'],
      'DATA_USAGE_COLLECTION_PURPOSE': ['PSL_ACCOUNT_MANAGEMENT'],
    });
    expect(usage(acme.values, 'DEVICE_ID')).toEqual({
      'PSL_DATA_USAGE_COLLECTION_AND_SHARING': ['PSL_DATA_USAGE_ONLY_COLLECTED', 'PSL_DATA_USAGE_ONLY_SHARED'],
      'PSL_DATA_USAGE_EPHEMERAL': ['FALSE'],
      'DATA_USAGE_USER_CONTROL': ['PSL_DATA_USAGE_USER_CONTROL_OPTIONAL'],
      'DATA_USAGE_COLLECTION_PURPOSE': ['PSL_ADVERTISING'],
      'DATA_USAGE_SHARING_PURPOSE': ['PSL_ADVERTISING'],
    });
    expect(usage(acme.values, 'AUDIO')).toEqual({
      'PSL_DATA_USAGE_COLLECTION_AND_SHARING': ['PSL_DATA_USAGE_ONLY_COLLECTED'],
      'PSL_DATA_USAGE_EPHEMERAL': ['TRUE'],
      'DATA_USAGE_USER_CONTROL': ['PSL_DATA_USAGE_USER_CONTROL_REQUIRED'],
      'DATA_USAGE_COLLECTION_PURPOSE': ['PSL_APP_FUNCTIONALITY'],
    });
    // Stripe is a service provider: collecting through it is not sharing.
    expect(usage(acme.values, 'CREDIT_DEBIT_BANK_ACCOUNT_NUMBER').PSL_DATA_USAGE_COLLECTION_AND_SHARING).toEqual(['PSL_DATA_USAGE_ONLY_COLLECTED']);
    expect(usage(acme.values, 'PHOTOS')).toEqual({});
  });

  it('quotes labels that hold commas', () => {
    const row = acme.rows.find((candidate) => candidate[0] === 'PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_COLLECTION_AND_SHARING' && candidate[1] === 'PSL_DATA_USAGE_ONLY_COLLECTED');
    expect(row?.[4]).toBe('Data usage and handling (Email address) / Is this data collected, shared, or both? / Collected');
    expect(exportGooglePlay(loadAcme()).text).toContain(',"Data usage and handling (Email address) / Is this data collected, shared, or both? / Collected"\r\n');
  });

  it('lists Mindomo\'s card data, which Apple leaves out, and infers password and OAuth sign-up', () => {
    const { text, warnings } = exportGooglePlay(loadManifest('fixtures/manifests/seed-003-mindomo.yaml').manifest);
    const mindomo = answers(text);
    expect(selectedTypes(mindomo.values)).toEqual([
      'PSL_NAME',
      'PSL_EMAIL',
      'PSL_USER_ACCOUNT',
      'PSL_ADDRESS',
      'PSL_PHONE',
      'PSL_OTHER_PERSONAL',
      'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER',
      'PSL_PURCHASE_HISTORY',
      'PSL_OTHER',
      'PSL_APPROX_LOCATION',
      'PSL_WEB_BROWSING_HISTORY',
      'PSL_EMAILS',
      'PSL_OTHER_MESSAGES',
      'PSL_PERFORMANCE_DIAGNOSTICS',
      'PSL_OTHER_PERFORMANCE',
      'PSL_USER_INTERACTION',
      'PSL_OTHER_APP_ACTIVITY',
      'PSL_DEVICE_ID',
    ]);
    expect(usage(mindomo.values, 'CREDIT_DEBIT_BANK_ACCOUNT_NUMBER')).toEqual({
      'PSL_DATA_USAGE_COLLECTION_AND_SHARING': ['PSL_DATA_USAGE_ONLY_COLLECTED'],
      'PSL_DATA_USAGE_EPHEMERAL': ['FALSE'],
      'DATA_USAGE_USER_CONTROL': ['PSL_DATA_USAGE_USER_CONTROL_REQUIRED'],
      'DATA_USAGE_COLLECTION_PURPOSE': ['PSL_APP_FUNCTIONALITY', 'PSL_DEVELOPER_COMMUNICATIONS', 'PSL_FRAUD_PREVENTION_SECURITY'],
    });
    // Every Mindomo recipient is a service provider, a legal or user-directed disclosure, or a possible acquirer.
    expect([...mindomo.values].filter(([key, value]) => key.includes('PSL_DATA_USAGE_ONLY_SHARED') && value === 'TRUE')).toEqual([]);
    expect(mindomo.values.get('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS|PSL_ACM_USER_ID_PASSWORD')).toBe('TRUE');
    expect(mindomo.values.get('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS|PSL_ACM_OAUTH')).toBe('TRUE');
    expect(warnings).toEqual([
      '`user` is too general for a Data safety type and was left out. Declare its specific categories to export them.',
      '`user.demographic` is too general for a Data safety type and was left out. Declare its specific categories to export them.',
    ]);
  });
});

