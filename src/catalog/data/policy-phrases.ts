/**
 * The words privacy policies use, as data for the policy reader (`src/policy`). Patterns are regular
 * expression sources matched case-insensitively on normalised policy text (markup removed, whitespace
 * collapsed) with word boundaries added at both ends. Written for this project by reading published
 * policies; no annotation corpus (OPP-115, APP-350) is reproduced here.
 */

/** How a policy names one or more data categories. */
export interface CategoryPhrases {
  /** Phrases that name the category wherever they occur. */
  phrases?: readonly string[];
  /**
   * Words that name the category only as an item of an enumeration ("Name, Address, E-mail address";
   * "(full name, email, password)"), because elsewhere they mean something else ("company name",
   * "send you an email").
   */
  listItems?: readonly string[];
}

/**
 * Category phrases keyed by fideslang data-category key (see `src/catalog/taxonomy.ts`). The longest
 * match wins, so "IP address" is an IP address, not a postal address, and "name on card" is card data.
 */
export const policyPhrases: Readonly<Record<string, CategoryPhrases>> = {
  'user.name': {
    phrases: ['(?:first and last|first|last|full|given|family|real|legal) names?', 'your name'],
    listItems: ['names?'],
  },
  'user.account.username': { phrases: ['usernames?', 'user names?', 'account names?', 'login names?', 'screen names?'] },
  'user.authorization.password': { phrases: ['passwords?', 'passphrases?'] },
  'user.authorization.credentials': { phrases: ['one-time (?:codes?|passwords?)', 'api keys?', 'two-factor (?:authentication )?codes?'] },
  'user.contact.email': { phrases: ['e-?mail address(?:es)?'], listItems: ['e-?mails?'] },
  'user.contact.phone_number': {
    phrases: ['(?:tele)?phone numbers?', 'mobile (?:phone )?numbers?', 'cell(?:ular)? (?:phone )?numbers?', 'fax numbers?'],
    listItems: ['(?:tele)?phones?'],
  },
  'user.contact.address': {
    phrases: [
      '(?:postal|mailing|physical|street|home|billing|shipping|delivery) address(?:es)?',
      'zip codes?',
      'postal codes?',
      'postcodes?',
      'state/province',
    ],
    listItems: ['address(?:es)?', 'countr(?:y|ies)', 'city', 'cities', 'state', 'province', 'zip', 'street'],
  },
  'user.contact.organization': { phrases: ['company names?', 'organi[sz]ation names?', 'employer names?', 'business names?'] },
  'user.contact': { phrases: ['contact (?:information|details|info|data)'] },
  'user.financial.credit_card': {
    phrases: [
      '(?:credit|debit)(?:\\s*(?:/|or|and)\\s*(?:credit|debit))? cards?(?: (?:information|info|details|data|numbers?))?',
      'card numbers?',
      'card details',
      'expiry dates?',
      'expiration dates?',
      'security codes?',
      'cvc',
      'cvv',
      'csc',
      'names? on (?:the )?card',
      'cardholder names?',
    ],
  },
  'user.financial.bank_account': { phrases: ['bank account(?: numbers?| details| information)?', 'iban'] },
  'user.financial.tax_id': { phrases: ['vat (?:id|number)s?', 'tax (?:id|identification number)s?', 'vat ids?'] },
  'user.financial': { phrases: ['financial information', 'payment (?:information|details|methods?|data)'] },
  'user.behavior.purchase_history': {
    phrases: ['invoices?', 'purchase (?:history|records)', 'purchase information', 'transaction history', 'order history'],
  },
  'user.location.precise': { phrases: ['precise (?:geo)?location', 'exact location', 'gps (?:location|coordinates|data)'] },
  'user.location.imprecise': {
    phrases: [
      '(?:approximate|coarse|general|city-level|country-level) location',
      'location \\((?:such as|e\\.g\\.,?|like) (?:your )?country\\)',
    ],
  },
  'user.location': { phrases: ['(?:geo)?location(?: information| data)?'] },
  'user.device.ip_address': {
    phrases: ['ip address(?:es)?', 'internet protocol(?: \\([^)]{1,8}\\))? address(?:es)?', 'ip numbers?'],
  },
  'user.device.device_id': { phrases: ['mac address(?:es)?', 'device (?:identifiers?|ids?)', 'unique device identifiers?'] },
  'user.device.cookie_id': { phrases: ['cookie (?:identifiers?|ids?)'] },
  'user.device.advertising_id': { phrases: ['(?:mobile )?advertising (?:identifiers?|ids?)', 'mobile advertising'] },
  'user.unique_id': { phrases: ['unique identifiers?', 'user ids?'] },
  'user.device.browser': {
    phrases: [
      'browser (?:types?|versions?|names?)',
      'details about your browser',
      'user agents?',
      'operating systems?',
      'os versions?',
      'device (?:types?|models?)',
    ],
  },
  'user.device.locale.language': { phrases: ['(?:system|browser|device) languages?'] },
  'user.device.locale.timezone': { phrases: ['time ?zones?'] },
  'user.device.screen': { phrases: ['screen (?:resolutions?|sizes?)(?: metrics)?'] },
  'user.device.network': { phrases: ['mobile carriers?', 'internet service providers?', 'isps?'] },
  'user.device.installed_software': {
    phrases: ['other programs(?: that)?(?: you are)? running', 'installed (?:software|applications|apps|plugins)'],
  },
  'user.device': { phrases: ['information about the computer or device', 'device information'] },
  'user.behavior.browsing_history': {
    phrases: [
      '(?:web )?pages? (?:that )?you (?:visit|view|are visiting)',
      'viewed pages',
      'pages viewed',
      'referr(?:ing|er)(?:/exit)?(?: pages| urls?)?',
      'urls of the web pages that referred you',
      'browsing (?:history|sessions|activity)',
    ],
  },
  'user.behavior.interaction': {
    phrases: [
      'mouse clicks',
      'clicks',
      'links? (?:that )?you click',
      'links clicked',
      'scroll(?:ing)? (?:actions|activity)',
      'content you interact with',
      'frequency and duration of your activities',
    ],
  },
  'user.behavior.mouse_movement': { phrases: ['mouse movements?', 'cursor movements?'] },
  'user.behavior.keystrokes': { phrases: ['keystrokes?', 'key ?presses', 'text you type'] },
  'user.behavior.session_recording': {
    phrases: [
      'session (?:recordings?|replays?)',
      'recreation of (?:visitor )?browsing sessions',
      'record(?:s|ed|ing)? (?:anonymi[sz]ed |visitor |user |browsing |your )?sessions',
    ],
  },
  'user.behavior.email_engagement': {
    phrases: ['(?:whether|if) (?:the user|you) opened an e-?mail', 'e-?mail opens', 'use of e-?mail updates'],
  },
  'user.content.form_input': {
    phrases: ['(?:any )?(?:information|personal details) you enter and submit', 'information you enter'],
  },
  'user.content.communications': {
    phrases: ['e-?mail or other communications?', '(?:your )?communications with us', 'support (?:requests|messages)'],
  },
  'user.content.private': { phrases: ['wireframes', 'files you upload'] },
  'user.account.settings': { phrases: ['user settings', 'preferences'] },
  'user.demographic': { phrases: ['(?:de-identified )?demographics?(?: information| data)?'] },
  'user.demographic.date_of_birth': { phrases: ['dates? of birth', 'birth ?dates?', 'birthdays?'] },
  'user.demographic.gender': { phrases: ['gender'] },
  'user.social.contacts': { phrases: ['information about your friends', 'address books?'] },
  'user.education': { phrases: ['grades', 'education records'] },
  'user.employment': { phrases: ['job (?:history|titles?|applications?)', 'employment (?:history|information)', 'resumes?'] },
  'user.health_and_medical': { phrases: ['health (?:information|data)', 'medical (?:information|records|conditions?)'] },
  'user.government_id': {
    phrases: ['social security numbers?', 'passport numbers?', "driver['’]?s licen[cs]es?(?: numbers?)?"],
  },
  'user.biometric': { phrases: ['biometric (?:data|information|identifiers)'] },
};

