import { describe, expect, it } from 'vitest';
import { classifyDataName, classifyField, toWords } from '../../src/core/classify-field.js';
import type { FieldDescription } from '../../src/core/classify-field.js';

/** Categories only, in order. */
function categoriesOf(field: FieldDescription): string[] {
  return classifyField(field).map((hit) => hit.category);
}

describe('toWords', () => {
  it.each([
    ['userEmail', 'user email'],
    ['billing_address', 'billing address'],
    ['billing-address', 'billing address'],
    ['billing[address][line1]', 'billing address line 1'],
    ['URLPath', 'url path'],
    ['E-Mail', 'e mail'],
    ['2FA', '2 fa'],
    ['Téléphone', 'telephone'],
    ['Straße', 'strasse'],
    ['  ', ''],
  ])('%s → %s', (input, expected) => {
    expect(toWords(input)).toBe(expected);
  });
});

describe('classifyField: autocomplete tokens (strong)', () => {
  it.each([
    ['name', 'user.name'],
    ['honorific-prefix', 'user.name'],
    ['given-name', 'user.name.first'],
    ['additional-name', 'user.name'],
    ['family-name', 'user.name.last'],
    ['honorific-suffix', 'user.name'],
    ['nickname', 'user.name'],
    ['username', 'user.account.username'],
    ['new-password', 'user.authorization.password'],
    ['current-password', 'user.authorization.password'],
    ['one-time-code', 'user.authorization.credentials'],
    ['organization-title', 'user.employment'],
    ['organization', 'user.contact.organization'],
    ['street-address', 'user.contact.address.street'],
    ['address-line1', 'user.contact.address.street'],
    ['address-line2', 'user.contact.address.street'],
    ['address-line3', 'user.contact.address.street'],
    ['address-level4', 'user.contact.address.city'],
    ['address-level3', 'user.contact.address.city'],
    ['address-level2', 'user.contact.address.city'],
    ['address-level1', 'user.contact.address.state'],
    ['country', 'user.contact.address.country'],
    ['country-name', 'user.contact.address.country'],
    ['postal-code', 'user.contact.address.postal_code'],
    ['cc-name', 'user.financial.credit_card.holder_name'],
    ['cc-given-name', 'user.financial.credit_card.holder_name'],
    ['cc-additional-name', 'user.financial.credit_card.holder_name'],
    ['cc-family-name', 'user.financial.credit_card.holder_name'],
    ['cc-number', 'user.financial.credit_card.number'],
    ['cc-exp', 'user.financial.credit_card.expiry'],
    ['cc-exp-month', 'user.financial.credit_card.expiry'],
    ['cc-exp-year', 'user.financial.credit_card.expiry'],
    ['cc-csc', 'user.financial.credit_card.cvc'],
    ['cc-type', 'user.financial.credit_card.brand'],
    ['transaction-currency', 'user.behavior.purchase_history'],
    ['transaction-amount', 'user.behavior.purchase_history'],
    ['language', 'user.demographic.language'],
    ['bday', 'user.demographic.date_of_birth'],
    ['bday-day', 'user.demographic.date_of_birth'],
    ['bday-month', 'user.demographic.date_of_birth'],
    ['bday-year', 'user.demographic.date_of_birth'],
    ['sex', 'user.demographic.gender'],
    ['url', 'user.contact.url'],
    ['photo', 'user.content.media.photo'],
    ['tel', 'user.contact.phone_number'],
    ['tel-country-code', 'user.contact.phone_number'],
    ['tel-national', 'user.contact.phone_number'],
    ['tel-area-code', 'user.contact.phone_number'],
    ['tel-local', 'user.contact.phone_number'],
    ['tel-local-prefix', 'user.contact.phone_number'],
    ['tel-local-suffix', 'user.contact.phone_number'],
    ['tel-extension', 'user.contact.phone_number'],
    ['email', 'user.contact.email'],
    ['impp', 'user.contact.url'],
  ])('autocomplete="%s" → %s', (token, category) => {
    expect(classifyField({ tag: 'input', autocomplete: token })).toEqual([
      { category, confidence: 'strong', reason: `autocomplete \`${token}\`` },
    ]);
  });

  it.each([
    ['section-checkout shipping street-address', 'user.contact.address.street'],
    ['billing postal-code', 'user.contact.address.postal_code'],
    ['home email', 'user.contact.email'],
    ['work tel', 'user.contact.phone_number'],
    ['mobile tel-national', 'user.contact.phone_number'],
    ['pager tel', 'user.contact.phone_number'],
    ['section-a billing fax tel', 'user.contact.fax_number'],
    ['  Shipping   Family-Name ', 'user.name.last'],
  ])('modifiers give context only: "%s" → %s', (value, category) => {
    expect(categoriesOf({ tag: 'input', autocomplete: value })).toEqual([category]);
  });

  it('adds credentials for a trailing webauthn token', () => {
    expect(categoriesOf({ tag: 'input', autocomplete: 'username webauthn' })).toEqual([
      'user.account.username',
      'user.authorization.credentials',
    ]);
  });

  it.each([
    [{ tag: 'input', autocomplete: 'on', name: 'email' }, [{ category: 'user.contact.email', confidence: 'medium', reason: 'name `email`' }]],
    [{ tag: 'input', autocomplete: 'off', type: 'tel' }, [{ category: 'user.contact.phone_number', confidence: 'strong', reason: 'type `tel`' }]],
    [{ tag: 'input', autocomplete: 'phone', type: 'tel' }, [{ category: 'user.contact.phone_number', confidence: 'strong', reason: 'type `tel`' }]],
    [{ tag: 'input', autocomplete: 'shipping' }, []],
    [{ tag: 'input', autocomplete: 'section-x' }, []],
  ])('falls back when the token names no data: %j', (field, expected) => {
    expect(classifyField(field)).toEqual(expected);
  });
});

