import type { FindingType, Severity } from './finding.js';

/**
 * Every finding's message template, by rule and message id: the one home of Candor's message text.
 * ESLint rules use these as `meta.messages`; the scanner fills the same templates, so both engines
 * say the same words. Placeholders are ESLint's `{{name}}`.
 */
export const ruleMessages = {
  'no-undeclared-collection': {
    undeclaredCollection:
      'Collects `{{category}}` ({{reason}}), but no `collect` entry in privacy.yaml covers it. Add it under `collect` with its purpose, or stop collecting it.',
  },
  'no-violated-claim': {
    notCollected:
      'Collects `{{category}}` ({{reason}}), which claim `{{claim}}` says is never collected. Remove the collection, or correct the claim in privacy.yaml.',
    notStored:
      '`{{category}}` is typed into a first-party field, but claim `{{claim}}` says it is never stored. Collect it in the payment processor\'s hosted field instead.',
    storedByRecipientOnly:
      '`{{category}}` is typed into a first-party field, but `collect` entry `{{entry}}` says only the recipient holds it (`stored_by: recipient_only`). Use the processor\'s hosted field, or change `stored_by`.',
    exceedsPrecision:
      'Collects {{precision}} location ({{reason}}), finer than the `{{declared}}` precision declared by `collect` entry `{{entry}}`. Coarsen the location, or declare the precision.',
    notShared:
      '`{{category}}` is sent to `{{recipient}}` ({{reason}}), but claim `{{claim}}` says it is not shared. Stop sending it, or list the recipient under the claim\'s `except`.',
    notSold:
      '`{{vendor}}` is an advertising service receiving `{{category}}`, but claim `{{claim}}` says it is not sold. Remove the advertising SDK, or correct the claim.',
    thirdPartyCookie:
      'Cookie `{{key}}` is a third-party cookie ({{reason}}), but {{rule}} says none are used. Set it on the site\'s own domain, or remove it.',
    crossSiteTracking:
      '{{reason}} tracks people across sites, which claim `{{claim}}` rules out. Remove it, or correct the claim.',
    globalIdentifier:
      '{{reason}} creates an identifier that follows people across sites, which claim `{{claim}}` rules out. Remove it, or correct the claim.',
    advertising:
      '`{{vendor}}` is an advertising service, which claim `{{claim}}` rules out. Remove it, or correct the claim.',
    personalDataInStorage:
      '{{storage}} `{{key}}` holds `{{category}}`, but claim `{{claim}}` says stored items hold no personal data. Store an opaque identifier instead.',
    userEnteredOnly:
      'Captures `{{category}}` while the user types ({{reason}}), but claim `{{claim}}` says only data the user chooses to submit is collected. Capture submitted values only, or correct the claim.',
    insecureTransport:
      'Sends data over plain `http://` to `{{host}}`, but claim `{{claim}}` says data is encrypted in transit. Use `https://`.',
    signalNotHonored:
      'Reads the {{signal}} signal (`{{api}}`), but `signals.{{field}}` in privacy.yaml says it is not honoured. Set it to `honored` if the code acts on it.',
    signalNotRead:
      '`signals.{{field}}` says the {{signal}} signal is honoured, but no scanned code reads it. Read the signal and act on it, or correct privacy.yaml.',
  },
  'no-undeclared-recipient': {
    undeclaredVendor:
      '`{{vendor}}` ({{name}}, {{service}}) is used here but is not declared in `recipients`. Add a recipient with `vendor: {{vendor}}` to privacy.yaml, or remove it.',
    undeclaredHost:
      'Sends data to `{{host}}`, which no recipient in privacy.yaml declares. Declare the recipient (teach Candor its host under `vendors`), or add the host to a surface\'s `hosts` if it is first party.',
  },
  'no-undeclared-storage': {
    undeclaredItem:
      '{{storage}} `{{key}}` ({{reason}}) is not declared in `device_storage`. Add it under `device_storage.items` with its purpose, party and duration.',
    classOnly:
      '{{storage}} `{{key}}` is declared only by class (`{{class}}`): no name and no duration. Add it under `device_storage.items`.',
    longerThanDeclared:
      'Cookie `{{key}}` lives {{actual}}, longer than the {{declared}} declared for `{{item}}`. Shorten its lifetime, or correct the declared duration.',
  },
  'no-undeclared-flow': {
    undeclaredFlow:
      '`{{category}}` reaches `{{recipient}}` ({{reason}}), but its `receives` list in privacy.yaml does not include it. Add it to `receives`, or stop sending it.',
  },
  'no-unused-declaration': {
    unusedRecipient:
      'Recipient `{{recipient}}` (vendor `{{vendor}}`) is declared, but no scanned code uses it. Remove it if it is gone, or make sure the scan covers the code that uses it.',
    unusedCollect:
      '`collect` entry `{{entry}}` declares {{categories}} through `{{channel}}`, but no scanned code collects them. Remove what is no longer collected, or make sure the scan covers it.',
    unusedStorage:
      '`device_storage` item `{{key}}` is declared, but no scanned code sets it. Remove it if it is gone.',
  },
  'policy-mismatch': {
  vendorNotDeclared:
    'The policy text names {{name}} (`{{vendor}}`), but no recipient in privacy.yaml has `vendor: {{vendor}}`. Add it under `recipients`, or correct the policy text.',
  vendorNotNamed:
    'Recipient `{{recipient}}` (`{{vendor}}`) is declared, but the policy text `{{policy}}` never names it. Name it in the published policy, or remove the recipient.',
  categoryNotDeclared:
    'The policy text says `{{category}}` ({{label}}) is collected, but no `collect` entry in privacy.yaml covers it. Add it under `collect`, or correct the policy text.',
  categoryNotInText:
    '`collect` entry `{{entry}}` declares `{{category}}` ({{label}}), but the policy text `{{policy}}` does not say it is collected. Describe it in the published policy, or remove it from the entry.',
  deniedButDeclared:
    'The policy text says `{{category}}` ({{label}}) is not collected, but `collect` entry `{{entry}}` declares `{{declared}}`. Correct the policy text, or the manifest.',
  claimMissing:
    'The policy text promises `{{claimType}}`{{about}}, but privacy.yaml has no such claim, so the code is never checked against it. Add it under `claims`.',
  signalMismatch:
    'The policy text says {{signal}} is {{text}}, but `signals.{{field}}` in privacy.yaml says `{{manifest}}`. Make them agree.',
  ccpaMismatch:
    'The policy’s CCPA table says `{{row}}` is {{text}}, but `regional.ccpa.categories.{{row}}` in privacy.yaml says `{{manifest}}`. Make them agree.',
  },
  'manifest-consistency': {
  ccpaRowContradicted:
    'The CCPA table says `{{row}}` (category {{letter}}) is not collected, but `collect` entry `{{entry}}` declares `{{category}}` ({{label}}), which is CCPA category {{letter}}. Correct the table, or the entry.',
  ccpaRowByPurpose:
    'The CCPA table says `{{row}}` (category {{letter}}) is not collected, but `collect` entry `{{entry}}` serves `{{purpose}}`, which usually falls under `{{row}}`. Check the table against the entry.',
  claimDeniesCollect:
    'Claim `{{claim}}` says `{{denied}}` is never collected, but `collect` entry `{{entry}}` declares `{{category}}` ({{label}}). Remove one of them.',
  claimDeniesStorage:
    'Claim `{{claim}}` says `{{denied}}` is never stored, but `collect` entry `{{entry}}` declares `{{category}}` with `stored_by: first_party`. Set `stored_by: recipient_only` if a processor holds it, or correct the claim.',
  userEnteredOnlyCaptured:
    'Claim `{{claim}}` says only what people choose to enter is collected, but `collect` entry `{{entry}}` declares `{{category}}` ({{label}}), which captures typing before it is submitted. Narrow the claim, or the collection.',
  notSoldButSold:
    'Claim `{{claim}}` says `{{denied}}` is not sold, but recipient `{{recipient}}` receives it with `disclosure: sale`. Correct the claim, or the recipient.',
  },
} as const;

export type RuleId = keyof typeof ruleMessages;

/** Which finding type each rule reports, and its severity before manifest-specific adjustment. */
export const ruleFindingTypes: Readonly<Record<RuleId, { type: FindingType; severity: Severity }>> = {
  'no-undeclared-collection': { type: 'undeclared-collection', severity: 'warning' },
  'no-violated-claim': { type: 'violated-claim', severity: 'error' },
  'no-undeclared-recipient': { type: 'undeclared-recipient', severity: 'error' },
  'no-undeclared-storage': { type: 'undeclared-storage', severity: 'warning' },
  'no-undeclared-flow': { type: 'undeclared-flow', severity: 'warning' },
  'no-unused-declaration': { type: 'unused-declaration', severity: 'info' },
  'policy-mismatch': { type: 'policy-mismatch', severity: 'warning' },
  'manifest-consistency': { type: 'manifest-inconsistency', severity: 'warning' },
};

/** Fills an ESLint-style template. */
export function formatMessage(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole);
}
