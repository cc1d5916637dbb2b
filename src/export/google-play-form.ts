/**
 * The Google Play Data safety form as its CSV import/export names it (manifest-model §1.3). Google documents
 * no schema; these ids and labels are the ones console exports and public generators agree on. Data types
 * are listed in the form's order, without the `PSL_` prefix the taxonomy also leaves out.
 */

export interface PlayDataType {
  /** Data type id without `PSL_`, as in the taxonomy's `google` column. */
  id: string;
  /** Question id of the type's group. */
  group: string;
  label: string;
}

export const playDataTypes: readonly PlayDataType[] = [
  { id: 'NAME', group: 'PSL_DATA_TYPES_PERSONAL', label: 'Personal info / Name' },
  { id: 'EMAIL', group: 'PSL_DATA_TYPES_PERSONAL', label: 'Personal info / Email address' },
  { id: 'USER_ACCOUNT', group: 'PSL_DATA_TYPES_PERSONAL', label: 'Personal info / User IDs' },
  { id: 'ADDRESS', group: 'PSL_DATA_TYPES_PERSONAL', label: 'Personal info / Address' },
  { id: 'PHONE', group: 'PSL_DATA_TYPES_PERSONAL', label: 'Personal info / Phone number' },
  { id: 'RACE_ETHNICITY', group: 'PSL_DATA_TYPES_PERSONAL', label: 'Personal info / Race and ethnicity' },
  { id: 'POLITICAL_RELIGIOUS', group: 'PSL_DATA_TYPES_PERSONAL', label: 'Personal info / Political or religious beliefs' },
  { id: 'SEXUAL_ORIENTATION_GENDER_IDENTITY', group: 'PSL_DATA_TYPES_PERSONAL', label: 'Personal info / Sexual orientation' },
  { id: 'OTHER_PERSONAL', group: 'PSL_DATA_TYPES_PERSONAL', label: 'Personal info / Other info' },
  { id: 'CREDIT_DEBIT_BANK_ACCOUNT_NUMBER', group: 'PSL_DATA_TYPES_FINANCIAL', label: 'Financial info / User payment info' },
  { id: 'PURCHASE_HISTORY', group: 'PSL_DATA_TYPES_FINANCIAL', label: 'Financial info / Purchase history' },
  { id: 'CREDIT_SCORE', group: 'PSL_DATA_TYPES_FINANCIAL', label: 'Financial info / Credit score' },
  { id: 'OTHER', group: 'PSL_DATA_TYPES_FINANCIAL', label: 'Financial info / Other financial info' },
  { id: 'APPROX_LOCATION', group: 'PSL_DATA_TYPES_LOCATION', label: 'Location / Approximate location' },
  { id: 'PRECISE_LOCATION', group: 'PSL_DATA_TYPES_LOCATION', label: 'Location / Precise location' },
  { id: 'WEB_BROWSING_HISTORY', group: 'PSL_DATA_TYPES_SEARCH_AND_BROWSING', label: 'Web browsing / Web browsing history' },
  { id: 'EMAILS', group: 'PSL_DATA_TYPES_EMAIL_AND_TEXT', label: 'Messages / Emails' },
  { id: 'SMS_CALL_LOG', group: 'PSL_DATA_TYPES_EMAIL_AND_TEXT', label: 'Messages / SMS or MMS' },
  { id: 'OTHER_MESSAGES', group: 'PSL_DATA_TYPES_EMAIL_AND_TEXT', label: 'Messages / Other in-app messages' },
  { id: 'PHOTOS', group: 'PSL_DATA_TYPES_PHOTOS_AND_VIDEOS', label: 'Photos and videos / Photos' },
  { id: 'VIDEOS', group: 'PSL_DATA_TYPES_PHOTOS_AND_VIDEOS', label: 'Photos and videos / Videos' },
  { id: 'AUDIO', group: 'PSL_DATA_TYPES_AUDIO', label: 'Audio files / Voice or sound recordings' },
  { id: 'MUSIC', group: 'PSL_DATA_TYPES_AUDIO', label: 'Audio files / Music files' },
  { id: 'OTHER_AUDIO', group: 'PSL_DATA_TYPES_AUDIO', label: 'Audio files / Other audio files' },
  { id: 'HEALTH', group: 'PSL_DATA_TYPES_HEALTH_AND_FITNESS', label: 'Health and fitness / Health info' },
  { id: 'FITNESS', group: 'PSL_DATA_TYPES_HEALTH_AND_FITNESS', label: 'Health and fitness / Fitness info' },
  { id: 'CONTACTS', group: 'PSL_DATA_TYPES_CONTACTS', label: 'Contacts / Contacts' },
  { id: 'CALENDAR', group: 'PSL_DATA_TYPES_CALENDAR', label: 'Calendar / Calendar events' },
  { id: 'CRASH_LOGS', group: 'PSL_DATA_TYPES_APP_PERFORMANCE', label: 'App info and performance / Crash logs' },
  { id: 'PERFORMANCE_DIAGNOSTICS', group: 'PSL_DATA_TYPES_APP_PERFORMANCE', label: 'App info and performance / Diagnostics' },
  { id: 'OTHER_PERFORMANCE', group: 'PSL_DATA_TYPES_APP_PERFORMANCE', label: 'App info and performance / Other app performance data' },
  { id: 'FILES_AND_DOCS', group: 'PSL_DATA_TYPES_FILES_AND_DOCS', label: 'Files and docs / Files and docs' },
  { id: 'USER_INTERACTION', group: 'PSL_DATA_TYPES_APP_ACTIVITY', label: 'App activity / App interactions' },
  { id: 'IN_APP_SEARCH_HISTORY', group: 'PSL_DATA_TYPES_APP_ACTIVITY', label: 'App activity / In-app search history' },
  { id: 'APPS_ON_DEVICE', group: 'PSL_DATA_TYPES_APP_ACTIVITY', label: 'App activity / Installed apps' },
  { id: 'USER_GENERATED_CONTENT', group: 'PSL_DATA_TYPES_APP_ACTIVITY', label: 'App activity / Other user-generated content' },
  { id: 'OTHER_APP_ACTIVITY', group: 'PSL_DATA_TYPES_APP_ACTIVITY', label: 'App activity / Other actions' },
  { id: 'DEVICE_ID', group: 'PSL_DATA_TYPES_IDENTIFIERS', label: 'Device or other IDs / Device or other IDs' },
];