describe('classifyField: input types', () => {
  it.each([
    ['email', 'user.contact.email'],
    ['tel', 'user.contact.phone_number'],
    ['password', 'user.authorization.password'],
    ['url', 'user.contact.url'],
    ['search', 'user.behavior.search_history'],
    ['EMAIL', 'user.contact.email'],
  ])('type="%s" → %s (strong)', (type, category) => {
    expect(classifyField({ tag: 'input', type })).toEqual([
      { category, confidence: 'strong', reason: `type \`${type.toLowerCase()}\`` },
    ]);
  });

  it.each([
    [undefined, 'user.content.private'],
    ['', 'user.content.private'],
    ['.pdf,.docx', 'user.content.private'],
    ['image/*', 'user.content.media.photo'],
    ['image/png, .jpg', 'user.content.media.photo'],
    ['video/*', 'user.content.media.video'],
    ['audio/*', 'user.content.media.audio'],
    ['.mp3', 'user.content.media.audio'],
    ['image/*,video/*', 'user.content.media'],
    ['image/*,.pdf', 'user.content.private'],
  ])('type="file" accept=%j → %s', (accept, category) => {
    expect(categoriesOf({ tag: 'input', type: 'file', accept })).toEqual([category]);
  });

  it('reads type="date" as a birth date only with a birth-like name or id', () => {
    expect(classifyField({ tag: 'input', type: 'date', name: 'birthDate' })).toEqual([
      { category: 'user.demographic.date_of_birth', confidence: 'strong', reason: 'type `date` named `birthDate`' },
    ]);
    expect(categoriesOf({ tag: 'input', type: 'date', id: 'geburtsdatum' })).toEqual(['user.demographic.date_of_birth']);
    expect(classifyField({ tag: 'input', type: 'date', name: 'start_date' })).toEqual([]);
    expect(classifyField({ tag: 'input', type: 'date' })).toEqual([]);
  });

  it.each(['text', 'number', 'month', 'week', 'time', 'datetime-local', 'hidden', 'range', 'color', 'checkbox', 'radio'])(
    'type="%s" says nothing by itself',
    (type) => {
      expect(classifyField({ tag: 'input', type })).toEqual([]);
    },
  );

  it.each(['hidden', 'checkbox', 'radio', 'range', 'color', 'text'])('type="%s" is still read by name', (type) => {
    expect(categoriesOf({ tag: 'input', type, name: 'email' })).toEqual(['user.contact.email']);
  });

  it.each(['submit', 'button', 'reset', 'image'])('type="%s" is never data, whatever its name', (type) => {
    expect(classifyField({ tag: 'input', type, name: 'email', label: 'Email', autocomplete: 'email' })).toEqual([]);
  });

  it('ignores the label of checkboxes and radios, whose labels are sentences', () => {
    expect(classifyField({ tag: 'input', type: 'checkbox', name: 'newsletter', label: 'Email me about offers' })).toEqual([]);
    expect(classifyField({ tag: 'input', type: 'radio', label: 'Phone' })).toEqual([]);
  });

  it('ignores a type attribute on select and textarea', () => {
    expect(categoriesOf({ tag: 'select', type: 'submit', name: 'country' })).toEqual(['user.contact.address.country']);
    expect(categoriesOf({ tag: 'textarea', type: 'email', name: 'message' })).toEqual(['user.content.communications']);
  });
});

