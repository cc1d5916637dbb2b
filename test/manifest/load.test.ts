import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { vendors } from '../../src/catalog/vendors/index.js';
import { findManifest, formatDiagnostic, loadManifest, ManifestError, parseManifest } from '../../src/manifest/load.js';

const seeds = resolve('fixtures/manifests');

/** The error lines a manifest text produces (file shown relative to the cwd, i.e. `privacy.yaml`). */
function errorsOf(...lines: string[]): string[] {
  try {
    parseManifest(lines.join('\n'), 'privacy.yaml');
  } catch (error) {
    if (error instanceof ManifestError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the manifest loaded without errors');
}

describe('the five seed manifests', () => {
  it('loads seed 000 (Balsamiq website) without errors or warnings', () => {
    const loaded = loadManifest(join(seeds, 'seed-000-balsamiq.yaml'));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.manifest.collect.map((entry) => entry.id)).toEqual(['orders', 'requests_and_materials', 'newsletter', 'email_correspondence']);
    expect(loaded.manifest.claims[0]?.except).toEqual({ recipients: ['order_fulfilment'], roles: [], purposes: [] });
    expect(loaded.manifest.device_storage).toEqual({ items: [], classes: [] });
  });

  it('loads seed 001 (Balsamiq Cloud) and warns about gaps items YAML reads as mappings', () => {
    const loaded = loadManifest(join(seeds, 'seed-001-balsamiq-cloud.yaml'));
    expect(loaded.warnings.map((warning) => formatDiagnostic(warning))).toEqual([
      'fixtures/manifests/seed-001-balsamiq-cloud.yaml:13:7: warning: this gaps item reads as a mapping because of the ": " inside it; quote the whole item to keep it as text',
      'fixtures/manifests/seed-001-balsamiq-cloud.yaml:14:7: warning: this gaps item reads as a mapping because of the ": " inside it; quote the whole item to keep it as text',
      'fixtures/manifests/seed-001-balsamiq-cloud.yaml:15:7: warning: this gaps item reads as a mapping because of the ": " inside it; quote the whole item to keep it as text',
    ]);
    expect(loaded.manifest.policy.gaps[1]).toBe('What Personal Data Do You Collect and Why?: answer not available');
    expect(loaded.manifest.recipients.map((recipient) => recipient.vendor)).toEqual(['auth0', 'stripe', 'aws', 'logmatic', 'pubnub', 'pingdom', undefined]);
    expect(loaded.manifest.subjects[1]).toEqual({ id: 'member', index: 1, extends: 'customer', description: 'people invited into a Space' });
  });

  it('loads seed 002 (balena) with its CCPA table', () => {
    const loaded = loadManifest(join(seeds, 'seed-002-balena.yaml'));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.manifest.regional.ccpa?.categories.geolocation).toBe('not_collected');
    expect(loaded.manifest.regional.ccpa?.disclosed_for_business_purpose).toEqual(['identifiers', 'internet_activity']);
    expect(loaded.manifest.device_storage.classes.map((entry) => entry.category)).toEqual(['strictly_necessary', 'analytics', 'functional', 'marketing']);
    expect(loaded.manifest.recipients.find((recipient) => recipient.id === 'facebook_widgets')?.vendor).toBe('facebook-social-plugins');
  });

  it('loads seed 003 (Mindomo) with per-item fields and 2Checkout as a recipient id', () => {
    const loaded = loadManifest(join(seeds, 'seed-003-mindomo.yaml'));
    expect(loaded.warnings).toEqual([]);
    const purchase = loaded.manifest.collect.find((entry) => entry.id === 'purchase');
    expect(purchase?.categories[3]).toEqual({ key: 'user.contact.address', fields: ['country', 'address', 'city', 'ZIP code', 'state/province'] });
    expect(purchase?.stored_by).toBe('recipient_only');
    expect(loaded.manifest.recipients[1]).toMatchObject({ id: 'twocheckout', vendor: '2checkout', receives_declared: true });
    const country = loaded.manifest.collect.find((entry) => entry.id === 'country');
    expect(country?.categories).toEqual([{ key: 'user.location.imprecise', precision: 'country' }]);
  });

  it('loads seed 004 (Mouseflow) and warns that Safe Harbor is no longer valid', () => {
    const loaded = loadManifest(join(seeds, 'seed-004-mouseflow.yaml'));
    expect(loaded.warnings.map((warning) => formatDiagnostic(warning))).toEqual([
      'fixtures/manifests/seed-004-mouseflow.yaml:198:27: warning: transfer mechanism eu_us_safe_harbor has been invalid since 2015-10-06 (CJEU C-362/14, Schrems I); name the mechanism in use now, such as dpf or scc',
    ]);
    expect(loaded.manifest.controller.vendor_ids).toEqual(['mouseflow']);
    expect(loaded.manifest.device_storage.third_party_cookies).toBe('none');
    expect(loaded.manifest.claims.map((claim) => claim.type)).toContain('no_global_identifier');
  });

  it('gives the absolute path and the directory paths inside are relative to', () => {
    const loaded = loadManifest('fixtures/manifests/seed-000-balsamiq.yaml');
    expect(loaded.path).toBe(join(seeds, 'seed-000-balsamiq.yaml'));
    expect(loaded.dir).toBe(seeds);
  });
});