/** Phrases that stand for several categories at once (manifest-model §4.2 composite aliases). */
export const compositePhrases: readonly { pattern: string; categories: readonly string[] }[] = [
  {
    pattern: 'billing (?:information|details)',
    categories: ['user.name', 'user.contact.address', 'user.contact.phone_number', 'user.financial.tax_id'],
  },
];

/**
 * Personal data in general. Counted in denials ("we do not sell your personal information" denies
 * everything), never as a collected category, where it says nothing checkable.
 */
export const genericPersonalData: readonly string[] = [
  '(?<!non-\\s?)(?<!non\\s)personal(?:ly identifiable)? (?:information|data|details)',
  '(?:your|user|users[’\']?|the user[’\']s) (?:personal )?(?:information|data)',
  'pii',
];

/**
 * Phrases about the company's own data, not the user's ("use the contact information listed below"):
 * category words inside them are not collection.
 */
export const ownDataPhrases: readonly string[] = [
  '(?:the |our )?contact (?:information|details) (?:listed |provided |given |set forth )?(?:below|above)',
  'our contact (?:information|details)',
];

/** Determiners and qualifiers that may surround a list item without making it a different item. */
export const listItemFillers = {
  leading: "(?:(?:such as|including|like|e\\.g\\.,?|i\\.e\\.,?|and|or|your|the|a|an|any|their|his/her|user['’]s|other|certain|all)\\s+)*",
  trailing: '(?:\\s+(?:where applicable|if applicable|etc\\.?|and so on))*',
};

