/**
 * Data categories: the 85 fideslang default keys (ethyca/fideslang `data_files/data_categories.csv`,
 * CC BY 4.0, see NOTICE.md) with names reworded for messages, plus Candor's extension keys
 * (reference/manifest-model.md §4.2). Aliases and the Apple, Google Play and CCPA columns come from §4.2.
 */
import type { CategoryEntry } from '../taxonomy.js';

type Extra = Partial<Omit<CategoryEntry, 'key' | 'name' | 'description' | 'parent' | 'extension'>>;

function parentOf(key: string): string | undefined {
  const dot = key.lastIndexOf('.');
  return dot === -1 ? undefined : key.slice(0, dot);
}

/** A fideslang default category. */
function fides(key: string, name: string, description: string, extra: Extra = {}): CategoryEntry {
  return { key, name, description, parent: parentOf(key), extension: false, aliases: [], sensitive: false, ...extra };
}

/** A Candor extension: always the child of an existing key, so Fides exports fall back to the parent. */
function ext(key: string, name: string, description: string, extra: Extra = {}): CategoryEntry {
  return { key, name, description, parent: parentOf(key), extension: true, aliases: [], sensitive: false, ...extra };
}

export const categoryData: readonly CategoryEntry[] = [
  // Roots and system data
  fides('system', 'System data', 'Data unique to, and under control of the system.'),
  fides('system.authentication', 'Authentication data', 'Data used to manage access to the system.', {
    aliases: ['session_token', 'auth_cookie'],
  }),
  fides('system.operations', 'Operations data', 'Data used for system operations.'),
  fides('user', 'Personal data', 'Data related to the user of the system, provided directly or derived from use.'),

  // Identity, account, credentials
  fides('user.account', 'Account information', 'Account creation or registration information.'),
  fides('user.account.settings', 'Account settings', 'Account preferences and settings.', {
    aliases: ['preferences', 'settings', 'theme'],
    apple: ['OtherUsageData'],
    google: ['OTHER_APP_ACTIVITY'],
  }),
  fides('user.account.username', 'Username', 'Username associated with an account.', {
    aliases: ['username', 'handle'],
    apple: ['UserID'],
    google: ['USER_ACCOUNT'],
    ccpa: ['A'],
  }),
  fides('user.authorization', 'Authorization information', 'Scope of permissions and access to a system.', {
    sensitive: true,
  }),
  fides('user.authorization.biometric', 'Biometric credentials', 'Biometric credentials for system authentication.', {
    sensitive: true,
    ccpa: ['E', 'L'],
  }),
  fides('user.authorization.credentials', 'Credentials', 'Authentication credentials: one-time codes, passkeys, API keys.', {
    aliases: ['otp', '2fa', 'passkey', 'api_key'],
    sensitive: true,
    ccpa: ['L'],
  }),
  fides('user.authorization.password', 'Password', 'Password for system authentication.', {
    aliases: ['password'],
    sensitive: true,
    ccpa: ['L'],
  }),
  fides('user.name', 'Name', "The user's real name.", {
    aliases: ['name', 'full_name'],
    apple: ['Name'],
    google: ['NAME'],
    ccpa: ['A', 'B'],
  }),
  fides('user.name.first', 'First name', "The user's first name.", {
    aliases: ['first_name', 'given_name'],
    apple: ['Name'],
    google: ['NAME'],
    ccpa: ['A', 'B'],
  }),
  fides('user.name.last', 'Last name', "The user's last, or family, name.", {
    aliases: ['last_name', 'family_name', 'surname'],
    apple: ['Name'],
    google: ['NAME'],
    ccpa: ['A', 'B'],
  }),
  fides('user.unique_id', 'User ID', 'Unique identifier for a user assigned through system use.', {
    aliases: ['user_id', 'account_id', 'online_identifier'],
    apple: ['UserID'],
    google: ['USER_ACCOUNT'],
    ccpa: ['A'],
  }),
  fides('user.unique_id.pseudonymous', 'Pseudonymous identifier', 'A pseudonymous or probabilistic identifier derived from device or user data, such as a browser fingerprint.', {
    aliases: ['fingerprint', 'global_identifier'],
    apple: ['DeviceID'],
    google: ['DEVICE_ID'],
    ccpa: ['A'],
  }),
  fides('user.social', 'Social data', 'Social activity and profile data, including data received through social login.', {
    aliases: ['social_login_data', 'sso_profile'],
    apple: ['Name', 'EmailAddress', 'UserID'],
    google: ['USER_ACCOUNT', 'OTHER_PERSONAL'],
    ccpa: ['A'],
  }),
  ext('user.social.contacts', 'Contacts', "Other people's contact details the user provides: invitations, referrals, address books.", {
    aliases: ['referral_contacts', 'address_book', 'invitees'],
    apple: ['Contacts'],
    google: ['CONTACTS'],
    ccpa: ['A'],
  }),

  // Contact
  fides('user.contact', 'Contact data', 'Contact data collected about a user.'),
  fides('user.contact.address', 'Postal address', 'Contact address data collected about a user.', {
    aliases: ['postal_address', 'address', 'billing_address', 'shipping_address'],
    apple: ['PhysicalAddress'],
    google: ['ADDRESS'],
    ccpa: ['A', 'B'],
  }),
  fides('user.contact.address.city', 'City', "The city of the user's address.", {
    aliases: ['city'],
    apple: ['PhysicalAddress'],
    google: ['ADDRESS'],
    ccpa: ['A', 'B'],
  }),
  fides('user.contact.address.country', 'Country of address', "The country of the user's address.", {
    apple: ['PhysicalAddress'],
    google: ['ADDRESS'],
    ccpa: ['A', 'B'],
  }),
  fides('user.contact.address.postal_code', 'Postal code', "The postal code of the user's address.", {
    aliases: ['postal_code', 'zip_code', 'postcode'],
    apple: ['PhysicalAddress'],
    google: ['ADDRESS'],
    ccpa: ['A', 'B'],
  }),
  fides('user.contact.address.state', 'State or region', "The state, province or region of the user's address.", {
    apple: ['PhysicalAddress'],
    google: ['ADDRESS'],
    ccpa: ['A', 'B'],
  }),
  fides('user.contact.address.street', 'Street address', "The street-level part of the user's address.", {
    aliases: ['street_address'],
    apple: ['PhysicalAddress'],
    google: ['ADDRESS'],
    ccpa: ['A', 'B'],
  }),
  fides('user.contact.email', 'Email address', "The user's email address.", {
    aliases: ['email', 'e-mail', 'email_address', 'parent_contact'],
    apple: ['EmailAddress'],
    google: ['EMAIL'],
    ccpa: ['A'],
  }),
  fides('user.contact.fax_number', 'Fax number', "The user's fax number.", {
    aliases: ['fax'],
    apple: ['PhoneNumber'],
    google: ['PHONE'],
    ccpa: ['A', 'B'],
  }),
  fides('user.contact.organization', 'Organization', 'The organization the user belongs to or represents.', {
    aliases: ['company_info', 'organization', 'organisation', 'company'],
    apple: ['OtherUserContactInfo'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['I'],
  }),
  fides('user.contact.phone_number', 'Phone number', "The user's phone number.", {
    aliases: ['phone', 'telephone', 'mobile', 'phone_number'],
    apple: ['PhoneNumber'],
    google: ['PHONE'],
    ccpa: ['A', 'B'],
  }),
  fides('user.contact.url', 'Website or profile URL', "The user's websites or links to social and personal profiles.", {
    aliases: ['website', 'social_profile', 'impp'],
    apple: ['OtherUserContactInfo'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['A'],
  }),

  // Demographics and characteristics
  fides('user.demographic', 'Demographic data', 'Demographic data about a user.'),
  fides('user.demographic.age_range', 'Age', 'Age or age range, including age-gate answers.', {
    aliases: ['age', 'age_gate'],
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['C'],
  }),
  fides('user.demographic.date_of_birth', 'Date of birth', 'Date of birth of the user.', {
    aliases: ['date_of_birth_or_age', 'dob', 'birthday', 'date_of_birth'],
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['B', 'C'],
  }),
  fides('user.demographic.gender', 'Gender', 'Gender or sex of the user.', {
    aliases: ['gender', 'sex'],
    apple: ['OtherDataTypes'],
    google: ['SEXUAL_ORIENTATION_GENDER_IDENTITY', 'OTHER_PERSONAL'],
    ccpa: ['C'],
  }),
  fides('user.demographic.language', 'Preferred language', 'Spoken or written language the user chose.', {
    aliases: ['preferred_language'],
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
  }),
  fides('user.demographic.marital_status', 'Marital status', 'Marital status of the user.', {
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['C'],
  }),
  fides('user.demographic.political_opinion', 'Political opinion', 'Political opinion or belief of the user.', {
    sensitive: true,
    apple: ['SensitiveInfo'],
    google: ['POLITICAL_RELIGIOUS'],
    ccpa: ['C', 'L'],
  }),
  fides('user.demographic.profile', 'Profile and inferences', 'Interests, segments and other inferences drawn about the user.', {
    aliases: ['inferences_profile', 'interests', 'segments'],
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['K'],
  }),
  fides('user.demographic.race_ethnicity', 'Race or ethnicity', 'Race or ethnicity of the user.', {
    sensitive: true,
    apple: ['SensitiveInfo'],
    google: ['RACE_ETHNICITY'],
    ccpa: ['C', 'L'],
  }),
  fides('user.demographic.religious_belief', 'Religion', 'Religion or religious beliefs of the user.', {
    sensitive: true,
    apple: ['SensitiveInfo'],
    google: ['POLITICAL_RELIGIOUS'],
    ccpa: ['C', 'L'],
  }),
  ext('user.demographic.sensitive', 'Sensitive characteristics', 'Race, ethnicity, religion, political opinion, sexual orientation or union membership.', {
    aliases: ['race', 'religion', 'politics', 'sexual_orientation'],
    sensitive: true,
    apple: ['SensitiveInfo'],
    google: ['RACE_ETHNICITY', 'POLITICAL_RELIGIOUS', 'SEXUAL_ORIENTATION_GENDER_IDENTITY'],
    ccpa: ['C', 'L'],
  }),
  fides('user.demographic.sexual_orientation', 'Sexual orientation', 'Sexual orientation of the user.', {
    sensitive: true,
    apple: ['SensitiveInfo'],
    google: ['SEXUAL_ORIENTATION_GENDER_IDENTITY'],
    ccpa: ['C', 'L'],
  }),

  // Professional and education
  ext('user.education', 'Education records', 'Non-public education information: grades, transcripts, student ids.', {
    aliases: ['education_records', 'grades'],
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['J'],
  }),
  ext('user.employment', 'Employment information', 'Job applications, job titles, employers, CVs.', {
    aliases: ['job_application', 'employment_info', 'job_title'],
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['I'],
  }),
  fides('user.job_title', 'Job title', 'Professional data: the job title of the user.', {
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['I'],
  }),
  fides('user.workplace', 'Workplace', 'Organization of employment.', {
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['I'],
  }),

  // Government ID, health, biometrics, criminal history
  fides('user.biometric', 'Biometric data', 'Encoded physical or behavioural characteristics: face, voice, fingerprint.', {
    aliases: ['biometric', 'faceprint', 'voiceprint'],
    sensitive: true,
    apple: ['SensitiveInfo'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['E', 'L'],
  }),
  fides('user.biometric.fingerprint', 'Fingerprint scan', 'Fingerprint encoded data about the user.', { sensitive: true, ccpa: ['E', 'L'] }),
  fides('user.biometric.health', 'Biometric health data', 'Encoded health characteristics collected about the user.', {
    sensitive: true,
    ccpa: ['E', 'L'],
  }),
  fides('user.biometric.retinal', 'Retina scan', 'Retinal data about the user.', { sensitive: true, ccpa: ['E', 'L'] }),
  fides('user.biometric.voice', 'Voice print', 'Voice encoded data about the user.', { sensitive: true, ccpa: ['E', 'L'] }),
  // Criminal records are special-category-like data (GDPR Art. 10), so undeclared collection is an error.
  fides('user.criminal_history', 'Criminal history', 'Criminal records or information about the user.', { sensitive: true }),
  fides('user.government_id', 'Government ID', 'State-issued identification data.', {
    aliases: ['government_id', 'ssn', 'passport', 'national_id'],
    sensitive: true,
    apple: ['OtherDataTypes'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['A', 'B', 'L'],
  }),
  fides('user.government_id.birth_certificate', 'Birth certificate', 'State-issued certificate of birth.', { sensitive: true, ccpa: ['A', 'B', 'L'] }),
  fides('user.government_id.drivers_license_number', "Driver's license number", 'State-issued driving licence number.', {
    sensitive: true,
    ccpa: ['A', 'B', 'L'],
  }),
  fides('user.government_id.immigration', 'Immigration ID', 'State-issued immigration or residency data.', { sensitive: true, ccpa: ['A', 'B', 'L'] }),
  fides('user.government_id.national_identification_number', 'National identification number', 'State-issued personal identification number, such as a social security number.', {
    sensitive: true,
    ccpa: ['A', 'B', 'L'],
  }),
  fides('user.government_id.passport_number', 'Passport number', 'State-issued passport data.', { sensitive: true, ccpa: ['A', 'B', 'L'] }),
  fides('user.government_id.vehicle_registration', 'Vehicle registration', 'State-issued licence plate or vehicle registration data.', {
    sensitive: true,
    ccpa: ['A', 'B', 'L'],
  }),
  fides('user.health_and_medical', 'Health data', 'Health records or personal medical information.', {
    aliases: ['health', 'fitness'],
    sensitive: true,
    apple: ['Health', 'Fitness'],
    google: ['HEALTH', 'FITNESS'],
    ccpa: ['B', 'L'],
  }),
  fides('user.health_and_medical.genetic', 'Genetic data', 'Data about the genetic makeup of the user.', { sensitive: true, ccpa: ['L'] }),
  fides('user.health_and_medical.insurance_beneficiary_id', 'Health insurance ID', 'Health insurance beneficiary number of the user.', {
    sensitive: true,
    ccpa: ['B', 'L'],
  }),
  fides('user.health_and_medical.record_id', 'Medical record ID', 'Medical record identifiers belonging to the user.', {
    sensitive: true,
    ccpa: ['B', 'L'],
  }),

  // Children
  fides('user.childrens', "Children's data", 'Data relating to children (a flag attached to data of child users).', {
    aliases: ['children'],
    sensitive: true,
  }),

  // Financial and commercial
  fides('user.financial', 'Financial data', 'Payment data and financial history.', {
    aliases: ['payment_info', 'income', 'credit_score'],
    sensitive: true,
    apple: ['OtherFinancialInfo', 'CreditInfo'],
    google: ['OTHER', 'CREDIT_SCORE'],
    ccpa: ['B'],
  }),
  fides('user.financial.bank_account', 'Bank account', 'Bank account details belonging to the user: IBAN, account and routing numbers.', {
    aliases: ['bank_account', 'iban'],
    sensitive: true,
    apple: ['PaymentInfo'],
    google: ['CREDIT_DEBIT_BANK_ACCOUNT_NUMBER'],
    ccpa: ['B', 'L'],
  }),
  fides('user.financial.credit_card', 'Payment card', 'Credit or debit card information belonging to the user.', {
    aliases: ['payment_card', 'credit_card', 'card'],
    sensitive: true,
    apple: ['PaymentInfo'],
    google: ['CREDIT_DEBIT_BANK_ACCOUNT_NUMBER'],
    ccpa: ['B'],
  }),
  ext('user.financial.credit_card.brand', 'Card brand', 'The card network or type (Visa, Mastercard).', {
    aliases: ['card_brand', 'card_type'],
    sensitive: true,
    apple: ['PaymentInfo'],
    google: ['CREDIT_DEBIT_BANK_ACCOUNT_NUMBER'],
    ccpa: ['B'],
  }),
  ext('user.financial.credit_card.cvc', 'Card security code', 'The card verification code (CVC, CVV, CSC).', {
    aliases: ['cvc', 'cvv', 'card_security_code'],
    sensitive: true,
    apple: ['PaymentInfo'],
    google: ['CREDIT_DEBIT_BANK_ACCOUNT_NUMBER'],
    ccpa: ['B', 'L'],
  }),
  ext('user.financial.credit_card.expiry', 'Card expiry date', 'The expiry month and year of a card.', {
    aliases: ['card_expiry', 'expiry_date'],
    sensitive: true,
    apple: ['PaymentInfo'],
    google: ['CREDIT_DEBIT_BANK_ACCOUNT_NUMBER'],
    ccpa: ['B'],
  }),
  ext('user.financial.credit_card.holder_name', 'Cardholder name', 'The name printed on a card.', {
    aliases: ['cardholder_name', 'name_on_card'],
    sensitive: true,
    apple: ['PaymentInfo'],
    google: ['CREDIT_DEBIT_BANK_ACCOUNT_NUMBER'],
    ccpa: ['B'],
  }),
  ext('user.financial.credit_card.number', 'Card number', 'The primary account number (PAN) of a card.', {
    aliases: ['card_number', 'pan'],
    sensitive: true,
    apple: ['PaymentInfo'],
    google: ['CREDIT_DEBIT_BANK_ACCOUNT_NUMBER'],
    ccpa: ['B'],
  }),
  ext('user.financial.tax_id', 'Tax ID', 'VAT, GST or other tax identification numbers.', {
    aliases: ['vat_id', 'tax_id'],
    sensitive: true,
    apple: ['OtherFinancialInfo'],
    google: ['OTHER'],
    ccpa: ['B'],
  }),
  fides('user.payment', 'Payment data', 'Payment data related to the user.', {
    sensitive: true,
    apple: ['PaymentInfo'],
    google: ['CREDIT_DEBIT_BANK_ACCOUNT_NUMBER'],
    ccpa: ['B'],
  }),

  // Location
  fides('user.location', 'Location', 'Records of the location of a user.', { ccpa: ['G'] }),
  fides('user.location.imprecise', 'Approximate location', 'Location coarser than 500 m: country, region, city, IP geolocation.', {
    aliases: ['coarse_location', 'location', 'location_unspecified', 'country'],
    apple: ['CoarseLocation'],
    google: ['APPROX_LOCATION'],
    ccpa: ['G'],
  }),
  fides('user.location.precise', 'Precise location', 'Location finer than 500 m, such as GPS coordinates.', {
    aliases: ['precise_location', 'gps'],
    sensitive: true,
    apple: ['PreciseLocation'],
    google: ['PRECISE_LOCATION'],
    ccpa: ['G', 'L'],
  }),

  // Device, network, identifiers
  fides('user.device', 'Device data', "Data about the user's device, its configuration and settings."),
  ext('user.device.advertising_id', 'Advertising ID', 'Resettable advertising identifiers (IDFA, GAID).', {
    aliases: ['ad_id', 'idfa', 'gaid'],
    apple: ['DeviceID', 'AdvertisingData'],
    google: ['DEVICE_ID'],
    ccpa: ['A'],
  }),
  ext('user.device.browser', 'Browser and OS', 'User agent, browser, operating system and device model.', {
    aliases: ['user_agent', 'os', 'device_model'],
    apple: ['OtherDiagnosticData'],
    google: ['PERFORMANCE_DIAGNOSTICS', 'OTHER_PERFORMANCE'],
    ccpa: ['F'],
  }),
  fides('user.device.cookie', 'Cookie data', 'Data related to the user, stored within a cookie.', { ccpa: ['A'] }),
  fides('user.device.cookie_id', 'Cookie ID', 'Identifiers stored in cookies or web storage to recognise a browser.', {
    aliases: ['cookie_identifiers', 'online_identifier', 'anonymous_id'],
    apple: ['DeviceID'],
    google: ['DEVICE_ID'],
    ccpa: ['A'],
  }),
  fides('user.device.device_id', 'Device ID', 'Device identifiers: hardware, installation and push identifiers, MAC addresses.', {
    aliases: ['device_id', 'mac_address', 'installation_id', 'push_token'],
    apple: ['DeviceID'],
    google: ['DEVICE_ID'],
    ccpa: ['A'],
  }),
  ext('user.device.hardware', 'Device hardware', 'Hardware characteristics: CPU cores, memory, battery, media devices.', {
    aliases: ['device_characteristics'],
    apple: ['OtherDiagnosticData'],
    google: ['OTHER_PERFORMANCE'],
    ccpa: ['F'],
  }),
  ext('user.device.installed_software', 'Installed software', 'Plugins, extensions and other programs on the device.', {
    aliases: ['other_programs', 'installed_apps', 'plugins'],
    google: ['APPS_ON_DEVICE'],
    ccpa: ['F'],
  }),
  fides('user.device.ip_address', 'IP address', 'The network address of the user\'s device connection.', {
    aliases: ['ip_address', 'ip'],
    google: ['DEVICE_ID'],
    ccpa: ['A'],
  }),
  ext('user.device.locale', 'Device locale', 'Browser or system language and time zone.', {
    aliases: ['system_language', 'browser_language', 'time_zone'],
    apple: ['OtherDiagnosticData'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['F'],
  }),
  ext('user.device.locale.language', 'Browser language', 'The language the browser or system reports.', {
    apple: ['OtherDiagnosticData'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['F'],
  }),
  ext('user.device.locale.timezone', 'Time zone', 'The time zone or UTC offset of the device.', {
    aliases: ['timezone'],
    apple: ['OtherDiagnosticData'],
    google: ['OTHER_PERSONAL'],
    ccpa: ['F'],
  }),
  ext('user.device.network', 'Network information', 'Connection type, carrier, ISP.', {
    aliases: ['network_info', 'isp', 'mobile_carrier'],
    apple: ['OtherDiagnosticData'],
    google: ['DEVICE_ID', 'OTHER_PERFORMANCE'],
    ccpa: ['F'],
  }),
  ext('user.device.screen', 'Screen properties', 'Screen resolution, colour depth and pixel ratio.', {
    aliases: ['screen_resolution'],
    apple: ['OtherDiagnosticData'],
    google: ['OTHER_PERFORMANCE'],
    ccpa: ['F'],
  }),
  fides('user.sensor', 'Sensor data', 'Measurement data from sensors and monitoring systems.'),
  fides('user.user_sensor', 'Environment sensor data', "Measurement data about the user's environment through system use."),

  // Behaviour and diagnostics
  fides('user.behavior', 'Usage data', 'Behavioural data about the user.'),
  ext('user.behavior.advertising', 'Advertising interactions', 'Ad views, ad clicks and conversions.', {
    aliases: ['advertising', 'conversions', 'ad_clicks'],
    apple: ['AdvertisingData'],
    google: ['OTHER_APP_ACTIVITY'],
    ccpa: ['F'],
  }),
  fides('user.behavior.browsing_history', 'Browsing history', 'Pages viewed, referrers and visited URLs.', {
    aliases: ['page_views', 'referrer', 'visited_urls'],
    apple: ['ProductInteraction', 'BrowsingHistory'],
    google: ['USER_INTERACTION', 'WEB_BROWSING_HISTORY'],
    ccpa: ['F'],
  }),
  ext('user.behavior.email_engagement', 'Email engagement', 'Opens and clicks tracked in emails sent to the user.', {
    aliases: ['email_engagement', 'email_opens'],
    apple: ['OtherUsageData'],
    google: ['OTHER_APP_ACTIVITY'],
    ccpa: ['F'],
  }),
  ext('user.behavior.interaction', 'Product interaction', 'Clicks, taps and tracked events in the product.', {
    aliases: ['clicks', 'taps', 'events'],
    apple: ['ProductInteraction'],
    google: ['USER_INTERACTION'],
    ccpa: ['F'],
  }),
  ext('user.behavior.keystrokes', 'Keystrokes', 'Keys typed or input values captured before submission.', {
    aliases: ['keystrokes', 'typing'],
    apple: ['ProductInteraction', 'OtherUserContent'],
    google: ['USER_INTERACTION', 'USER_GENERATED_CONTENT'],
    ccpa: ['F'],
  }),
  fides('user.behavior.media_consumption', 'Media consumption', 'Content consumption history of the user.', {
    apple: ['ProductInteraction'],
    google: ['USER_INTERACTION'],
    ccpa: ['F'],
  }),
  ext('user.behavior.mouse_movement', 'Mouse movement', 'Cursor and pointer positions recorded over time.', {
    aliases: ['mouse_movements', 'cursor', 'heatmap'],
    apple: ['ProductInteraction'],
    google: ['USER_INTERACTION'],
    ccpa: ['F'],
  }),
  fides('user.behavior.purchase_history', 'Purchase history', 'Orders, invoices and transactions of the user.', {
    aliases: ['transaction_history', 'orders', 'invoices'],
    apple: ['PurchaseHistory'],
    google: ['PURCHASE_HISTORY'],
    ccpa: ['D'],
  }),
  fides('user.behavior.search_history', 'Search history', 'Searches the user made.', {
    aliases: ['search'],
    apple: ['SearchHistory'],
    google: ['IN_APP_SEARCH_HISTORY'],
    ccpa: ['F'],
  }),
  ext('user.behavior.session_recording', 'Session recording', 'Replays of the user\'s session: page changes, inputs and pointer movement.', {
    aliases: ['session_recording', 'session_replay'],
    apple: ['ProductInteraction', 'OtherUserContent'],
    google: ['USER_INTERACTION', 'USER_GENERATED_CONTENT'],
    ccpa: ['F'],
  }),
  fides('user.telemetry', 'Diagnostics', 'Crash reports, errors and performance data tied to the user.', {
    aliases: ['diagnostics', 'crash_logs', 'error_reports'],
    apple: ['CrashData', 'PerformanceData', 'OtherDiagnosticData'],
    google: ['CRASH_LOGS', 'PERFORMANCE_DIAGNOSTICS'],
    ccpa: ['F'],
  }),
  ext('user.telemetry.crash', 'Crash reports', 'Crash and error reports.', {
    aliases: ['crash_reports'],
    apple: ['CrashData'],
    google: ['CRASH_LOGS'],
    ccpa: ['F'],
  }),
  ext('user.telemetry.performance', 'Performance data', 'Load times, web vitals and other performance measurements.', {
    aliases: ['performance_data'],
    apple: ['PerformanceData'],
    google: ['PERFORMANCE_DIAGNOSTICS'],
    ccpa: ['F'],
  }),

  // Content
  fides('user.content', 'User content', 'Content related to, or created by the user.'),
  ext('user.content.communications', 'Messages', 'Support requests, contact-form messages and chat.', {
    aliases: ['communications', 'support_messages', 'chat'],
    apple: ['CustomerSupport', 'EmailsOrTextMessages'],
    google: ['OTHER_MESSAGES', 'EMAILS'],
  }),
  ext('user.content.form_input', 'Form input', 'Form values captured generically, whatever the field.', {
    aliases: ['form_input', 'typed_text'],
    apple: ['OtherUserContent'],
    google: ['USER_GENERATED_CONTENT'],
  }),
  ext('user.content.media', 'Photos, video and audio', 'Photos, video and audio the user records or uploads.', {
    aliases: ['audio_video_recording', 'photo', 'avatar', 'voice'],
    apple: ['PhotosorVideos', 'AudioData'],
    google: ['PHOTOS', 'VIDEOS', 'AUDIO'],
    ccpa: ['H'],
  }),
  ext('user.content.media.audio', 'Audio', 'Audio or voice recordings.', {
    apple: ['AudioData'],
    google: ['AUDIO'],
    ccpa: ['H'],
  }),
  ext('user.content.media.photo', 'Photo', 'Photos and images, including avatars.', {
    apple: ['PhotosorVideos'],
    google: ['PHOTOS'],
    ccpa: ['H'],
  }),
  ext('user.content.media.video', 'Video', 'Video recordings.', {
    apple: ['PhotosorVideos'],
    google: ['VIDEOS'],
    ccpa: ['H'],
  }),
  fides('user.content.private', 'Private content', 'Files, documents and other content the user creates that is not public.', {
    aliases: ['user_content', 'files', 'documents', 'wireframes'],
    apple: ['OtherUserContent'],
    google: ['FILES_AND_DOCS', 'USER_GENERATED_CONTENT'],
  }),
  fides('user.content.public', 'Public content', 'Comments, posts and other content the user publishes.', {
    aliases: ['public_content', 'comments', 'forum_posts'],
    apple: ['OtherUserContent'],
    google: ['USER_GENERATED_CONTENT'],
  }),
  fides('user.content.self_image', 'Photo of the user', 'A photograph or image in which the user is recognisable.', {
    apple: ['PhotosorVideos'],
    google: ['PHOTOS'],
    ccpa: ['H'],
  }),
  ext('user.content.survey', 'Survey responses', 'Answers to surveys and NPS questions.', {
    aliases: ['survey_responses', 'nps'],
    apple: ['OtherUserContent'],
    google: ['USER_GENERATED_CONTENT', 'OTHER_APP_ACTIVITY'],
  }),

  // Preferences and consent
  fides('user.privacy_preferences', 'Privacy preferences', 'Consent choices and privacy signals (Do Not Track, GPC).', {
    aliases: ['consent', 'dnt', 'gpc'],
  }),
];

/**
 * Aliases that stand for several keys at once (§4.2, "Composite aliases"); they expand in place
 * wherever a manifest lists categories.
 */
export const compositeCategoryAliases: Readonly<Record<string, readonly string[]>> = {
  billing_info: ['user.name', 'user.contact.address', 'user.contact.phone_number', 'user.financial.tax_id'],
  usage_data: ['user.behavior'],
  generic_personal_information: ['user'],
  device_browser_info: ['user.device.browser', 'user.device.screen', 'user.device.locale'],
  demographics: ['user.demographic'],
};