describe('error messages', () => {
  it('reports an unknown top-level key at the key, with a suggestion', () => {
    expect(errorsOf('privacy_manifest: 1', 'recipents:', '  - id: stripe')).toEqual([
      'privacy.yaml:2:1: unknown key "recipents" in the top level; did you mean "recipients"?',
    ]);
  });

  it('reports unknown nested keys, listing the valid keys when none is close', () => {
    expect(errorsOf('privacy_manifest: 1', 'recipients:', '  - id: stripe', '    vendr: stripe', 'policy:', '  colour: blue')).toEqual([
      'privacy.yaml:4:5: unknown key "vendr" in recipients[0]; did you mean "vendor"?',
      'privacy.yaml:6:3: unknown key "colour" in policy; use one of title, url, effective, updated, archived, text, source, completeness, gaps, languages',
    ]);
  });

  it('suggests the category a misspelt key meant', () => {
    expect(errorsOf('privacy_manifest: 1', 'collect:', '  - id: signup', '    categories: [user.name, user.contact.emial]')).toEqual([
      'privacy.yaml:4:29: unknown category "user.contact.emial"; did you mean "user.contact.email"?',
    ]);
  });

  it('lists the allowed values of an enum', () => {
    expect(errorsOf('privacy_manifest: 1', 'collect:', '  - id: signup', '    categories: [email]', '    consent: sometimes')).toEqual([
      'privacy.yaml:5:14: "sometimes" is not a valid consent; use one of required, opt_out, not_required',
    ]);
  });

  it('suggests the enum value a near miss meant', () => {
    expect(errorsOf('privacy_manifest: 1', 'collect:', '  - id: signup', '    categories: [email]', '    consent: opt-out')).toEqual([
      'privacy.yaml:5:14: "opt-out" is not a valid consent; did you mean "opt_out"?',
    ]);
  });

  it('suggests the catalog vendor a misspelt id meant', () => {
    expect(errorsOf('privacy_manifest: 1', 'recipients:', '  - id: payments', '    vendor: strpe')).toEqual([
      'privacy.yaml:4:13: unknown vendor "strpe"; did you mean "stripe"?',
    ]);
  });

  it('explains what to do with a vendor the catalog does not know', () => {
    expect(errorsOf('privacy_manifest: 1', 'recipients:', '  - {id: crm, vendor: acme-internal-crm}')).toEqual([
      'privacy.yaml:3:23: unknown vendor "acme-internal-crm"; it is not in Candor\'s catalog. Describe it under vendors, or leave vendor out for an unnamed recipient',
    ]);
  });

  it('reports dangling recipient references, with a suggestion or the declared ids', () => {
    expect(
      errorsOf(
        'privacy_manifest: 1',
        'collect:',
        '  - id: checkout',
        '    categories: [payment_card]',
        '    recipients: [stirpe, mailer]',
        'recipients:',
        '  - id: stripe',
        '    vendor: stripe',
      ),
    ).toEqual([
      'privacy.yaml:5:18: unknown recipient "stirpe"; did you mean "stripe"?',
      'privacy.yaml:5:26: unknown recipient "mailer"; declared recipients: stripe',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    expect(errorsOf('privacy_manifest: 1', 'policy:', '  title: Acme', '   url: https://acme.example')).toEqual([
      'privacy.yaml:3:10: YAML syntax error: Nested mappings are not allowed in compact mappings',
      'privacy.yaml:3:10: YAML syntax error: Implicit keys need to be on a single line',
    ]);
    expect(errorsOf('privacy_manifest: 1', 'privacy_manifest: 1')).toEqual([
      'privacy.yaml:2:1: duplicate key "privacy_manifest"; a key may appear once in a mapping, so merge the two',
    ]);
  });

  it('says which word was meant when YAML 1.1 yes/no were used', () => {
    expect(
      errorsOf('privacy_manifest: 1', 'collect:', '  - id: signup', '    categories: [email]', '    required: yes', 'children:', '  knowingly_collects: no'),
    ).toEqual([
      'privacy.yaml:5:15: required must be true or false, not "yes"; write true',
      'privacy.yaml:7:23: "no" is not a valid knowingly_collects; write never instead (one of never, with_parental_consent, allowed)',
    ]);
  });

  it('reports missing required keys and wrong types', () => {
    expect(errorsOf('policy:', '  title: Acme', 'recipients:', '  - name: Stripe', 'collect:', '  - id: signup', '    categories: email')).toEqual([
      'privacy.yaml:1:1: missing required key "privacy_manifest" in the top level; add privacy_manifest: 1 at the top',
      'privacy.yaml:4:5: missing required key "id" in recipients[0]; add it',
      'privacy.yaml:7:17: categories must be a list, not "email"; write [email]',
    ]);
    expect(errorsOf('privacy_manifest: 2')).toEqual(['privacy.yaml:1:19: privacy_manifest 2 is not supported; this version of Candor reads privacy_manifest: 1']);
    expect(errorsOf('')).toEqual(['privacy.yaml:1:1: the manifest is empty; start it with privacy_manifest: 1']);
  });

  it('reports semantic problems: duplicates, unknown purposes and subjects, bad patterns, claims without parameters', () => {
    expect(
      errorsOf(
        'privacy_manifest: 1',
        'collect:',
        '  - id: signup',
        '    categories: [email]',
        '    purposes: [analytcs]',
        '    subjects: [custmer]',
        '  - id: signup',
        '    categories: [name]',
        'device_storage:',
        '  items:',
        '    - {name: "sess(", match: regex, type: cookie, provider: firstparty}',
        '    - {name: theme, type: local_storage, provider: cdn}',
        'claims:',
        '  - {id: no-location, type: not_collected}',
        '  - {id: no-sharing, type: not_shared, categories: [user], except: [procesor, legal]}',
      ),
    ).toEqual([
      'privacy.yaml:5:16: unknown purpose "analytcs"; did you mean "analytics"?',
      'privacy.yaml:6:16: unknown subject "custmer"; did you mean "customer"?',
      'privacy.yaml:7:9: duplicate collect id "signup"; the first is collect[0]. Give each entry its own id',
      'privacy.yaml:11:14: invalid regex "sess(": Unterminated group; fix the pattern, or use match: glob',
      'privacy.yaml:11:61: unknown provider "firstparty"; did you mean "first_party"?',
      'privacy.yaml:12:52: unknown provider "cdn"; use first_party or a recipient id; no recipients are declared',
      'privacy.yaml:14:29: claim "no-location" of type not_collected needs categories; list the categories it is about, e.g. categories: [user]',
      'privacy.yaml:15:69: unknown exception "procesor"; did you mean "processor"?',
    ]);
  });

  it('names a file it cannot read, relative to the working directory', () => {
    expect(() => loadManifest('fixtures/manifests/missing.yaml')).toThrow(
      new ManifestError([
        {
          file: resolve('fixtures/manifests/missing.yaml'),
          line: 0,
          column: 0,
          severity: 'error',
          message: 'file not found; create it (candor init drafts one) or pass the path of your manifest',
        },
      ]),
    );
    try {
      loadManifest('fixtures/manifests/missing.yaml');
    } catch (error) {
      expect((error as Error).message).toBe('fixtures/manifests/missing.yaml: file not found; create it (candor init drafts one) or pass the path of your manifest');
    }
  });
});

describe('normalisation', () => {
  const loaded = parseManifest(
    [
      '%YAML 1.1',
      '---',
      'privacy_manifest: 1',
      'policy: {effective: 2024-05-01, updated: "2024-06-01"}',
      'surfaces: [{id: web}]',
      'subjects: [{id: Customer}]',
      'collect:',
      '  - id: checkout',
      '    categories: [email, billing_info, {category: coarse_location, precision: city}, E-Mail]',
      '    precision: country',
      '    purposes: [payment, authentication]',
      '    surfaces: [web]',
      '    recipients: [stripe]',
      'recipients:',
      '  - {id: stripe, vendor: Stripe}',
      '  - {id: insights, vendor: acme_insights, receives: [page_views]}',
      'vendors:',
      '  - {id: acme-insights, name: Acme Insights, service: analytics, receives: [clicks], hosts: [insights.acme.example]}',
    ].join('\n'),
    'privacy.yaml',
  );

  it('expands category aliases in place, with the entry precision as fallback', () => {
    expect(loaded.manifest.collect[0]?.categories).toEqual([
      { key: 'user.contact.email', precision: 'country' },
      { key: 'user.name', precision: 'country' },
      { key: 'user.contact.address', precision: 'country' },
      { key: 'user.contact.phone_number', precision: 'country' },
      { key: 'user.financial.tax_id', precision: 'country' },
      { key: 'user.location.imprecise', precision: 'city' },
    ]);
  });

  it('canonicalises purposes, subjects and vendor ids, and reads YAML 1.1 dates as dates', () => {
    const manifest = loaded.manifest;
    expect(manifest.collect[0]?.purposes).toEqual(['essential.service.payment_processing', 'essential.service.authentication']);
    expect(manifest.subjects).toEqual([{ id: 'customer', index: 0 }]);
    expect(manifest.recipients.map((recipient) => recipient.vendor)).toEqual(['stripe', 'acme-insights']);
    expect(manifest.policy).toEqual({ effective: '2024-05-01', updated: '2024-06-01', completeness: 'complete', gaps: [], languages: [] });
  });

  it('lets a recipient inherit what its vendor receives unless it says otherwise', () => {
    const stripe = vendors.find((vendor) => vendor.id === 'stripe');
    expect(loaded.manifest.recipients[0]).toMatchObject({ receives: stripe?.receives, receives_declared: false, service: stripe?.service });
    expect(loaded.manifest.recipients[1]).toMatchObject({ receives: ['user.behavior.browsing_history'], receives_declared: true, service: 'analytics' });
    expect(loaded.manifest.vendors[0]).toMatchObject({ id: 'acme-insights', receives: ['user.behavior.interaction'], hosts: ['insights.acme.example'] });
  });

  it('fills optional lists and blocks, keeping each entry\'s index', () => {
    expect(loaded.manifest.claims).toEqual([]);
    expect(loaded.manifest.children).toEqual({ min_age: [], on_discovery: [], parent_rights: [] });
    expect(loaded.manifest.collect[0]).toMatchObject({ index: 0, via: [], subjects: [], stored_by: 'first_party' });
    expect(loaded.manifest.recipients[1]?.index).toBe(1);
  });
});

describe('locate', () => {
  const file = join(seeds, 'seed-003-mindomo.yaml');
  const lines = readFileSync(file, 'utf8').split('\n');
  const textAt = (position: { line: number; column: number }): string => lines[position.line - 1]?.slice(position.column - 1) ?? '';

  it('finds the node at a path', () => {
    const loaded = loadManifest(file);
    expect(loaded.locate(['recipients', 1, 'vendor'])).toEqual({ line: 124, column: 31 });
    expect(textAt(loaded.locate(['recipients', 1, 'vendor']))).toMatch(/^2checkout,/);
    expect(textAt(loaded.locate(['collect', 3, 'categories', 6, 'fields', 3]))).toMatch(/^CVC\]/);
    expect(textAt(loaded.locate(['claims', 5]))).toMatch(/^id: no-precise-location/);
  });

  it('falls back to the nearest existing parent', () => {
    const loaded = loadManifest(file);
    expect(textAt(loaded.locate(['recipients', 1, 'opt_out']))).toMatch(/^\{id: twocheckout/);
    expect(textAt(loaded.locate(['recipients', 99]))).toMatch(/^- \{id: braintree/);
    expect(loaded.locate(['no_such_block', 0])).toEqual({ line: 4, column: 1 });
  });
});

describe('findManifest', () => {
  const root = mkdtempSync(join(tmpdir(), 'candor-find-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'app', 'src', 'deep'), { recursive: true });
  writeFileSync(join(root, 'privacy.yml'), 'privacy_manifest: 1\n');
  writeFileSync(join(root, 'app', 'privacy.yaml'), 'privacy_manifest: 1\n');
  writeFileSync(join(root, 'app', 'privacy.yml'), 'privacy_manifest: 1\n');

  it('returns the nearest manifest upwards, preferring privacy.yaml', () => {
    expect(findManifest(join(root, 'app', 'src', 'deep'))).toBe(join(root, 'app', 'privacy.yaml'));
    expect(findManifest(root)).toBe(join(root, 'privacy.yml'));
  });

  it('stops at stopAt', () => {
    expect(findManifest(join(root, 'app', 'src', 'deep'), join(root, 'app', 'src'))).toBeUndefined();
    expect(findManifest(join(root, 'app', 'src', 'deep'), join(root, 'app'))).toBe(join(root, 'app', 'privacy.yaml'));
  });
});

describe('docs/manifest.md', () => {
  it('has a complete example that loads without errors or warnings', () => {
    const doc = readFileSync('docs/manifest.md', 'utf8');
    const section = doc.slice(doc.indexOf('## A complete example'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const loaded = parseManifest(example ?? '', 'docs/privacy.yaml');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.manifest.collect).toHaveLength(3);
  });
});