/** Verbs (and a few nouns) that make a sentence a statement about handling data. */
export const dataPracticeCue =
  '(?:collect|gather|obtain|receiv|record|captur|stor|retain|keep|kept|process|use|used|using|shar|disclos|ask|request|enter|submit|suppl|provid|includ|access|add|track|log|sav|maintain|transfer|hold|held|handl)\\w*|information we|data we';

/** A section heading that makes its whole section a statement of what is collected ("What we collect"). */
export const collectionSectionCue = 'collect\\w*|gather\\w*|information (?:we|you provide)|data we';

/** A denial's verb decides its type: "we do not sell" is `not_sold`, "we never hold" `not_stored`. */
export const deniedVerbs: readonly { type: 'not_sold' | 'not_shared' | 'not_stored' | 'not_collected'; pattern: string }[] = [
  { type: 'not_sold', pattern: '(?:sell|sells|sold|selling|rent|rents|rented|renting|trade|traded|trading)' },
  {
    type: 'not_shared',
    pattern:
      '(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|reveal|reveals|revealed|deliver|delivers|delivered|transfer|transfers|transferred|publish|publishes|published|pass(?:es|ed)? on|give away|make available)',
  },
  { type: 'not_stored', pattern: '(?:store|stores|stored|storing|hold|holds|held|keep|keeps|kept|retain|retains|retained|save|saves|saved|maintain|maintains|maintained)' },
  {
    type: 'not_collected',
    pattern:
      '(?:collect|collects|collected|collecting|gather|gathers|gathered|obtain|obtains|obtained|capture|captures|captured|record|records|recorded|track|tracks|tracked|receive|receives|received|ask for|request)',
  },
];

/** Negative claim types with no verb of their own, recognised by what the denial is about. */
export type PatternClaimType =
  | 'not_sold'
  | 'no_third_party_advertising'
  | 'no_targeted_advertising'
  | 'no_advertising'
  | 'no_third_party_cookies'
  | 'no_global_identifier'
  | 'no_cross_site_tracking'
  | 'user_entered_only'
  | 'no_personal_data_in_storage';

