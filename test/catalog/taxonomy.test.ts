import { describe, expect, it } from 'vitest';
import {
  categories,
  categoryAncestors,
  categoryLabel,
  coversCategory,
  getCategory,
  getPurpose,
  isSensitiveCategory,
  purposes,
  resolveCategory,
  resolvePurpose,
  resolveSubject,
  subjects,
  suggestCategory,
  suggestPurpose,
} from '../../src/catalog/taxonomy.js';

/** The 85 default data categories of fideslang at commit 40394c46 (data_files/data_categories.csv). */
const fideslangCategories = [
  'system', 'system.authentication', 'system.operations', 'user', 'user.account', 'user.authorization',
  'user.behavior', 'user.biometric', 'user.childrens', 'user.contact', 'user.content', 'user.demographic',
  'user.location', 'user.device', 'user.payment', 'user.social', 'user.unique_id', 'user.telemetry',
  'user.user_sensor', 'user.workplace', 'user.sensor', 'user.financial', 'user.government_id',
  'user.health_and_medical', 'user.name', 'user.criminal_history', 'user.privacy_preferences', 'user.job_title',
  'user.account.settings', 'user.account.username', 'user.authorization.credentials',
  'user.authorization.biometric', 'user.authorization.password', 'user.behavior.browsing_history',
  'user.behavior.media_consumption', 'user.behavior.purchase_history', 'user.behavior.search_history',
  'user.biometric.fingerprint', 'user.biometric.retinal', 'user.biometric.voice', 'user.biometric.health',
  'user.contact.address', 'user.contact.email', 'user.contact.phone_number', 'user.contact.url',
  'user.contact.fax_number', 'user.contact.organization', 'user.contact.address.city',
  'user.contact.address.country', 'user.contact.address.postal_code', 'user.contact.address.state',
  'user.contact.address.street', 'user.content.private', 'user.content.public', 'user.content.self_image',
  'user.demographic.age_range', 'user.demographic.date_of_birth', 'user.demographic.gender',
  'user.demographic.language', 'user.demographic.marital_status', 'user.demographic.political_opinion',
  'user.demographic.profile', 'user.demographic.race_ethnicity', 'user.demographic.religious_belief',
  'user.demographic.sexual_orientation', 'user.device.cookie', 'user.device.cookie_id', 'user.device.device_id',
  'user.device.ip_address', 'user.financial.bank_account', 'user.financial.credit_card',
  'user.government_id.birth_certificate', 'user.government_id.drivers_license_number',
  'user.government_id.immigration', 'user.government_id.national_identification_number',
  'user.government_id.passport_number', 'user.government_id.vehicle_registration',
  'user.health_and_medical.genetic', 'user.health_and_medical.insurance_beneficiary_id',
  'user.health_and_medical.record_id', 'user.location.imprecise', 'user.location.precise', 'user.name.first',
  'user.name.last', 'user.unique_id.pseudonymous',
];

/** Candor's extension keys (reference §4.2). */
const extensionCategories = [
  'user.behavior.advertising', 'user.behavior.email_engagement', 'user.behavior.interaction',
  'user.behavior.keystrokes', 'user.behavior.mouse_movement', 'user.behavior.session_recording',
  'user.content.communications', 'user.content.form_input', 'user.content.media', 'user.content.media.audio',
  'user.content.media.photo', 'user.content.media.video', 'user.content.survey', 'user.demographic.sensitive',
  'user.device.advertising_id', 'user.device.browser', 'user.device.hardware', 'user.device.installed_software',
  'user.device.locale', 'user.device.locale.language', 'user.device.locale.timezone', 'user.device.network',
  'user.device.screen', 'user.education', 'user.employment', 'user.financial.credit_card.brand',
  'user.financial.credit_card.cvc', 'user.financial.credit_card.expiry', 'user.financial.credit_card.holder_name',
  'user.financial.credit_card.number', 'user.financial.tax_id', 'user.social.contacts', 'user.telemetry.crash',
  'user.telemetry.performance',
];