describe('classifyField: tags and components', () => {
  it.each([
    ['input', true],
    ['INPUT', true],
    ['select', true],
    ['textarea', true],
    ['Input', true],
    ['TextField', true],
    ['TextInput', true],
    ['Field', true],
    ['FormField', true],
    ['Select', true],
    ['Textarea', true],
    ['TextArea', true],
    ['Form.Item', true],
    ['Form.Control', true],
    ['Mui.TextField', true],
    ['el-input', true],
    ['v-text-field', true],
    ['mat-select', true],
    ['div', false],
    ['button', false],
    ['form', false],
    ['Button', false],
    ['CardElement', false],
    ['Label', false],
    ['Inputs', false],
  ])('<%s name="email"> is a field: %s', (tag, isField) => {
    expect(categoriesOf({ tag, name: 'email' })).toEqual(isField ? ['user.contact.email'] : []);
  });

  it.each([
    ['PhoneInput', 'user.contact.phone_number'],
    ['PasswordInput', 'user.authorization.password'],
    ['EmailField', 'user.contact.email'],
    ['CountrySelect', 'user.contact.address.country'],
    ['SearchInput', 'user.behavior.search_history'],
    ['Ui.PhoneInput', 'user.contact.phone_number'],
  ])('<%s> names its data (medium)', (tag, category) => {
    expect(classifyField({ tag })).toEqual([{ category, confidence: 'medium', reason: `component \`${tag}\`` }]);
  });

  it.each(['Input', 'TextField', 'Select', 'Form.Item', 'DateInput', 'NumberInput'])('<%s> alone says nothing', (tag) => {
    expect(classifyField({ tag })).toEqual([]);
  });
});