export interface DenialPattern {
  type: PatternClaimType;
  pattern: string;
  /** `scope`: the pattern explains the whole denial; `match`: only the words it matched. */
  consume: 'scope' | 'match';
  /** The sentence must also match this for the pattern to count. */
  requires?: string;
  /** The claim lists the categories named in the denial. */
  withCategories?: boolean;
}

/** Checked in order inside a denial's scope; the first `scope` pattern ends the search. */
export const denialPatterns: readonly DenialPattern[] = [
  { type: 'not_sold', pattern: 'in a manner that (?:would be|is|could be|might be) considered (?:a )?sale', consume: 'scope', withCategories: true },
  {
    type: 'no_third_party_advertising',
    pattern: "advertis\\w* (?:any )?third[- ]part(?:y|ies)['’]?s?['’]? (?:own )?(?:products|services)",
    consume: 'scope',
  },
  { type: 'no_targeted_advertising', pattern: '(?:targeted|interest-based|personali[sz]ed|behaviou?ral) (?:advertis\\w*|ads)', consume: 'scope' },
  { type: 'no_advertising', pattern: 'advertis(?:e|ing)|(?:show|serve|display) (?:any )?ads', consume: 'scope' },
  {
    type: 'user_entered_only',
    pattern: "(?:that|which) you do(?: not|n['’]t) (?:voluntarily |explicitly |actively |knowingly )?(?:enter|provide|submit|supply|give)",
    consume: 'scope',
    withCategories: true,
  },
  {
    type: 'no_personal_data_in_storage',
    pattern: '(?:include|contain|store|hold)s? (?:any )?personal(?:ly identifiable)? (?:data|information)',
    requires: 'cookies?|local storage|web storage|storage',
    consume: 'scope',
  },
  { type: 'no_third_party_cookies', pattern: '(?:3rd|third)[- ]party cookies', consume: 'match' },
  { type: 'no_global_identifier', pattern: '(?:global(?:ly)?(?: unique)?|cross-site) (?:user )?identifiers?', consume: 'match' },
  {
    type: 'no_cross_site_tracking',
    pattern:
      "(?:[\\w-]+\\s+){0,2}across (?:other |different |multiple |third-party )?(?:web ?sites|websites|sites|apps|services)|(?:web ?sites|websites|sites) (?:which|that) do(?: not|n['’]t) use",
    consume: 'match',
  },
];

/** Words that look like negation but are not: "including but not limited to", "no-spam", "not only". */
export const falseNegations: readonly string[] = [
  'not limited to',
  'not only',
  'whether or not',
  'if not',
  'not necessarily',
  'no matter',
  'no later than',
  'no more than',
  'no less than',
];

/** Negation cues (negation.ts adds the scope rules). */
export const negationCues = "under no circumstances|at no time|in no (?:event|case)|not|never|no|nor|neither|cannot|none|\\w+n['’]t";

/** Words that end a denial's scope: an exception or a new clause. */
export const scopeBreakers = {
  /** Always end a scope ("we do not share it unless required"). */
  words: "but|unless|except|excluding|other than|although|however|whereas|while|provided that|so that|as long as",
  /** End a scope when a comma or conjunction is followed by a new subject. */
  clauseSubjects: 'we|you|they|it|there|if|when|which|who|because|since|no',
};

/** "except X" after a positive statement: X is excluded from it ("record any text you type, except text in password fields"). */
export const exceptionCues = 'except(?: for)?|excluding|other than|with the exception of';