/** The 54 default data uses of fideslang at commit 40394c46 (data_files/data_uses.csv). */
const fideslangPurposes = [
  'analytics', 'analytics.reporting', 'analytics.reporting.ad_performance',
  'analytics.reporting.content_performance', 'analytics.reporting.campaign_insights', 'analytics.reporting.system',
  'analytics.reporting.system.performance', 'collect', 'employment', 'employment.recruitment', 'essential',
  'essential.fraud_detection', 'essential.legal_obligation', 'essential.service',
  'essential.service.authentication', 'essential.service.notifications', 'essential.service.operations',
  'essential.service.payment_processing', 'essential.service.security', 'essential.service.upgrades',
  'essential.service.notifications.email', 'essential.service.notifications.sms',
  'essential.service.operations.support', 'essential.service.operations.improve', 'finance', 'functional',
  'functional.storage', 'functional.service', 'functional.service.improve', 'marketing', 'marketing.advertising',
  'marketing.communications', 'marketing.advertising.first_party', 'marketing.advertising.frequency_capping',
  'marketing.advertising.negative_targeting', 'marketing.advertising.profiling', 'marketing.advertising.serving',
  'marketing.advertising.third_party', 'marketing.advertising.first_party.contextual',
  'marketing.advertising.first_party.targeted', 'marketing.advertising.third_party.targeted',
  'marketing.communications.email', 'marketing.communications.sms', 'operations', 'personalize',
  'personalize.content', 'personalize.system', 'personalize.content.limited', 'personalize.content.profiling',
  'personalize.content.profiled', 'sales', 'third_party_sharing', 'third_party_sharing.legal_obligation',
  'train_ai_system',
];

describe('categories', () => {
  it('holds exactly the 85 fideslang keys plus the extensions', () => {
    expect(fideslangCategories).toHaveLength(85);
    expect(categories.filter((entry) => !entry.extension).map((entry) => entry.key)).toEqual(
      [...fideslangCategories].sort(),
    );
    expect(categories.filter((entry) => entry.extension).map((entry) => entry.key)).toEqual(
      [...extensionCategories].sort(),
    );
  });

  it('is sorted by key', () => {
    const keys = categories.map((entry) => entry.key);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives every non-root key its existing parent, the key minus its last segment', () => {
    for (const entry of categories) {
      if (entry.key === 'user' || entry.key === 'system') {
        expect(entry.parent).toBeUndefined();
        continue;
      }
      expect(entry.parent, entry.key).toBe(entry.key.slice(0, entry.key.lastIndexOf('.')));
      expect(getCategory(entry.parent ?? ''), `${entry.key} → ${entry.parent}`).toBeDefined();
    }
  });

  it('carries the §4.2 columns', () => {
    expect(getCategory('user.contact.email')).toMatchObject({
      name: 'Email address',
      extension: false,
      apple: ['EmailAddress'],
      google: ['EMAIL'],
      ccpa: ['A'],
      sensitive: false,
    });
    expect(getCategory('user.financial.credit_card.cvc')).toMatchObject({
      parent: 'user.financial.credit_card',
      extension: true,
      sensitive: true,
      apple: ['PaymentInfo'],
      ccpa: ['B', 'L'],
    });
    expect(getCategory('user.device.installed_software')?.apple).toBeUndefined();
    expect(getCategory('user.device.installed_software')?.google).toEqual(['APPS_ON_DEVICE']);
    expect(getCategory('user.nonexistent')).toBeUndefined();
  });
});