/** Collection and sharing purposes, in the form's order. */
export const playPurposes: readonly { id: string; label: string }[] = [
  { id: 'PSL_APP_FUNCTIONALITY', label: 'App functionality' },
  { id: 'PSL_ANALYTICS', label: 'Analytics' },
  { id: 'PSL_DEVELOPER_COMMUNICATIONS', label: 'Developer communications' },
  { id: 'PSL_FRAUD_PREVENTION_SECURITY', label: 'Fraud prevention, security, and compliance' },
  { id: 'PSL_ADVERTISING', label: 'Advertising or marketing' },
  { id: 'PSL_PERSONALIZATION', label: 'Personalization' },
  { id: 'PSL_ACCOUNT_MANAGEMENT', label: 'Account management' },
];

/** Account-creation answers, keyed by the manifest's `export.google_play.account_creation` values. */
export const playAccountCreation: readonly { key: string; id: string; label: string }[] = [
  { key: 'username_password', id: 'PSL_ACM_USER_ID_PASSWORD', label: 'Username and password' },
  { key: 'username_other_auth', id: 'PSL_ACM_USER_ID_OTHER_AUTH', label: 'Username and other authentication' },
  { key: 'username_password_other_auth', id: 'PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH', label: 'Username, password, and other authentication' },
  { key: 'oauth', id: 'PSL_ACM_OAUTH', label: 'OAuth' },
  { key: 'other', id: 'PSL_ACM_OTHER', label: 'Other' },
  { key: 'none', id: 'PSL_ACM_NONE', label: 'My app does not allow users to create an account' },
];

export const playCsvHeader = [
  'Question ID (machine readable)',
  'Response ID (machine readable)',
  'Response value',
  'Answer requirement',
  'Human-friendly question label',
] as const;