/** Technologies a policy says it uses (or does not). */
export const technologyPhrases: Readonly<Record<TechnologyName, readonly string[]>> = {
  session_cookie: ['session cookies?'],
  persistent_cookie: ['persistent cookies?', 'permanent cookies?'],
  first_party_cookie: ['(?:1st|first)[- ]party cookies?'],
  third_party_cookie: ['(?:3rd|third)[- ]party cookies?'],
  cookie: ['cookies?'],
  local_storage: ['local storage(?: objects)?', 'localstorage', 'html5 (?:local )?storage', 'lsos?', 'web storage', 'session storage'],
  web_beacon: ['web beacons?', 'pixel tags?', 'tracking pixels?', 'clear gifs?', 'pixels?'],
  session_recording: [
    'session (?:recordings?|replays?)',
    'recreation of (?:visitor )?browsing sessions',
    'record (?:mouse|keystrokes|clicks)',
    'record(?:s|ed|ing)? (?:anonymi[sz]ed |visitor |user |browsing |your )?sessions',
  ],
};

export type TechnologyName =
  | 'cookie'
  | 'session_cookie'
  | 'persistent_cookie'
  | 'first_party_cookie'
  | 'third_party_cookie'
  | 'local_storage'
  | 'web_beacon'
  | 'session_recording';

/** "Third parties (…) may use cookies": third-party cookies in use without the words "third-party cookies". */
export const thirdPartyCookieUse = {
  actor: "third[- ]part(?:y|ies)(?: service providers| partners)?|advertising partners|(?:our )?partners",
  verbs: 'use|place|set|read|serve|drop',
};

/** Browser privacy signals. */
export const signalPhrases: Readonly<Record<'do_not_track' | 'global_privacy_control', string>> = {
  do_not_track: "do[- ]not[- ]track|\\bdnt\\b",
  global_privacy_control: 'global privacy control|\\bgpc\\b|sec-gpc',
};
/** Verbs saying a signal is acted on. */
export const signalVerbs = 'respond|responds|honou?r|honou?rs|recogni[sz]e|recogni[sz]es|support|supports|comply|complies|process|processes|treat|treats|act on|acts on';

/** Children and age statements. */
export const childrenPhrases = {
  context: 'child|children|minor|minors|kids|coppa|under (?:the age of )?1\\d\\b|parent(?:al)?|legal guardian',
  age: '(?:under|less than|younger than|below|over|at least|older than|aged?|age of)\\s+(?:the age of\\s+)?(1\\d|2[01]|[89])\\b',
  /** Further ages coordinated with the first: "13 (United States) and 16 (European Union)", "13 or 16". */
  coordinatedAge: '^(?:\\s*(?:\\([^)]{0,40}\\)))?\\s*(?:and|or|/)\\s*(1\\d|2[01]|[89])\\b',
  parentalConsent:
    "parental consent|parent(?:/legal guardian)?['’]s consent|consent (?:of|from) (?:a |the |their |his or her )?(?:parent|legal guardian)|parent/legal guardian['’]s consent|seek consent",
  notDirected: 'directed|intended|targeted|designed|structured|aimed',
  knowingly: 'knowingly|actually know|actual knowledge',
  /** A section about children ("Our Commitment to Children's Privacy"). */
  heading: "(?:children|child|minors)['’]?s?['’]? (?:privacy|information|data)|children|minors",
};

/** Retention periods (manifest-model §2.3 `retention.period` keywords). */
export const retentionPhrases: readonly { period: string; pattern: string }[] = [
  { period: 'statute_of_limitations', pattern: 'statute of limitations?' },
  { period: 'account_lifetime', pattern: 'as long as (?:you (?:use|have)|your account (?:is|remains))' },
  { period: 'account_lifetime', pattern: 'for the (?:life|lifetime|duration) of your account' },
  { period: 'as_long_as_necessary', pattern: 'as (?:long as )?(?:is |it is )?(?:reasonably |strictly )?necessary (?:to|for)|as long as (?:needed|required) (?:to|for)' },
  { period: 'reasonable_time', pattern: '(?:within )?a reasonable (?:time|period)' },
  { period: 'until_deleted', pattern: 'until (?:you|the user) (?:delete|request|ask)' },
  { period: 'indefinitely', pattern: 'indefinitely' },
  { period: 'legal_requirement', pattern: 'as (?:otherwise )?required by (?:applicable )?law|(?:legally|by law) required to (?:retain|keep)' },
];
/** Verbs that make a sentence a retention statement. */
export const retentionCue = 'retain|retains|retained|retention|keep|keeps|kept|store|stored|delete|deleted|remain|remains|hold|held';
/** Explicit durations: "for 30 days", "up to two years". */
export const retentionDuration =
  '(?:for|up to|after|within|than)\\s+(\\d{1,3}|one|two|three|four|five|six|seven|ten|twelve|eighteen|twenty-four|thirty|sixty|ninety)\\s+(days?|weeks?|months?|years?)';