describe('resolveCategory', () => {
  it.each([
    ['user.contact.email', ['user.contact.email']],
    ['email', ['user.contact.email']],
    ['E-Mail', ['user.contact.email']],
    ['  EMAIL ', ['user.contact.email']],
    ['parent_contact', ['user.contact.email']],
    ['payment_card', ['user.financial.credit_card']],
    ['card', ['user.financial.credit_card']],
    ['ip_address', ['user.device.ip_address']],
    ['ip-address', ['user.device.ip_address']],
    ['full_name', ['user.name']],
    ['first_name', ['user.name.first']],
    ['handle', ['user.account.username']],
    ['2fa', ['user.authorization.credentials']],
    ['session_token', ['system.authentication']],
    ['address_book', ['user.social.contacts']],
    ['telephone', ['user.contact.phone_number']],
    ['shipping_address', ['user.contact.address']],
    ['company', ['user.contact.organization']],
    ['impp', ['user.contact.url']],
    ['dob', ['user.demographic.date_of_birth']],
    ['age_gate', ['user.demographic.age_range']],
    ['sex', ['user.demographic.gender']],
    ['preferred_language', ['user.demographic.language']],
    ['politics', ['user.demographic.sensitive']],
    ['segments', ['user.demographic.profile']],
    ['job_title', ['user.employment']],
    ['grades', ['user.education']],
    ['ssn', ['user.government_id']],
    ['fitness', ['user.health_and_medical']],
    ['voiceprint', ['user.biometric']],
    ['iban', ['user.financial.bank_account']],
    ['vat_id', ['user.financial.tax_id']],
    ['credit_score', ['user.financial']],
    ['invoices', ['user.behavior.purchase_history']],
    ['gps', ['user.location.precise']],
    ['country', ['user.location.imprecise']],
    ['location_unspecified', ['user.location.imprecise']],
    ['mac_address', ['user.device.device_id']],
    ['idfa', ['user.device.advertising_id']],
    ['anonymous_id', ['user.device.cookie_id']],
    ['fingerprint', ['user.unique_id.pseudonymous']],
    ['user_agent', ['user.device.browser']],
    ['screen_resolution', ['user.device.screen']],
    ['time_zone', ['user.device.locale']],
    ['isp', ['user.device.network']],
    ['device_characteristics', ['user.device.hardware']],
    ['plugins', ['user.device.installed_software']],
    ['referrer', ['user.behavior.browsing_history']],
    ['search', ['user.behavior.search_history']],
    ['clicks', ['user.behavior.interaction']],
    ['heatmap', ['user.behavior.mouse_movement']],
    ['typing', ['user.behavior.keystrokes']],
    ['session_replay', ['user.behavior.session_recording']],
    ['email_opens', ['user.behavior.email_engagement']],
    ['conversions', ['user.behavior.advertising']],
    ['crash_logs', ['user.telemetry']],
    ['wireframes', ['user.content.private']],
    ['forum_posts', ['user.content.public']],
    ['support_messages', ['user.content.communications']],
    ['avatar', ['user.content.media']],
    ['nps', ['user.content.survey']],
    ['typed_text', ['user.content.form_input']],
    ['theme', ['user.account.settings']],
    ['gpc', ['user.privacy_preferences']],
    ['children', ['user.childrens']],
  ])('%s → %j', (input, expected) => {
    expect(resolveCategory(input)).toEqual(expected);
  });

  it('expands composite aliases in place', () => {
    expect(resolveCategory('billing_info')).toEqual([
      'user.name',
      'user.contact.address',
      'user.contact.phone_number',
      'user.financial.tax_id',
    ]);
    expect(resolveCategory('device_browser_info')).toEqual([
      'user.device.browser',
      'user.device.screen',
      'user.device.locale',
    ]);
    expect(resolveCategory('usage_data')).toEqual(['user.behavior']);
    expect(resolveCategory('generic_personal_information')).toEqual(['user']);
    expect(resolveCategory('Demographics')).toEqual(['user.demographic']);
  });

  it('resolves an alias two rows of §4.2 share to both keys', () => {
    expect(resolveCategory('online_identifier')).toEqual(['user.device.cookie_id', 'user.unique_id']);
  });

  it('returns undefined for unknown input', () => {
    expect(resolveCategory('user.contact.emial')).toBeUndefined();
    expect(resolveCategory('third_party_sourced')).toBeUndefined();
    expect(resolveCategory('')).toBeUndefined();
  });

  it('resolves every alias of an entry to a list containing that entry', () => {
    for (const entry of categories) {
      for (const alias of entry.aliases) expect(resolveCategory(alias), alias).toContain(entry.key);
    }
  });
});