describe('classifyField: names and ids (medium)', () => {
  it.each([
    // names of people
    ['name', 'user.name'],
    ['full_name', 'user.name'],
    ['fullName', 'user.name'],
    ['first_name', 'user.name.first'],
    ['firstName', 'user.name.first'],
    ['fname', 'user.name.first'],
    ['given-name', 'user.name.first'],
    ['vorname', 'user.name.first'],
    ['last_name', 'user.name.last'],
    ['lname', 'user.name.last'],
    ['surname', 'user.name.last'],
    ['familyName', 'user.name.last'],
    ['nachname', 'user.name.last'],
    ['user[name]', 'user.name'],
    ['customer.name', 'user.name'],
    // account
    ['username', 'user.account.username'],
    ['user_name', 'user.account.username'],
    ['userName', 'user.account.username'],
    ['login', 'user.account.username'],
    ['screen_name', 'user.account.username'],
    ['display_name', 'user.account.username'],
    ['handle', 'user.account.username'],
    ['user_id', 'user.unique_id'],
    ['customerId', 'user.unique_id'],
    ['password', 'user.authorization.password'],
    ['passwd', 'user.authorization.password'],
    ['pwd', 'user.authorization.password'],
    ['old_password', 'user.authorization.password'],
    ['newPassword', 'user.authorization.password'],
    ['confirm_password', 'user.authorization.password'],
    ['password_confirmation', 'user.authorization.password'],
    ['otp', 'user.authorization.credentials'],
    ['totp', 'user.authorization.credentials'],
    ['mfa_code', 'user.authorization.credentials'],
    ['2fa', 'user.authorization.credentials'],
    ['verification_code', 'user.authorization.credentials'],
    ['recoveryCode', 'user.authorization.credentials'],
    ['api_key', 'user.authorization.credentials'],
    ['one_time_password', 'user.authorization.credentials'],
    // contact
    ['email', 'user.contact.email'],
    ['e-mail', 'user.contact.email'],
    ['eMail', 'user.contact.email'],
    ['mail', 'user.contact.email'],
    ['email_address', 'user.contact.email'],
    ['courriel', 'user.contact.email'],
    ['correo', 'user.contact.email'],
    ['parent_email', 'user.contact.email'],
    ['invite_email', 'user.social.contacts'],
    ['friendEmail', 'user.social.contacts'],
    ['referral_emails', 'user.social.contacts'],
    ['phone', 'user.contact.phone_number'],
    ['phone_number', 'user.contact.phone_number'],
    ['tel', 'user.contact.phone_number'],
    ['mobile', 'user.contact.phone_number'],
    ['cell', 'user.contact.phone_number'],
    ['cellPhone', 'user.contact.phone_number'],
    ['telefon', 'user.contact.phone_number'],
    ['fax', 'user.contact.fax_number'],
    ['fax_number', 'user.contact.fax_number'],
    ['company', 'user.contact.organization'],
    ['company_name', 'user.contact.organization'],
    ['organisation', 'user.contact.organization'],
    ['business_name', 'user.contact.organization'],
    ['website', 'user.contact.url'],
    ['homepage', 'user.contact.url'],
    ['url', 'user.contact.url'],
    ['linkedin', 'user.contact.url'],
    ['github_username', 'user.contact.url'],
    // address
    ['address', 'user.contact.address'],
    ['billingAddress', 'user.contact.address'],
    ['shipping_address', 'user.contact.address'],
    ['address1', 'user.contact.address.street'],
    ['address_line_2', 'user.contact.address.street'],
    ['addressLine1', 'user.contact.address.street'],
    ['billing[address][line1]', 'user.contact.address.street'],
    ['street', 'user.contact.address.street'],
    ['addr2', 'user.contact.address.street'],
    ['city', 'user.contact.address.city'],
    ['town', 'user.contact.address.city'],
    ['zip', 'user.contact.address.postal_code'],
    ['zipCode', 'user.contact.address.postal_code'],
    ['postal_code', 'user.contact.address.postal_code'],
    ['postcode', 'user.contact.address.postal_code'],
    ['plz', 'user.contact.address.postal_code'],
    ['address[zip]', 'user.contact.address.postal_code'],
    ['province', 'user.contact.address.state'],
    ['billing_state', 'user.contact.address.state'],
    ['shippingRegion', 'user.contact.address.state'],
    ['address.state', 'user.contact.address.state'],
    ['country', 'user.contact.address.country'],
    ['country_code', 'user.contact.address.country'],
    // demographics
    ['dob', 'user.demographic.date_of_birth'],
    ['date_of_birth', 'user.demographic.date_of_birth'],
    ['birthday', 'user.demographic.date_of_birth'],
    ['bday', 'user.demographic.date_of_birth'],
    ['geburtsdatum', 'user.demographic.date_of_birth'],
    ['age', 'user.demographic.age_range'],
    ['age_confirm', 'user.demographic.age_range'],
    ['over_13', 'user.demographic.age_range'],
    ['gender', 'user.demographic.gender'],
    ['sex', 'user.demographic.gender'],
    ['pronouns', 'user.demographic.gender'],
    ['salutation', 'user.demographic.gender'],
    ['language', 'user.demographic.language'],
    ['preferred_language', 'user.demographic.language'],
    ['locale', 'user.demographic.language'],
    ['ethnicity', 'user.demographic.sensitive'],
    ['religion', 'user.demographic.sensitive'],
    ['political_affiliation', 'user.demographic.sensitive'],
    ['sexual_orientation', 'user.demographic.sensitive'],
    ['union_member', 'user.demographic.sensitive'],
    // work, education
    ['job_title', 'user.employment'],
    ['jobTitle', 'user.employment'],
    ['employer', 'user.employment'],
    ['resume', 'user.employment'],
    ['cv', 'user.employment'],
    ['cover_letter', 'user.employment'],
    ['grade', 'user.education'],
    ['gpa', 'user.education'],
    ['transcript', 'user.education'],
    ['student_id', 'user.education'],
    ['roster', 'user.education'],
    // government, health, biometrics
    ['ssn', 'user.government_id.national_identification_number'],
    ['social_security_number', 'user.government_id.national_identification_number'],
    ['national_id', 'user.government_id.national_identification_number'],
    ['passport', 'user.government_id.passport_number'],
    ['passportNumber', 'user.government_id.passport_number'],
    ['drivers_license', 'user.government_id.drivers_license_number'],
    ["driver's licence", 'user.government_id.drivers_license_number'],
    ['license_plate', 'user.government_id.vehicle_registration'],
    ['birth_certificate', 'user.government_id.birth_certificate'],
    ['diagnosis', 'user.health_and_medical'],
    ['medication', 'user.health_and_medical'],
    ['allergies', 'user.health_and_medical'],
    ['blood_type', 'user.health_and_medical'],
    ['symptoms', 'user.health_and_medical'],
    ['disability', 'user.health_and_medical'],
    ['insurance_member_id', 'user.health_and_medical.insurance_beneficiary_id'],
    ['medical_record_number', 'user.health_and_medical.record_id'],
    ['faceprint', 'user.biometric'],
    // payment
    ['card_number', 'user.financial.credit_card.number'],
    ['cardNumber', 'user.financial.credit_card.number'],
    ['cc_num', 'user.financial.credit_card.number'],
    ['ccnumber', 'user.financial.credit_card.number'],
    ['pan', 'user.financial.credit_card.number'],
    ['cvc', 'user.financial.credit_card.cvc'],
    ['cvv', 'user.financial.credit_card.cvc'],
    ['csc', 'user.financial.credit_card.cvc'],
    ['security_code', 'user.financial.credit_card.cvc'],
    ['expiry', 'user.financial.credit_card.expiry'],
    ['expiration', 'user.financial.credit_card.expiry'],
    ['exp_month', 'user.financial.credit_card.expiry'],
    ['cardExpiry', 'user.financial.credit_card.expiry'],
    ['mm_yy', 'user.financial.credit_card.expiry'],
    ['name_on_card', 'user.financial.credit_card.holder_name'],
    ['cardholderName', 'user.financial.credit_card.holder_name'],
    ['card_brand', 'user.financial.credit_card.brand'],
    ['credit_card', 'user.financial.credit_card'],
    ['iban', 'user.financial.bank_account'],
    ['bic', 'user.financial.bank_account'],
    ['routing_number', 'user.financial.bank_account'],
    ['account_number', 'user.financial.bank_account'],
    ['sort_code', 'user.financial.bank_account'],
    ['vat', 'user.financial.tax_id'],
    ['vat_number', 'user.financial.tax_id'],
    ['tax_id', 'user.financial.tax_id'],
    ['ust_id', 'user.financial.tax_id'],
    ['ein', 'user.financial.tax_id'],
    ['gst', 'user.financial.tax_id'],
    ['abn', 'user.financial.tax_id'],
    ['tin', 'user.financial.tax_id'],
    ['income', 'user.financial'],
    ['salary', 'user.financial'],
    ['credit_score', 'user.financial'],
    // content, behaviour
    ['message', 'user.content.communications'],
    ['inquiry', 'user.content.communications'],
    ['feedback', 'user.content.communications'],
    ['comment', 'user.content.public'],
    ['review', 'user.content.public'],
    ['avatar', 'user.content.media.photo'],
    ['profile_picture', 'user.content.media.photo'],
    ['nps_score', 'user.content.survey'],
    ['q', 'user.behavior.search_history'],
    ['query', 'user.behavior.search_history'],
    ['search', 'user.behavior.search_history'],
    ['keywords', 'user.behavior.search_history'],
    ['marketing_consent', 'user.privacy_preferences'],
    ['timezone', 'user.device.locale.timezone'],
  ])('name="%s" → %s', (name, category) => {
    expect(classifyField({ tag: 'input', name })).toEqual([{ category, confidence: 'medium', reason: `name \`${name}\`` }]);
  });

  it.each([
    // not postal addresses
    ['ip_address', 'user.device.ip_address'],
    ['mac_address', 'user.device.device_id'],
    ['email_address', 'user.contact.email'],
    ['wallet_address', undefined],
    ['server.address', undefined],
    // not personal names
    ['username', 'user.account.username'],
    ['file_name', undefined],
    ['fileName', undefined],
    ['company_name', 'user.contact.organization'],
    ['company.name', 'user.contact.organization'],
    ['display_name', 'user.account.username'],
    ['product[name]', undefined],
    ['project_name', undefined],
    ['street_name', 'user.contact.address.street'],
    ['namespace', undefined],
    // not e-mail addresses
    ['email_verified', undefined],
    ['emailVerified', undefined],
    ['email_notifications', undefined],
    ['email_verification_code', 'user.authorization.credentials'],
    // zip archives
    ['zip_file', undefined],
    ['zipArchive', undefined],
    // ambiguous words left out
    ['state', undefined],
    ['region', undefined],
    ['title', undefined],
    ['code', undefined],
    ['promo_code', undefined],
    ['coupon_expiry', undefined],
    ['token_expiration', undefined],
    // machinery and flags
    ['csrf_token', undefined],
    ['authenticity_token', undefined],
    ['g-recaptcha-response', undefined],
    ['_method', undefined],
    ['is_mobile', undefined],
    ['mobile_app', undefined],
    ['show_password', undefined],
    ['password_hint', undefined],
    ['error.message', undefined],
    ['success_message', undefined],
    ['last_login', undefined],
    ['vat_rate', undefined],
    ['search_results', undefined],
    ['comment_count', undefined],
  ])('guarded: name="%s" → %s', (name, category) => {
    expect(categoriesOf({ tag: 'input', name })).toEqual(category === undefined ? [] : [category]);
  });

  it('reads id like name', () => {
    expect(classifyField({ tag: 'input', id: 'customer-phone' })).toEqual([
      { category: 'user.contact.phone_number', confidence: 'medium', reason: 'id `customer-phone`' },
    ]);
  });

  it('merges name and id of one lineage into the most specific key', () => {
    expect(classifyField({ tag: 'input', name: 'address', id: 'street' })).toEqual([
      { category: 'user.contact.address.street', confidence: 'medium', reason: 'name `address`' },
    ]);
  });
});

