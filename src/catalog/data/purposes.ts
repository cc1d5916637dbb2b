/**
 * Purposes: the 54 fideslang default data uses (ethyca/fideslang `data_files/data_uses.csv`, CC BY 4.0, see
 * NOTICE.md) with the aliases and the Apple, Google Play, IAB TCF and cookie-category cross-walk of
 * reference/manifest-model.md §2.7. The taxonomy passes the cross-walk down to children that give none.
 */
import type { PurposeEntry } from '../taxonomy.js';

type Extra = Partial<Omit<PurposeEntry, 'key' | 'name' | 'parent'>>;

function use(key: string, name: string, extra: Extra = {}): PurposeEntry {
  const dot = key.lastIndexOf('.');
  return { key, name, parent: dot === -1 ? undefined : key.slice(0, dot), aliases: [], ...extra };
}

export const purposeData: readonly PurposeEntry[] = [
  // §2.7 gives `analytics` as an alias of `analytics.reporting`, but it is also a fideslang key, and a key
  // always means itself; the root carries the same cross-walk instead.
  use('analytics', 'Analytics', {
    apple: 'Analytics',
    google: 'PSL_ANALYTICS',
    tcf: [8, 9],
    cookieCategory: 'analytics',
  }),
  use('analytics.reporting', 'Analytics reporting', {
    apple: 'Analytics',
    google: 'PSL_ANALYTICS',
    tcf: [8, 9],
    cookieCategory: 'analytics',
  }),
  // Measuring ad performance is TCF purpose 7, not 8/9.
  use('analytics.reporting.ad_performance', 'Advertising performance analytics', { tcf: [7] }),
  use('analytics.reporting.campaign_insights', 'Campaign insights'),
  use('analytics.reporting.content_performance', 'Content performance analytics'),
  use('analytics.reporting.system', 'System activity analytics'),
  use('analytics.reporting.system.performance', 'System performance analytics'),
  use('collect', 'Collect for an undefined purpose'),
  use('employment', 'Employment'),
  use('employment.recruitment', 'Recruitment', {
    aliases: ['recruiting'],
    apple: 'Other',
    google: 'PSL_APP_FUNCTIONALITY',
  }),
  use('essential', 'Essential'),
  use('essential.fraud_detection', 'Fraud detection', {
    aliases: ['fraud'],
    apple: 'AppFunctionality',
    google: 'PSL_FRAUD_PREVENTION_SECURITY',
    tcfSpecialPurposes: [1],
    cookieCategory: 'strictly_necessary',
  }),
  use('essential.legal_obligation', 'Legal obligation', {
    aliases: ['legal'],
    apple: 'Other',
    google: 'PSL_FRAUD_PREVENTION_SECURITY',
    cookieCategory: 'strictly_necessary',
  }),
  use('essential.service', 'Providing the service', {
    aliases: ['provide_service'],
    apple: 'AppFunctionality',
    google: 'PSL_APP_FUNCTIONALITY',
    tcfSpecialPurposes: [2],
    cookieCategory: 'strictly_necessary',
  }),
  use('essential.service.authentication', 'Authentication', {
    aliases: ['authentication', 'login'],
    apple: 'AppFunctionality',
    google: 'PSL_ACCOUNT_MANAGEMENT',
    cookieCategory: 'strictly_necessary',
  }),
  use('essential.service.notifications', 'Service notifications'),
  use('essential.service.notifications.email', 'Service emails', {
    aliases: ['transactional_email'],
    apple: 'AppFunctionality',
    google: 'PSL_DEVELOPER_COMMUNICATIONS',
  }),
  use('essential.service.notifications.sms', 'Service text messages', { google: 'PSL_DEVELOPER_COMMUNICATIONS' }),
  use('essential.service.operations', 'Service operations'),
  use('essential.service.operations.improve', 'Support improvement'),
  use('essential.service.operations.support', 'Customer support', {
    aliases: ['support'],
    apple: 'AppFunctionality',
    google: 'PSL_APP_FUNCTIONALITY',
  }),
  use('essential.service.payment_processing', 'Payment processing', {
    aliases: ['payment', 'order_fulfilment'],
    apple: 'AppFunctionality',
    google: 'PSL_APP_FUNCTIONALITY',
    cookieCategory: 'strictly_necessary',
  }),
  use('essential.service.security', 'Security', {
    aliases: ['security'],
    apple: 'AppFunctionality',
    google: 'PSL_FRAUD_PREVENTION_SECURITY',
    tcfSpecialPurposes: [1],
    cookieCategory: 'strictly_necessary',
  }),
  use('essential.service.upgrades', 'Service upgrades'),
  use('finance', 'Finance and accounting', {
    aliases: ['tax'],
    apple: 'Other',
    google: 'PSL_FRAUD_PREVENTION_SECURITY',
    cookieCategory: 'strictly_necessary',
  }),
  use('functional', 'Functional'),
  use('functional.service', 'Service functions'),
  use('functional.service.improve', 'Improving the service', {
    aliases: ['improve', 'research'],
    apple: 'Analytics',
    google: 'PSL_ANALYTICS',
    tcf: [10],
    cookieCategory: 'analytics',
  }),
  use('functional.storage', 'Device storage', {
    aliases: ['device_storage'],
    apple: 'AppFunctionality',
    google: 'PSL_APP_FUNCTIONALITY',
    tcf: [1],
    cookieCategory: 'functional',
  }),
  use('marketing', 'Marketing'),
  use('marketing.advertising', 'Advertising'),
  use('marketing.advertising.first_party', 'First-party advertising'),
  use('marketing.advertising.first_party.contextual', 'First-party contextual advertising'),
  use('marketing.advertising.first_party.targeted', 'First-party targeted advertising', {
    aliases: ['own_ads'],
    apple: 'DeveloperAdvertising',
    google: 'PSL_ADVERTISING',
    tcf: [3, 4],
    cookieCategory: 'marketing',
  }),
  use('marketing.advertising.frequency_capping', 'Ad frequency capping'),
  use('marketing.advertising.negative_targeting', 'Negative ad targeting'),
  use('marketing.advertising.profiling', 'Profiling for advertising'),
  use('marketing.advertising.serving', 'Serving ads'),
  use('marketing.advertising.third_party', 'Third-party advertising'),
  use('marketing.advertising.third_party.targeted', 'Third-party targeted advertising', {
    aliases: ['third_party_ads'],
    apple: 'ThirdPartyAdvertising',
    google: 'PSL_ADVERTISING',
    tcf: [2, 3, 4, 7],
    cookieCategory: 'marketing',
  }),
  use('marketing.communications', 'Marketing communications'),
  use('marketing.communications.email', 'Marketing email', {
    aliases: ['newsletter', 'marketing_email'],
    apple: 'DeveloperAdvertising',
    google: 'PSL_DEVELOPER_COMMUNICATIONS',
  }),
  use('marketing.communications.sms', 'Marketing text messages'),
  use('operations', 'Business operations'),
  use('personalize', 'Personalization'),
  use('personalize.content', 'Content personalization', {
    aliases: ['personalization'],
    apple: 'ProductPersonalization',
    google: 'PSL_PERSONALIZATION',
    tcf: [5, 6, 11],
    cookieCategory: 'functional',
  }),
  use('personalize.content.limited', 'Limited content personalization'),
  use('personalize.content.profiled', 'Profiled content personalization'),
  use('personalize.content.profiling', 'Profiling for personalization'),
  use('personalize.system', 'System personalization', {
    aliases: ['preferences'],
    apple: 'ProductPersonalization',
    google: 'PSL_PERSONALIZATION',
    tcf: [5, 6, 11],
    cookieCategory: 'functional',
  }),
  use('sales', 'Sales'),
  use('third_party_sharing', 'Sharing with third parties'),
  use('third_party_sharing.legal_obligation', 'Legal disclosure', {
    aliases: ['legal_disclosure'],
    apple: 'Other',
  }),
  use('train_ai_system', 'Training AI systems', {
    aliases: ['ml_training'],
    apple: 'Other',
    google: 'PSL_APP_FUNCTIONALITY',
  }),
];