describe('coversCategory', () => {
  it.each([
    ['user.contact.email', 'user.contact.email', true],
    ['user.contact', 'user.contact.email', true],
    ['user', 'user.financial.credit_card.cvc', true],
    ['user.financial.credit_card', 'user.financial.credit_card.number', true],
    ['user.contact.email', 'user.contact', false],
    ['user.contact.e', 'user.contact.email', false],
    ['user.name', 'user.name_suffix', false],
    ['user.contact.email', 'user.contact.phone_number', false],
    ['system', 'user.contact.email', false],
  ])('%s covers %s: %s', (declared, found, expected) => {
    expect(coversCategory(declared, found)).toBe(expected);
  });
});

describe('categoryAncestors', () => {
  it('lists ancestors nearest first', () => {
    expect(categoryAncestors('user.contact.address.city')).toEqual(['user.contact.address', 'user.contact', 'user']);
    expect(categoryAncestors('user')).toEqual([]);
  });
});

describe('suggestCategory', () => {
  it.each([
    ['user.contact.emial', 'user.contact.email'],
    ['user.contcat.email', 'user.contact.email'],
    ['user.contact.adress', 'user.contact.address'],
    ['user.finacial', 'user.financial'],
    ['contact.email', 'user.contact.email'],
    ['user.email', 'user.contact.email'],
    ['street', 'user.contact.address.street'],
    ['emial', 'email'],
    ['payment-crad', 'payment_card'],
    ['billing_infos', 'billing_info'],
    ['payment-card', 'user.financial.credit_card'],
  ])('%s → %s', (input, expected) => {
    expect(suggestCategory(input)).toBe(expected);
  });

  it('suggests nothing for input far from every key and alias', () => {
    expect(suggestCategory('spaceship')).toBeUndefined();
    expect(suggestCategory('')).toBeUndefined();
  });
});

describe('isSensitiveCategory', () => {
  it.each([
    ['user.financial', true],
    ['user.financial.credit_card.cvc', true],
    ['user.financial.tax_id', true],
    ['user.authorization.password', true],
    ['user.authorization.credentials', true],
    ['user.location.precise', true],
    ['user.location.imprecise', false],
    ['user.location', false],
    ['user.government_id.passport_number', true],
    ['user.health_and_medical.genetic', true],
    ['user.biometric.voice', true],
    ['user.demographic.sensitive', true],
    ['user.demographic.race_ethnicity', true],
    ['user.demographic.gender', false],
    ['user.childrens', true],
    ['user.contact.email', false],
    ['user.device.ip_address', false],
    ['user', false],
    // Unknown children of a sensitive key inherit it.
    ['user.financial.crypto_wallet', true],
  ])('%s → %s', (key, expected) => {
    expect(isSensitiveCategory(key)).toBe(expected);
  });
});

describe('categoryLabel', () => {
  it.each([
    ['user.contact.email', 'email address'],
    ['user.device.ip_address', 'IP address'],
    ['user.financial.credit_card.cvc', 'card security code'],
    ['user.location.precise', 'precise location'],
    ['user.demographic.date_of_birth', 'date of birth'],
    ['user.custom_thing', 'custom thing'],
  ])('%s → %s', (key, expected) => {
    expect(categoryLabel(key)).toBe(expected);
  });
});

