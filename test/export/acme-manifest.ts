import { parseManifest } from '../../src/manifest/load.js';
import type { Manifest } from '../../src/manifest/model.js';

/**
 * A mobile-and-web manifest that exercises every export rule once: an iOS and an Android surface chosen
 * through `export`, card data entered only in a processor's UI, a tracking entry with an advertising
 * recipient that "shares", ephemeral and on-device data, a non-observable channel, a category too general
 * for the stores, an extension category, and storage items whose names need CSV and Markdown escaping.
 */
export const acmeYaml = `
privacy_manifest: 1
policy: {title: Acme Privacy Policy, url: https://acme.example/privacy, completeness: complete}
controller: {name: Acme Inc., role: controller}
surfaces:
  - {id: ios_app, platform: ios, description: Acme for iPhone}
  - {id: android_app, platform: android}
  - {id: web, platform: web, hosts: [acme.example]}
subjects:
  - {id: customer}
  - {id: student, extends: customer}
vendors:
  - {id: adnet, name: AdNet, service: advertising, hosts: ['*.adnet.example', 'px.adnet.example/pixel'], receives: [user.device.advertising_id]}
collect:
  - id: account
    surfaces: [ios_app, android_app, web]
    subjects: [customer, student]
    categories: [user.name, user.contact.email, user.authorization.password]
    source: user
    channel: form
    required: true
    purposes: [essential.service.authentication]
    legal_basis: contract
    linked: true
    retention: {period: account_lifetime}
    recipients: [google]
    quote: "We collect your name, email and password."
  - id: checkout
    surfaces: [ios_app, android_app]
    categories: [user.financial.credit_card, user.contact.address]
    channel: sdk
    purposes: [essential.service.payment_processing]
    stored_by: recipient_only
    recipients: [stripe]
  - id: ads
    surfaces: [ios_app, android_app]
    categories: [user.device.advertising_id, user.behavior.advertising]
    channel: sdk
    purposes: [marketing.advertising.third_party.targeted]
    legal_basis: consent
    tracking: true
    linked: false
    required: false
    recipients: [adnet]
  - id: voice_search
    surfaces: [android_app]
    categories: [user.content.media.audio]
    channel: client_api
    purposes: [essential.service]
    stored_by: not_stored
  - id: theme
    categories: [user.account.settings]
    channel: client_api
    purposes: [personalize.system]
    stored_by: on_device
  - id: support
    categories: [user.content.communications]
    channel: email
    purposes: [essential.service.operations.support]
  - id: profile
    surfaces: [web]
    categories: [user.demographic]
    channel: form
    purposes: [personalize.content]
recipients:
  - {id: stripe, vendor: stripe, name: Stripe, role: processor, service: payment_processor,
     receives: [user.financial.credit_card, user.contact.address], disclosure: service_provider}
  - {id: adnet, vendor: adnet, role: controller, service: advertising,
     receives: [user.device.advertising_id, user.behavior.advertising], disclosure: share,
     purposes: [marketing.advertising.third_party.targeted]}
  - {id: google, vendor: google-signin, name: Sign in with Google, role: controller, service: social_login,
     receives: [user.name, user.contact.email], disclosure: user_directed}
  - {id: share_widget, name: ShareThis, role: controller, service: social_widget, receives: [], disclosure: share}
device_storage:
  items:
    - {name: session_id, type: cookie, provider: first_party, category: strictly_necessary,
       purposes: [essential.service.authentication], duration: session}
    - {name: "_adnet_*", match: glob, type: cookie, provider: adnet, category: marketing,
       purposes: [marketing.advertising.third_party.targeted], duration: P13M}
    - {name: st_uid, type: cookie, provider: share_widget, category: marketing,
       purposes: [marketing.advertising.third_party.targeted], duration: P1Y}
    - {name: theme, type: local_storage, provider: first_party, category: functional,
       purposes: [personalize.system], duration: persistent}
    - {name: 'draft|v2, "beta"', type: local_storage, category: unclassified}
  classes:
    - {category: analytics, party: third, types: [cookie, pixel], purposes: [analytics.reporting], duration: P2Y}
security: {encryption_in_transit: true}
export:
  apple: {surfaces: [ios_app]}
  google_play: {surfaces: [android_app], account_creation: [username_password, oauth], deletion_url: https://acme.example/delete}
  fides: {organization_fides_key: acme}
`;

export function loadAcme(): Manifest {
  return parseManifest(acmeYaml, '/virtual/acme/privacy.yaml').manifest;
}
