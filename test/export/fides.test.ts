import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportFides, toFidesKey } from '../../src/export/fides.js';
import { loadManifest } from '../../src/manifest/load.js';
import { loadAcme } from './acme-manifest.js';

interface Declaration {
  name: string;
  data_categories: string[];
  data_use: string;
  data_subjects: string[];
  egress?: string[];
  legal_basis_for_processing?: string;
  retention_period?: string;
  data_shared_with_third_parties: boolean;
  third_parties?: string;
  shared_categories: string[];
}

interface System {
  fides_key: string;
  organization_fides_key: string;
  name: string;
  system_type: string;
  responsibility?: string[];
  egress?: { fides_key: string; type: string; data_categories: string[] }[];
  ingress?: { fides_key: string; type: string; data_categories: string[] }[];
  privacy_declarations: Declaration[];
}

interface FidesFile {
  system: System[];
  data_category: { fides_key: string; parent_key: string; name: string }[];
}

function load(text: string): FidesFile {
  const parsed: FidesFile = parse(text) as FidesFile;
  return parsed;
}

const fidesKey = /^[a-zA-Z0-9_.<>-]+$/;

describe('exportFides', () => {
  const acme = load(exportFides(loadAcme()).text);

  it('writes one application system per surface and one service system per recipient', () => {
    expect(acme.system.map((system) => [system.fides_key, system.system_type, system.name])).toEqual([
      ['acme_inc_ios_app', 'Application', 'Acme Inc. (ios_app)'],
      ['acme_inc_android_app', 'Application', 'Acme Inc. (android_app)'],
      ['acme_inc_web', 'Application', 'Acme Inc. (web)'],
      ['stripe', 'Service', 'Stripe'],
      ['adnet', 'Service', 'AdNet'],
      ['google-signin', 'Service', 'Sign in with Google'],
      ['share_widget', 'Service', 'ShareThis'],
    ]);
    for (const system of acme.system) {
      expect(system.fides_key).toMatch(fidesKey);
      expect(system.organization_fides_key).toBe('acme');
    }
  });

  it('declares each collect entry once per purpose, with subjects, legal basis, retention and third parties', () => {
    const ios = acme.system[0];
    expect(ios?.privacy_declarations.map((declaration) => declaration.name)).toEqual([
      'account: essential.service.authentication',
      'checkout: essential.service.payment_processing',
      'ads: marketing.advertising.third_party.targeted',
      'theme: personalize.system',
      'support: essential.service.operations.support',
    ]);
    expect(ios?.privacy_declarations[0]).toEqual({
      name: 'account: essential.service.authentication',
      data_categories: ['user.authorization.password', 'user.contact.email', 'user.name'],
      data_use: 'essential.service.authentication',
      // `student` extends `customer`, which is what Fides knows.
      data_subjects: ['customer'],
      egress: ['google-signin'],
      legal_basis_for_processing: 'Contract',
      retention_period: 'account_lifetime',
      data_shared_with_third_parties: true,
      third_parties: 'Sign in with Google',
      shared_categories: ['user.contact.email', 'user.name'],
    });
    const checkout = ios?.privacy_declarations[1];
    expect(checkout?.data_shared_with_third_parties).toBe(false);
    expect(checkout?.shared_categories).toEqual([]);
    expect(acme.system[2]?.privacy_declarations.map((declaration) => declaration.name)).toEqual([
      'account: essential.service.authentication',
      'theme: personalize.system',
      'support: essential.service.operations.support',
      'profile: personalize.content',
    ]);
  });

  it('connects systems by data flows, with the recipient\'s role as its responsibility', () => {
    expect(acme.system[0]?.egress?.map((flow) => [flow.fides_key, flow.type, flow.data_categories])).toEqual([
      ['stripe', 'system', ['user.contact.address', 'user.financial.credit_card']],
      ['adnet', 'system', ['user.behavior.advertising', 'user.device.advertising_id']],
      ['google-signin', 'system', ['user.contact.email', 'user.name']],
      ['share_widget', 'system', []],
    ]);
    const stripe = acme.system.find((system) => system.fides_key === 'stripe');
    expect(stripe?.responsibility).toEqual(['Processor']);
    expect(stripe?.ingress?.map((flow) => flow.fides_key)).toEqual(['acme_inc_ios_app', 'acme_inc_android_app', 'acme_inc_web']);
    expect(acme.system[0]?.responsibility).toEqual(['Controller']);
  });

  it('defines every Candor extension category it uses under its fideslang parent', () => {
    expect(acme.data_category.map((category) => [category.fides_key, category.parent_key])).toEqual([
      ['user.behavior.advertising', 'user.behavior'],
      ['user.content.communications', 'user.content'],
      ['user.content.media', 'user.content'],
      ['user.content.media.audio', 'user.content.media'],
      ['user.device.advertising_id', 'user.device'],
    ]);
  });

  it('exports one surface on request', () => {
    const web = load(exportFides(loadAcme(), { surface: 'web' }).text);
    expect(web.system.filter((system) => system.system_type === 'Application').map((system) => system.fides_key)).toEqual(['acme_inc_web']);
  });

  it('exports Mindomo with valid keys and the processors\' responsibility', () => {
    const mindomo = load(exportFides(loadManifest('fixtures/manifests/seed-003-mindomo.yaml').manifest).text);
    expect(mindomo.system.filter((system) => system.system_type === 'Application').map((system) => system.fides_key)).toEqual(['mindomo_web', 'mindomo_mobile_apps']);
    for (const system of mindomo.system) expect(system.fides_key).toMatch(fidesKey);
    expect(mindomo.system.find((system) => system.fides_key === 'braintree')?.responsibility).toEqual(['Processor']);
    const purchase = mindomo.system[0]?.privacy_declarations.filter((declaration) => declaration.name.startsWith('purchase: '));
    expect(purchase?.map((declaration) => declaration.data_use)).toEqual(['essential.service.payment_processing', 'finance', 'essential.service.notifications.email']);
    expect(purchase?.[0]?.retention_period).toBe('statute_of_limitations');
  });

  it('turns any text into a fides key', () => {
    expect(toFidesKey('Office 365 (Microsoft)')).toBe('Office_365_Microsoft');
    expect(toFidesKey('google-analytics')).toBe('google-analytics');
    expect(toFidesKey('***')).toBe('unnamed');
  });
});