describe('purposes', () => {
  it('holds exactly the 54 fideslang data uses, sorted', () => {
    expect(fideslangPurposes).toHaveLength(54);
    expect(purposes.map((entry) => entry.key)).toEqual([...fideslangPurposes].sort());
  });

  it.each([
    ['provide_service', ['essential.service']],
    ['login', ['essential.service.authentication']],
    ['order_fulfilment', ['essential.service.payment_processing']],
    ['support', ['essential.service.operations.support']],
    ['transactional_email', ['essential.service.notifications.email']],
    ['security', ['essential.service.security']],
    ['fraud', ['essential.fraud_detection']],
    ['legal', ['essential.legal_obligation']],
    ['tax', ['finance']],
    ['analytics', ['analytics']],
    ['research', ['functional.service.improve']],
    ['device-storage', ['functional.storage']],
    ['Personalization', ['personalize.content']],
    ['preferences', ['personalize.system']],
    ['newsletter', ['marketing.communications.email']],
    ['own_ads', ['marketing.advertising.first_party.targeted']],
    ['third_party_ads', ['marketing.advertising.third_party.targeted']],
    ['recruiting', ['employment.recruitment']],
    ['legal_disclosure', ['third_party_sharing.legal_obligation']],
    ['ml_training', ['train_ai_system']],
    ['marketing.advertising', ['marketing.advertising']],
  ])('resolvePurpose(%s) → %j', (input, expected) => {
    expect(resolvePurpose(input)).toEqual(expected);
  });

  it('returns undefined for an unknown purpose', () => {
    expect(resolvePurpose('world_domination')).toBeUndefined();
  });

  it('carries the §2.7 cross-walk', () => {
    expect(getPurpose('marketing.advertising.third_party.targeted')).toMatchObject({
      apple: 'ThirdPartyAdvertising',
      google: 'PSL_ADVERTISING',
      tcf: [2, 3, 4, 7],
      cookieCategory: 'marketing',
    });
    expect(getPurpose('essential.service.security')).toMatchObject({ tcfSpecialPurposes: [1], cookieCategory: 'strictly_necessary' });
    expect(getPurpose('functional.storage')).toMatchObject({ tcf: [1], cookieCategory: 'functional' });
  });

  it('passes the cross-walk down to children without their own', () => {
    expect(getPurpose('analytics.reporting.system.performance')).toMatchObject({
      apple: 'Analytics',
      google: 'PSL_ANALYTICS',
      tcf: [8, 9],
      cookieCategory: 'analytics',
    });
    expect(getPurpose('analytics.reporting.ad_performance')?.tcf).toEqual([7]);
    expect(getPurpose('personalize.content.profiled')?.apple).toBe('ProductPersonalization');
    expect(getPurpose('marketing.advertising.profiling')?.apple).toBeUndefined();
    expect(getPurpose('sales')).toEqual({ key: 'sales', name: 'Sales', parent: undefined, aliases: [] });
  });

  it('suggests the closest purpose', () => {
    expect(suggestPurpose('analytcs')).toBe('analytics');
    expect(suggestPurpose('essential.service.authentification')).toBe('essential.service.authentication');
    expect(suggestPurpose('payment_processing')).toBe('essential.service.payment_processing');
    expect(suggestPurpose('newsleter')).toBe('newsletter');
  });
});

describe('subjects', () => {
  it('holds the 15 fideslang subjects and the five extensions', () => {
    expect(subjects.filter((entry) => !entry.extension).map((entry) => entry.key)).toEqual([
      'anonymous_user', 'citizen_voter', 'commuter', 'consultant', 'customer', 'employee', 'job_applicant',
      'next_of_kin', 'passenger', 'patient', 'prospect', 'shareholder', 'supplier_vendor', 'trainee', 'visitor',
    ]);
    expect(subjects.filter((entry) => entry.extension).map((entry) => [entry.key, entry.extends])).toEqual([
      ['end_user_of_customer', 'visitor'],
      ['member', 'customer'],
      ['parent_guardian', 'next_of_kin'],
      ['referred_contact', 'prospect'],
      ['student', 'customer'],
    ]);
  });

  it.each([
    ['customer', 'customer'],
    ['Job-Applicant', 'job_applicant'],
    ['parent guardian', 'parent_guardian'],
    ['end_user_of_customer', 'end_user_of_customer'],
    ['guardian', undefined],
  ])('resolveSubject(%s) → %s', (input, expected) => {
    expect(resolveSubject(input)).toBe(expected);
  });
});