describe('classifyField: combined evidence', () => {
  it('puts the strongest evidence first and keeps distinct categories', () => {
    expect(classifyField({ tag: 'input', type: 'email', name: 'username' })).toEqual([
      { category: 'user.contact.email', confidence: 'strong', reason: 'type `email`' },
      { category: 'user.account.username', confidence: 'medium', reason: 'name `username`' },
    ]);
    expect(categoriesOf({ tag: 'input', autocomplete: 'username', type: 'email' })).toEqual([
      'user.account.username',
      'user.contact.email',
    ]);
  });

  it('returns one entry per category, refined to the most specific key', () => {
    expect(classifyField({ tag: 'input', type: 'email', name: 'email', autocomplete: 'email', label: 'Email' })).toEqual([
      { category: 'user.contact.email', confidence: 'strong', reason: 'autocomplete `email`' },
    ]);
    expect(classifyField({ tag: 'input', autocomplete: 'name', name: 'first_name' })).toEqual([
      { category: 'user.name.first', confidence: 'strong', reason: 'autocomplete `name`' },
    ]);
    expect(classifyField({ tag: 'input', autocomplete: 'given-name', name: 'name' })).toEqual([
      { category: 'user.name.first', confidence: 'strong', reason: 'autocomplete `given-name`' },
    ]);
    expect(classifyField({ tag: 'input', type: 'password', autocomplete: 'current-password', name: 'password' })).toEqual([
      { category: 'user.authorization.password', confidence: 'strong', reason: 'autocomplete `current-password`' },
    ]);
  });

  it('consults labels only when the markup says nothing', () => {
    expect(categoriesOf({ tag: 'input', type: 'search', placeholder: 'Search by name or email' })).toEqual([
      'user.behavior.search_history',
    ]);
    expect(categoriesOf({ tag: 'input', name: 'field_3', label: 'Phone number' })).toEqual(['user.contact.phone_number']);
  });
});

