/**
 * The form-field vocabulary (reference/manifest-model.md §4.2 "code signals", §4.3): HTML autofill tokens,
 * input types, field-name patterns with their false-positive guards, label phrases and the element names
 * that are form fields. `core/classify-field.ts` interprets it.
 *
 * Name patterns run on a normalised name: lower-case ASCII words separated by single spaces
 * (`billingAddress[line1]` → `billing address line 1`, `E-Mail` → `e mail`, `2FA` → `2 fa`), so they can use
 * `\b` and spaces and never deal with case, separators or diacritics.
 */

/** WHATWG autofill field names (HTML §4.10.18.7) → category. */
export const autocompleteFieldTokens: Readonly<Record<string, string>> = {
  name: 'user.name',
  'honorific-prefix': 'user.name',
  'given-name': 'user.name.first',
  'additional-name': 'user.name',
  'family-name': 'user.name.last',
  'honorific-suffix': 'user.name',
  nickname: 'user.name',
  username: 'user.account.username',
  'new-password': 'user.authorization.password',
  'current-password': 'user.authorization.password',
  'one-time-code': 'user.authorization.credentials',
  'organization-title': 'user.employment',
  organization: 'user.contact.organization',
  'street-address': 'user.contact.address.street',
  'address-line1': 'user.contact.address.street',
  'address-line2': 'user.contact.address.street',
  'address-line3': 'user.contact.address.street',
  // Level 2 is the city; levels 3 and 4 are sub-localities, which the taxonomy has no finer key for.
  'address-level4': 'user.contact.address.city',
  'address-level3': 'user.contact.address.city',
  'address-level2': 'user.contact.address.city',
  'address-level1': 'user.contact.address.state',
  country: 'user.contact.address.country',
  'country-name': 'user.contact.address.country',
  'postal-code': 'user.contact.address.postal_code',
  'cc-name': 'user.financial.credit_card.holder_name',
  'cc-given-name': 'user.financial.credit_card.holder_name',
  'cc-additional-name': 'user.financial.credit_card.holder_name',
  'cc-family-name': 'user.financial.credit_card.holder_name',
  'cc-number': 'user.financial.credit_card.number',
  'cc-exp': 'user.financial.credit_card.expiry',
  'cc-exp-month': 'user.financial.credit_card.expiry',
  'cc-exp-year': 'user.financial.credit_card.expiry',
  'cc-csc': 'user.financial.credit_card.cvc',
  'cc-type': 'user.financial.credit_card.brand',
  'transaction-currency': 'user.behavior.purchase_history',
  'transaction-amount': 'user.behavior.purchase_history',
  language: 'user.demographic.language',
  bday: 'user.demographic.date_of_birth',
  'bday-day': 'user.demographic.date_of_birth',
  'bday-month': 'user.demographic.date_of_birth',
  'bday-year': 'user.demographic.date_of_birth',
  sex: 'user.demographic.gender',
  url: 'user.contact.url',
  photo: 'user.content.media.photo',
  tel: 'user.contact.phone_number',
  'tel-country-code': 'user.contact.phone_number',
  'tel-national': 'user.contact.phone_number',
  'tel-area-code': 'user.contact.phone_number',
  'tel-local': 'user.contact.phone_number',
  'tel-local-prefix': 'user.contact.phone_number',
  'tel-local-suffix': 'user.contact.phone_number',
  'tel-extension': 'user.contact.phone_number',
  email: 'user.contact.email',
  impp: 'user.contact.url',
};

/** The trailing `webauthn` token: the field also takes a passkey. */
export const autocompleteWebauthnToken = 'webauthn';
export const autocompleteCredentialCategory = 'user.authorization.credentials';

/** `section-*` names a group of fields; it says nothing about the data. */
export const autocompleteSectionPrefix = 'section-';

/** Tokens that give context only (whose address, which phone), never a category of their own. */
export const autocompleteModifiers: ReadonlySet<string> = new Set([
  'shipping',
  'billing',
  'home',
  'work',
  'mobile',
  'fax',
  'pager',
]);

/** A modifier that makes the field's category more precise: `fax tel` is a fax number. */
export const autocompleteModifierRefinements: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fax: { 'user.contact.phone_number': 'user.contact.fax_number' },
};