/** Sale and sharing statements. */
export const salePhrases = {
  sell: 'sell|sells|sold|selling|rent|rents|rented|sale',
  businessTransfer: 'merger|acquisition|acquires|bankruptcy|reorgani[sz]ation|sale of (?:some or all|all or (?:a portion|part)|(?:its |our )?assets)|asset transfers?',
  transferVerb: 'transfer|transferred|sold|sell',
  advertisingPartners: 'advertising partners|advertisers|ad networks',
  shareVerb: 'share|shares|shared|sharing|provide|disclose',
};

/** Words in vendor names that are not brands ("Sign in with Google" is a Google product, not a "Sign" one). */
export const brandStopWords: readonly string[] = [
  'sign', 'login', 'log', 'with', 'analytics', 'identity', 'services', 'service', 'payments', 'platform', 'account',
  'connect', 'cloud', 'web', 'manager', 'insights', 'software', 'limited', 'holdings', 'division', 'customer',
  'workforce', 'speed', 'logs', 'oauth', 'universal', 'event', 'tracking', 'advertising', 'ads', 'tag', 'conversion',
  'social', 'plugins', 'button', 'widgets', 'share', 'like', 'sdk',
];

/** Words that hint which service a bare brand ("Facebook", "Amazon") refers to. */
export const serviceCues: Readonly<Record<string, string>> = {
  social_login: 'register through|sign(?:ing)? (?:in|up) (?:with|through|using)|log(?:ging)? ?in (?:with|through|using)|login credentials|integrated service|social network|third-party accounts?|connect (?:their|your) [\\w ]*accounts?',
  social_widget: 'buttons?|widgets?|share this|like button|social (?:media )?(?:features|plugins?)',
  advertising: 'pixels?|advertis\\w*|retarget\\w*|conversions?',
  analytics: 'analytics|usage statistics',
  payment_processor: 'payments?|purchases?|transactions?|checkout|billing',
  hosting: 'data cent(?:er|re)s?|hosting|hosted|servers?|backups?|cloud',
  authentication: 'passwords?|authenticat\\w*|sign-?in',
};

/** CCPA categories (Cal. Civ. Code §1798.140) as policies title them in their disclosure tables. */
export const ccpaRowPhrases: Readonly<Record<string, string>> = {
  identifiers: '^identifiers',
  customer_records: 'customer records',
  protected_classifications: 'protected classification',
  commercial: '^commercial information',
  biometric: '^biometric information',
  internet_activity: 'internet or other (?:electronic )?network activity|^internet (?:or network )?activity',
  geolocation: '^geolocation',
  sensory: '^sensory',
  professional: 'professional or employment',
  education: 'education information',
  inferences: '^inferences',
  sensitive: '^sensitive personal information',
};

/** Abbreviations whose period does not end a sentence. */
export const abbreviations: readonly string[] = [
  'e.g.', 'i.e.', 'etc.,', 'vs.', 'viz.', 'cf.', 'inc.', 'ltd.', 'llc.', 'co.', 'corp.', 'srl.', 'gmbh.', 'mr.',
  'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'no.', 'nos.', 'sec.', 'art.', 'para.', 'cal.', 'civ.', 'fig.', 'approx.',
  'incl.', 'min.', 'max.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.',
  'dec.',
];