describe('classifyField: labels, aria-labels and placeholders (weak)', () => {
  it.each([
    ['Email address', 'user.contact.email'],
    ['Your e-mail', 'user.contact.email'],
    ['Courriel', 'user.contact.email'],
    ['Correo electrónico', 'user.contact.email'],
    ['E-Mail-Adresse', 'user.contact.email'],
    ['Téléphone', 'user.contact.phone_number'],
    ['Telefon', 'user.contact.phone_number'],
    ['First name', 'user.name.first'],
    ['Vorname', 'user.name.first'],
    ['Prénom', 'user.name.first'],
    ['Nachname', 'user.name.last'],
    ['Full name', 'user.name'],
    ['Name', 'user.name'],
    ['Company name', 'user.contact.organization'],
    ['Name on card', 'user.financial.credit_card.holder_name'],
    ['Card number', 'user.financial.credit_card.number'],
    ['Kartennummer', 'user.financial.credit_card.number'],
    ['Security code', 'user.financial.credit_card.cvc'],
    ['Expiration date', 'user.financial.credit_card.expiry'],
    ['Password', 'user.authorization.password'],
    ['Mot de passe', 'user.authorization.password'],
    ['Contraseña', 'user.authorization.password'],
    ['Date of birth', 'user.demographic.date_of_birth'],
    ['Geburtsdatum', 'user.demographic.date_of_birth'],
    ['Date de naissance', 'user.demographic.date_of_birth'],
    ['Fecha de nacimiento', 'user.demographic.date_of_birth'],
    ['Street address', 'user.contact.address.street'],
    ['Straße', 'user.contact.address.street'],
    ['City', 'user.contact.address.city'],
    ['Ville', 'user.contact.address.city'],
    ['PLZ', 'user.contact.address.postal_code'],
    ['Postleitzahl', 'user.contact.address.postal_code'],
    ['Code postal', 'user.contact.address.postal_code'],
    ['Código postal', 'user.contact.address.postal_code'],
    ['State / Province', 'user.contact.address.state'],
    ['Country', 'user.contact.address.country'],
    ['Adresse', 'user.contact.address'],
    ['Dirección', 'user.contact.address'],
    ['Website', 'user.contact.url'],
    ['Your message', 'user.content.communications'],
    ['Nachricht', 'user.content.communications'],
    ['Mensaje', 'user.content.communications'],
    ['How can we help?', 'user.content.communications'],
    ['Search', 'user.behavior.search_history'],
    ['Job title', 'user.employment'],
    ['Gender', 'user.demographic.gender'],
    ['Geschlecht', 'user.demographic.gender'],
    ['Firma', 'user.contact.organization'],
    ['Empresa', 'user.contact.organization'],
    ['VAT number', 'user.financial.tax_id'],
    ['IBAN', 'user.financial.bank_account'],
  ])('label "%s" → %s', (label, category) => {
    expect(classifyField({ tag: 'input', label })).toEqual([{ category, confidence: 'weak', reason: `label "${label}"` }]);
  });

  it.each([
    [{ tag: 'input', ariaLabel: 'Phone' }, 'user.contact.phone_number', 'aria-label "Phone"'],
    [{ tag: 'input', placeholder: 'Enter your email' }, 'user.contact.email', 'placeholder "Enter your email"'],
    [{ tag: 'input', placeholder: 'you@example.com' }, 'user.contact.email', 'placeholder "you@example.com"'],
    [{ tag: 'input', placeholder: '1234 1234 1234 1234' }, 'user.financial.credit_card.number', 'placeholder "1234 1234 1234 1234"'],
    [{ tag: 'input', placeholder: '•••• •••• •••• 4242' }, 'user.financial.credit_card.number', 'placeholder "•••• •••• •••• 4242"'],
    [{ tag: 'input', placeholder: 'MM / YY' }, 'user.financial.credit_card.expiry', 'placeholder "MM / YY"'],
    [{ tag: 'input', placeholder: '+1 (555) 010-0000' }, 'user.contact.phone_number', 'placeholder "+1 (555) 010-0000"'],
    [{ tag: 'input', placeholder: 'https://example.com' }, 'user.contact.url', 'placeholder "https://example.com"'],
  ])('%j → %s', (field, category, reason) => {
    expect(classifyField(field)).toEqual([{ category, confidence: 'weak', reason }]);
  });

  it('shortens long label text in the reason', () => {
    const label = 'Please tell us the email address we should use to reach you about this order';
    expect(classifyField({ tag: 'input', label })).toEqual([
      { category: 'user.contact.email', confidence: 'weak', reason: 'label "Please tell us the email address we sho…"' },
    ]);
  });

  it.each(['State', 'Title', 'Code', 'Remember me', 'Quantity', 'Accept the terms and conditions', 'Color'])(
    'label "%s" → nothing',
    (label) => {
      expect(classifyField({ tag: 'input', label })).toEqual([]);
    },
  );
});