/** `on`/`off` switch autofill but name no data: the field falls back to `type` and name heuristics. */
export const autocompleteSwitches: ReadonlySet<string> = new Set(['on', 'off']);

/** Input types that alone say what a field collects. */
export const inputTypeCategories: Readonly<Record<string, string>> = {
  email: 'user.contact.email',
  tel: 'user.contact.phone_number',
  password: 'user.authorization.password',
  url: 'user.contact.url',
  search: 'user.behavior.search_history',
};

/** `type=file`: the `accept` list decides between media and documents. */
export const fileInputType = 'file';
export const fileAcceptCategories: readonly { pattern: RegExp; category: string }[] = [
  { pattern: /^image\/|^\.(?:jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?|svg)$/, category: 'user.content.media.photo' },
  { pattern: /^video\/|^\.(?:mp4|mov|webm|avi|mkv|m4v)$/, category: 'user.content.media.video' },
  { pattern: /^audio\/|^\.(?:mp3|wav|m4a|ogg|oga|flac|aac|weba)$/, category: 'user.content.media.audio' },
];
/** Accepting several media kinds at once. */
export const fileMixedMediaCategory = 'user.content.media';
/** A file input accepting anything else (or anything at all). */
export const fileDefaultCategory = 'user.content.private';

/** `type=date` is only a date of birth when the name says so. */
export const birthDateInputTypes: ReadonlySet<string> = new Set(['date']);
export const birthDateCategory = 'user.demographic.date_of_birth';
export const birthLikeName = /\b(?:dob|birth|birthday|birthdate|bday|geburtsdatum|geburtstag|naissance|nacimiento)\b/;

/** Buttons: never data. */
export const nonDataInputTypes: ReadonlySet<string> = new Set(['submit', 'button', 'reset', 'image']);

/**
 * Controls whose label is a sentence ("Email me about offers") rather than the name of the data, so only
 * their `name`/`id` are read. (`hidden`, `range`, `color` also get no type evidence: they are in no table.)
 */
export const choiceInputTypes: ReadonlySet<string> = new Set(['checkbox', 'radio']);

/** Native form-field tags. */
export const fieldTags: ReadonlySet<string> = new Set(['input', 'select', 'textarea']);

/**
 * Custom field components: `Input`, `TextField`, `PhoneInput`, `Field` (Formik), `FormField`, `Select`,
 * `Textarea`, `Form.Item` (antd), `Form.Control` (react-bootstrap), and kebab-case web or Vue components
 * (`el-input`, `v-text-field`, `ion-input`, `mat-select`).
 */
export const customFieldComponent =
  /^(?:[A-Z][A-Za-z0-9]*\.)?[A-Z]?[A-Za-z0-9]*(?:Input|Field|Select|Textarea|TextArea|Combobox|Autocomplete)$|^Form\.(?:Item|Control)$|^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:input|field|select|textarea)$/;

/** The part of a component name that names the control, stripped to read the rest (`PhoneInput` → `phone`). */
export const componentControlSuffix = /(?:Input|Field|Select|Textarea|TextArea|Combobox|Autocomplete)$/;

/**
 * Keys SDK calls use for the slot that carries a payload (`pubnub.publish({ channel, message })`): the slot's
 * name says nothing about what fills it, so only the names its value is built from are read.
 */
export const payloadSlotKeys: ReadonlySet<string> = new Set(['message', 'payload', 'data', 'body', 'content', 'properties', 'metadata']);

/**
 * A field named for other people (an invitee's or a friend's e-mail, §4.2 row 8) holds their contact details:
 * the contact category its `type` or `autocomplete` gives is theirs, not the user's, and gives way.
 */
export const otherPeopleCategory = 'user.social.contacts';
export const otherPeopleSupersedes = 'user.contact';

/** Names that are machinery, not data (CSRF tokens, captchas, honeypots). */
export const ignoredFieldNames = /\b(?:csrf|xsrf|authenticity token|captcha|recaptcha|hcaptcha|turnstile|honeypot|utf 8)\b|^method$/;

/**
 * First words that make a code name a function, flag or setter rather than data (`handleEmailChange`,
 * `isMobile`, `showPassword`, `minPasswordLength`).
 */