describe('classifyDataName', () => {
  it.each([
    ['email', 'user.contact.email'],
    ['userEmail', 'user.contact.email'],
    ['user_email', 'user.contact.email'],
    ['customer-email', 'user.contact.email'],
    ['user.email', 'user.contact.email'],
    ['customer_email', 'user.contact.email'],
    ['phone_number', 'user.contact.phone_number'],
    ['phoneNumber', 'user.contact.phone_number'],
    ['billingAddress', 'user.contact.address'],
    ['billing[address][line1]', 'user.contact.address.street'],
    ['address.postal_code', 'user.contact.address.postal_code'],
    ['cardNumber', 'user.financial.credit_card.number'],
    ['card-number', 'user.financial.credit_card.number'],
    ['firstName', 'user.name.first'],
    ['user.name', 'user.name'],
    ['user_name', 'user.account.username'],
    ['userId', 'user.unique_id'],
    ['customer.id', 'user.unique_id'],
    ['ip', 'user.device.ip_address'],
    ['ipAddress', 'user.device.ip_address'],
    ['remoteAddress', 'user.device.ip_address'],
    ['x-forwarded-for', 'user.device.ip_address'],
    ['macAddress', 'user.device.device_id'],
    ['deviceId', 'user.device.device_id'],
    ['pushToken', 'user.device.device_id'],
    ['idfa', 'user.device.advertising_id'],
    ['userAgent', 'user.device.browser'],
    ['screenResolution', 'user.device.screen'],
    ['anonymousId', 'user.device.cookie_id'],
    ['fingerprint', 'user.unique_id.pseudonymous'],
    ['session.user.password', 'user.authorization.password'],
  ])('%s → %s', (name, category) => {
    expect(classifyDataName(name)).toEqual({ category, confidence: 'medium', reason: `name \`${name}\`` });
  });

  it.each([
    'handleEmailChange',
    'setEmail',
    'isMobile',
    'hasPhone',
    'emailError',
    'emailRef',
    'phoneRegex',
    'minPasswordLength',
    'passwordStrength',
    'validateEmail',
    'product.name',
    'file.name',
    'siteConfig.name',
    'config.name',
    'anonymize_ip',
    'redactEmail',
    'error.message',
    'pageTitle',
    'state',
    'count',
    'id',
    '',
    '...',
  ])('%j → undefined', (name) => {
    expect(classifyDataName(name)).toBeUndefined();
  });
});