export const dataNameStopPrefixes: ReadonlySet<string> = new Set([
  'is', 'has', 'should', 'can', 'did', 'does', 'will', 'handle', 'on', 'set', 'get', 'validate', 'format',
  'parse', 'use', 'render', 'show', 'hide', 'toggle', 'fetch', 'load', 'update', 'submit', 'check', 'clear',
  'reset', 'init', 'send', 'allow', 'enable', 'disable', 'require', 'min', 'max', 'minimum', 'maximum', 'mask',
  // Settings that act on data (`anonymize_ip`, `redactEmail`) are not the data.
  'anonymize', 'anonymise', 'redact', 'hash', 'exclude', 'ignore',
]);

/** Last words that make a code name metadata about a value rather than the value (`emailError`, `phoneRegex`). */
export const dataNameStopSuffixes: ReadonlySet<string> = new Set([
  'ref', 'refs', 'error', 'errors', 'label', 'placeholder', 'valid', 'invalid', 'validity', 'visible',
  'visibility', 'enabled', 'disabled', 'loading', 'touched', 'dirty', 'focused', 'pristine', 'regex',
  'regexp', 'pattern', 'schema', 'validator', 'validation', 'length', 'mask', 'hint', 'changed', 'handler',
  'callback', 'listener', 'strength', 'policy', 'required', 'optional', 'exists',
]);

/** A name pattern: the first rule whose `pattern` matches (and `unless` does not) gives the category. */
export interface NameRule {
  category: string;
  pattern: RegExp;
  /** A context that makes the match a false positive, tested on the name including its owner (`ip address`). */
  unless?: RegExp;
}

/**
 * Name, id, label and placeholder patterns, most specific first (card fields before names, e-mail before
 * address). English plus the commonest German, French and Spanish words. `state`, `region`, `title` and
 * `code` alone are deliberately absent: they are UI state, page titles and promo codes more often than data.
 */
export const nameRules: readonly NameRule[] = [
  // People whose details the user enters: invitations and referrals.
  {
    category: 'user.social.contacts',
    pattern:
      /\b(?:invitees?|address book|contacts list)\b|\b(?:invite|invites|invitation|invitee|friend|friends|referral|referred|refer) (?:e ?mails?|phone|contacts?)\b/,
  },

  // Payment cards
  {
    category: 'user.financial.credit_card.number',
    pattern:
      /\b(?:card ?(?:number|num|no|nr)|cc ?(?:number|num|no)|ccnumber|ccnum|cardnumber|kartennummer|numero (?:de )?(?:la )?(?:carte|tarjeta))\b|^pan$/,
  },
  {
    category: 'user.financial.credit_card.cvc',
    pattern:
      /\b(?:cvc|cvv|cvn|csc|cvc 2|cvv 2|card ?code|security ?code|card verification(?: code| value)?|kartenprufnummer|cryptogramme)\b/,
  },
  {
    category: 'user.financial.credit_card.expiry',
    pattern:
      /\b(?:(?:card|cc|credit card) ?(?:exp|expiry|expiration|expires)|exp (?:date|month|year|mm|yy)|expiry(?: date| month| year)?|expiration (?:date|month|year)|mm ?yy|mmyy|ablaufdatum|date d expiration|fecha de (?:vencimiento|caducidad))\b|^(?:exp|expiration)$/,
    unless:
      /\b(?:token|session|cookie|link|coupon|promo|voucher|code|password|subscription|trial|cache|key|certificate|cert|license|licence|offer|invite|invitation|otp|jwt|plan)\b/,
  },
  {
    category: 'user.financial.credit_card.holder_name',
    pattern:
      /\b(?:name on (?:the )?card|card ?holder(?: name)?|cardholder(?: name)?|holder ?name|cc name|card name|karteninhaber|titulaire(?: de la carte)?|titular(?: de la tarjeta)?)\b/,
  },
  { category: 'user.financial.credit_card.brand', pattern: /\b(?:card (?:brand|type|network|scheme)|cc type)\b/ },
  {
    category: 'user.financial.credit_card',
    pattern: /\b(?:credit ?card|creditcard|debit card|payment card|kreditkarte|carte bancaire|tarjeta(?: de credito)?)\b/,
  },

  // Bank, tax, other financial
  {
    category: 'user.financial.bank_account',
    pattern:
      /\b(?:iban|bic|swift(?: code)?|routing ?(?:number|no)|account ?(?:number|no|nr)|sort ?code|bank ?account(?: number)?|bankleitzahl|blz|kontonummer)\b/,
  },
  {
    category: 'user.financial.tax_id',
    pattern:
      /\b(?:vat(?: ?(?:id|number|no|nr|reg|registration))?|tax ?(?:id|number|no|code)|taxid|tin|ein|ust ?id(?: ?nr)?|ust idnr|gst(?: ?(?:id|number|no))?|abn|steuernummer|steuer id|numero de tva|siren|siret)\b/,
    unless: /\b(?:rate|rates|amount|total|percent|percentage|included|inclusive|exempt|exclusive)\b/,
  },
  {
    category: 'user.financial',
    pattern: /\b(?:income|annual income|salary|credit ?score|net worth|einkommen|gehalt)\b/,
  },

  // Credentials before passwords: `one_time_password` is a code, not the account password.
  {
    category: 'user.authorization.credentials',
    pattern:
      /\b(?:otp|totp|hotp|mfa(?: code| token)?|2 ?fa(?: code)?|two factor(?: code)?|verification ?code|verify code|recovery ?codes?|backup ?codes?|one time (?:code|password|passcode)|auth(?:entication)? code|api ?key|api ?secret|secret ?key|access ?key|passcode)\b/,
  },
  {
    category: 'user.authorization.password',
    pattern: /\b(?:password|passwords|passwd|pwd|passwort|kennwort|mot de passe|contrasena|passphrase|pass phrase)\b|^(?:pass|pw)$/,
    unless: /\b(?:hint|policy|rules?|requirements?|changed at|updated at|visible|visibility)\b/,
  },

  // Contact
  {
    category: 'user.contact.email',
    pattern: /\b(?:e ?mail|e ?mails|mail|mailadresse|emailadresse|courriel|correo)\b/,
    unless:
      /\b(?:e ?mail|mail) (?:is )?(?:verified|validated|valid|confirmed at|verified at|enabled|disabled|opt ?in|opted in|consent|notifications?|frequency|templates?|subject|body|sent|status|type|count|settings|preferences|subscription|subscribed|provider|domain|server|host|client|service|queue|job|logs?)\b|\bmail (?:merge|to)\b/,
  },
  { category: 'user.contact.fax_number', pattern: /\b(?:fax|telefax)(?: ?(?:number|no|nr))?\b/ },
  {
    category: 'user.contact.phone_number',
    pattern:
      /\b(?:phone|phones|telephone|tel|telefon|telefono|telefone|mobile|mobil|cell ?phone|cellphone|cell (?:number|no)|msisdn|whatsapp|sms number)\b|^cell$/,
    unless:
      /\b(?:is|use|on) mobile\b|\bmobile (?:app|apps|device|view|menu|nav|navigation|web|os|layout|breakpoint|browser|version|platform|sdk|client|first|only|friendly)\b|\bphone (?:verified|confirmed|model|os)\b/,
  },

  // Device and network identifiers (code names more than form fields)
  {
    category: 'user.device.ip_address',
    pattern:
      /\b(?:ip(?: ?address)?|ip addr|ipaddress|ipv4|ipv6|remote ?addr(?:ess)?|client ip|x forwarded for|x real ip|cf connecting ip|true client ip)\b/,
  },
  { category: 'user.device.advertising_id', pattern: /\b(?:idfa|gaid|aaid|adid|ad id|advertising ?id)\b/ },
  {
    category: 'user.device.device_id',
    pattern:
      /\b(?:mac ?address|macaddress|device ?id|deviceid|installation ?id|install id|push ?token|fcm token|apns token|device token|idfv|android id|udid)\b/,
  },
  { category: 'user.device.browser', pattern: /\b(?:user ?agent|useragent|ua string)\b/ },
  { category: 'user.device.screen', pattern: /\b(?:screen ?(?:resolution|width|height|size)|viewport (?:width|height|size)|device pixel ratio)\b/ },
  { category: 'user.device.locale.timezone', pattern: /\b(?:timezone|time zone|tz offset|utc offset|timezone offset)\b/ },
  { category: 'user.device.cookie_id', pattern: /\b(?:anonymous ?id|anon id|visitor ?id)\b/ },
  { category: 'user.unique_id.pseudonymous', pattern: /\b(?:fingerprint|browser fingerprint|device fingerprint)\b/ },

  // Government ids before dates of birth: `birth_certificate` is a document.
  { category: 'user.government_id.birth_certificate', pattern: /\bbirth certificate\b/ },
  {
    category: 'user.government_id.national_identification_number',
    pattern:
      /\b(?:ssn|social security(?: number| no)?|national (?:id|identification|identity|insurance)(?: number| no)?|nino|tax file number|personnummer|dni|curp|cpf|aadhaar|id card(?: number)?|identity card(?: number)?|personalausweis(?: ?nummer)?)\b/,
  },
  { category: 'user.government_id.passport_number', pattern: /\b(?:passport(?: ?(?:number|no|nr|id))?|reisepass)\b/ },
  {
    category: 'user.government_id.drivers_license_number',
    pattern: /\b(?:drivers? ?licen[cs]e|driver s licen[cs]e|driving licen[cs]e|fuhrerschein)(?: ?(?:number|no|nr))?\b/,
  },
  {
    category: 'user.government_id.vehicle_registration',
    pattern: /\b(?:license plate|licence plate|vehicle registration|number plate|kennzeichen)\b/,
  },

  // Demographics
  {
    category: 'user.demographic.date_of_birth',
    pattern:
      /\b(?:dob|date of birth|birth ?date|birthdate|birthday|bday|birth (?:day|month|year)|geburtsdatum|geburtstag|date de naissance|fecha de nacimiento)\b|^birth$/,
  },
  {
    category: 'user.demographic.age_range',
    pattern: /^age$|\bage (?:range|group|bracket|confirm|confirmation|gate|check|verification|verified)\b|\b(?:your age|over (?:13|16|18|21)|minimum age)\b/,
  },
  {
    category: 'user.demographic.sensitive',
    pattern:
      /\b(?:race|ethnicity|ethnic(?: origin| group)?|religion|religious(?: belief| affiliation)?|political(?: affiliation| opinion| party| views)?|sexual orientation|union member(?:ship)?|trade union)\b/,
    unless: /\brace (?:condition|result|results|id)\b/,
  },
  { category: 'user.demographic.gender', pattern: /\b(?:gender|sex|pronouns?|salutation|geschlecht|anrede|sexe|sexo|genero)\b/ },

  // Health and biometrics
  { category: 'user.health_and_medical.record_id', pattern: /\b(?:medical record(?: number| id)?|mrn|patient id)\b/ },
  {
    category: 'user.health_and_medical.insurance_beneficiary_id',
    pattern: /\b(?:health ?insurance(?: number| id| member id)?|insurance member(?: id)?|krankenkasse|versichertennummer)\b/,
  },
  { category: 'user.health_and_medical.genetic', pattern: /\b(?:genetic|genome|dna)\b/ },
  {
    category: 'user.health_and_medical',
    pattern:
      /\b(?:diagnos[ie]s|medications?|medicines?|prescriptions?|allerg(?:y|ies|ic)|blood ?(?:type|group)|symptoms?|disabilit(?:y|ies)|medical (?:history|conditions?|notes|info|information)|health (?:conditions?|issues|status|info|information)|pregnan(?:t|cy))\b/,
  },
  {
    category: 'user.biometric',
    pattern: /\b(?:face ?(?:print|scan|template|descriptor|embedding)|faceprint|voice ?print|voiceprint|retina scan|iris scan|biometrics?)\b/,
  },

  // Postal address: the parts before the whole, and guarded against network and e-mail addresses.
  {
    category: 'user.contact.address.street',
    pattern:
      /\b(?:street(?: ?(?:address|name|number|line|no|nr))?|address ?line ?[123]?|address [123]|addr ?[123]|line [123]|house ?(?:number|no|nr)|apartment|apt(?: number| no)?|unit number|flat number|strasse|hausnummer|calle|rue)\b/,
  },
  { category: 'user.contact.address.city', pattern: /\b(?:city|town|locality|suburb|stadt|ville|ciudad|municipality|wohnort)\b/ },
  {
    category: 'user.contact.address.postal_code',
    pattern: /\b(?:zip(?: ?code)?|zipcode|postal ?code|post ?code|postcode|postalcode|plz|postleitzahl|code postal|codigo postal|eircode)\b/,
    unless: /\bzip (?:file|files|archive|archives|folder|download|upload|bomb)\b/,
  },
  {
    category: 'user.contact.address.state',
    pattern:
      /\b(?:province|county|prefecture|bundesland|canton|provincia|(?:address|billing|shipping|home|mailing|postal|residence|residential) (?:state|region|province)|state (?:or|and) province|state province|administrative area)\b/,
  },
  { category: 'user.contact.address.country', pattern: /\b(?:country(?: ?(?:code|name|of residence))?|pays|pais)\b/ },
  {
    category: 'user.contact.address',
    pattern: /\b(?:address|addresses|addr|adresse|anschrift|direccion|domicile)\b/,
    unless:
      /\b(?:ip|mac|e ?mail|mail|wallet|web|server|remote|host|memory|bitcoin|btc|eth|ethereum|crypto|contract|network|bluetooth|hardware|socket|ipv4|ipv6|node|peer|proxy|gateway|broadcast|multicast|bind|listen|base|url|link|website) (?:address|addresses|addr|adresse)\b|\baddress (?:bar|space|family)\b/,
  },

  // Online presence, photos
  {
    category: 'user.contact.url',
    pattern:
      /\b(?:website|web ?site|homepage|home ?page|personal (?:url|website|site)|profile url|portfolio(?: url)?|blog(?: url)?|linkedin(?: url| profile)?|twitter(?: url| handle| username)?|github(?: url| username| profile)?|facebook (?:url|profile)|instagram(?: handle| username)?|social (?:url|link|profile)|impp)\b|^url$/,
  },
  {
    category: 'user.content.media.photo',
    pattern: /\b(?:avatar|profile ?(?:photo|picture|pic|image)|photo|photos|picture|headshot|selfie|portrait)\b/,
    unless: /\b(?:avatar|photo|picture|image) (?:size|width|height|alt|placeholder|count)\b/,
  },

  // Work and education
  {
    category: 'user.employment',
    pattern:
      /\b(?:job ?title|jobtitle|job (?:position|role)|position title|occupation|profession|employer(?: name)?|current employer|resume|cv|curriculum vitae|cover ?letter|lebenslauf|beruf|anschreiben)\b/,
    unless: /\bresume (?:token|session|url|point|position|from|at)\b/,
  },
  {
    category: 'user.education',
    pattern:
      /\b(?:grades?|gpa|transcripts?|student ?(?:id|number|no)|roster|school(?: name)?|university|college|graduation (?:year|date)|exam score|test score)\b/,
  },
  {
    category: 'user.contact.organization',
    pattern:
      /\b(?:company(?: ?name)?|organi[sz]ation(?: ?name)?|org ?name|business ?name|firma|firmenname|unternehmen|societe|entreprise|empresa|company size)\b/,
    unless: /\b(?:company|organi[sz]ation|org|business) (?:id|ids|slug|uuid|key|type|logo|settings)\b/,
  },

  // Account identity and names
  {
    category: 'user.unique_id',
    pattern: /\b(?:user ?id|userid|account ?id|customer ?id|member ?id|uid|external ?id|distinct ?id|person ?id|profile ?id)\b/,
  },
  {
    category: 'user.account.username',
    pattern:
      /\b(?:user ?name|username|login(?: ?(?:name|id))?|screen ?name|display ?name|displayname|user handle|benutzername|nom d utilisateur|nombre de usuario|usuario|pseudo)\b|^handle$/,
    unless:
      /\b(?:last|first|failed) login\b|\blogin (?:at|time|date|count|attempts|url|method|type|page|button|form|redirect|path|status|error)\b/,
  },
  {
    category: 'user.name.first',
    pattern: /\b(?:first ?name|firstname|fname|given ?name|givenname|forename|vorname|prenom|primer nombre)\b/,
  },
  {
    category: 'user.name.last',
    pattern: /\b(?:last ?name|lastname|lname|surname|family ?name|familyname|nachname|nom de famille|apellidos?)\b/,
  },
  {
    category: 'user.name',
    pattern:
      /\b(?:full ?name|fullname|your name|real name|legal name|contact name|customer name|person name|billing name|shipping name|recipient name|middle ?name|additional name|nick ?name|name|nombre|nom)\b/,
    // Things that have names but are not people. `user` is absent on purpose: `user_name` is caught as a
    // username above, while `user.name` is a person's name.
    unless:
      /\b(?:file|company|business|product|project|team|org|organi[sz]ation|app|application|event|item|category|tag|field|form|domain|host|server|database|db|table|column|bucket|key|class|component|function|method|module|package|brand|store|shop|site|page|group|channel|room|workspace|plan|role|device|browser|model|city|street|country|state|region|bank|card|holder|repo|repository|branch|job|task|queue|cookie|variable|var|env|attribute|attr|property|prop|document|doc|folder|directory|dir|image|template|theme|layout|font|color|colour|icon|list|board|course|pet|venue|location|place|label|title|type|kind|sort|order|network|wifi|ssid|campaign|feature|flag|path|route|action|query|param|parameter|metric|dimension|provider|vendor|service|instance|cluster|node|pod|container|volume|building|dataset|index|collection|schema|namespace|stage|step|section|tab|menu|button|link|asset|resource|entity|plugin|extension|script|command|tool|version|release|tenant|pipeline|workflow|school|employer|error|display|screen|config|configuration|settings|options|meta|metadata|manifest|site config|app config|header|headers) ?names?\b|\bname ?(?:space|spaces|server|servers)\b/,
  },

  // Preferences, searches, messages
  {
    category: 'user.demographic.language',
    pattern: /\b(?:preferred ?language|language|languages|sprache|langue|idioma|preferred locale|locale)\b/,
    unless: /\b(?:language (?:code|model|server|id)|programming language|code language)\b/,
  },
  {
    category: 'user.behavior.search_history',
    pattern:
      /\b(?:search(?: ?(?:query|term|terms|text|string|input|box|field|keyword|keywords))?|keywords?|search ?q|suche|suchbegriff|recherche|buscar|busqueda)\b|^(?:q|query)$/,
    unless: /\bsearch (?:results|index|engine|params|options|filters?|api|provider)\b/,
  },
  {
    category: 'user.content.survey',
    pattern: /\b(?:nps(?: score)?|survey(?: ?(?:answer|answers|response|responses))?|satisfaction)\b/,
  },
  {
    category: 'user.content.communications',
    pattern:
      /\b(?:message|messages|your message|inquiry|enquiry|feedback|support request|question|questions|nachricht|mensaje|mensagem|anfrage|demande|how can we help)\b/,
    unless:
      /\b(?:error|err|exception|log|status|validation|success|warning|flash|toast|commit|system|welcome|default|custom|confirmation|alert|info|notification|debug) (?:message|messages)\b|\bmessage (?:id|ids|type|count|key|template|format)\b/,
  },
  {
    category: 'user.content.public',
    pattern: /\b(?:comment|comments|review|reviews|post body|post content|bio|about me|testimonial)\b/,
    unless: /\b(?:comment|review) (?:id|ids|count)\b|\bcode review\b/,
  },
  {
    category: 'user.privacy_preferences',
    pattern: /\b(?:consent|cookie consent|marketing consent|do not track|opt ?in|opt ?out)\b/,
  },
];

/**
 * Placeholder values shaped like data (`you@example.com`, `1234 1234 1234 1234`, `MM / YY`): weak evidence
 * when the field's own name says nothing. Tested on the raw placeholder, trimmed.
 */
export const placeholderShapes: readonly { pattern: RegExp; category: string }[] = [
  { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, category: 'user.contact.email' },
  { pattern: /^(?:\d{4}[\s-]?){3}\d{4}$|^(?:[•*x]{4}[\s-]?){3}\d{4}$/i, category: 'user.financial.credit_card.number' },
  { pattern: /^mm\s*\/\s*(?:yy|yyyy|jj|aa)$/i, category: 'user.financial.credit_card.expiry' },
  { pattern: /^\+?\d[\d\s().-]{6,}\d$/, category: 'user.contact.phone_number' },
  { pattern: /^https?:\/\//i, category: 'user.contact.url' },
];
