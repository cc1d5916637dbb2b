import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../src/core/observation.js';
import { isoDurationOf } from '../../src/init/draft-manifest.js';
import type { LoadedManifest } from '../../src/manifest/load.js';
import { loadManifest } from '../../src/manifest/load.js';
import { scan } from '../../src/scanner/scan.js';
import { copyFixture, findingsOf, runCli } from '../gate/cli-helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'candor-init-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The example shop without its manifest: what `candor init` starts from. */
const shop = copyFixture('fixtures/example/shop', scratch, 'shop');
rmSync(join(shop, 'privacy.yaml'));

const collectingKinds = new Set(['form-field', 'browser-api', 'payment', 'flow']);

describe('candor init on the example shop', () => {
  let stdout = '';
  let draft = '';
  let loaded: LoadedManifest;
  let observations: readonly Observation[];

  beforeAll(async () => {
    const run = await runCli(['init', 'shop'], scratch);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    stdout = run.stdout;
    draft = readFileSync(join(shop, 'privacy.yaml'), 'utf8');
    loaded = loadManifest(join(shop, 'privacy.yaml'));
    observations = (await scan({ root: shop, manifest: null })).report.observations;
  });

  it('says what it drafted', () => {
    const todos = draft.split('\n').filter((line) => line.includes('TODO')).length;
    expect(stdout).toBe(
      `Drafted \`shop/privacy.yaml\`: 6 collect entries, 3 recipients, 11 storage items, 0 claims, ${todos} TODOs. Answer the TODOs, then run \`candor manifest validate\` and \`candor scan\`.\n`,
    );
  });

  it('writes a manifest that loads, with the schema line first and TODOs where only a person can answer', () => {
    expect(draft.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/candor/schema/privacy-manifest.schema.json');
    expect(loaded.manifest.collect.map((entry) => [entry.id, entry.channel, entry.purposes])).toEqual([
      ['forms', 'form', []],
      ['hosted-payment', 'form', []],
      ['browser', 'client_api', []],
      ['sdk-google-analytics', 'sdk', []],
      ['sdk-mixpanel', 'sdk', []],
      ['sdk-stripe', 'sdk', []],
    ]);
    for (const question of ['# TODO: why is this collected?', '# TODO: legal_basis:', '# TODO: retention:', '# TODO: why does Mixpanel receive it?', '# TODO: role:', 'title: "TODO:', '# TODO: why is it stored?']) {
      expect(draft).toContain(question);
    }
  });

  it('covers every category the code collects, every vendor and every cookie and storage key', () => {
    const declared = new Set(loaded.manifest.collect.flatMap((entry) => entry.categories.map((category) => category.key)));
    const collected = new Set(observations.filter((observation) => collectingKinds.has(observation.kind) && observation.signal === undefined).map((observation) => observation.category));
    expect([...collected].filter((category) => category !== undefined && !declared.has(category))).toEqual([]);
    expect(collected.size).toBe(19);

    const vendors = new Set(observations.map((observation) => observation.vendor).filter((vendor) => vendor !== undefined));
    expect(loaded.manifest.recipients.map((recipient) => recipient.vendor).sort()).toEqual([...vendors].sort());

    const keys = new Set(observations.filter((observation) => observation.key !== undefined).map((observation) => `${observation.storageType} ${observation.key}`));
    expect(loaded.manifest.device_storage.items.map((item) => `${item.type} ${item.name}`).sort()).toEqual([...keys].sort());
  });

  it('takes durations from the code, or from the catalog for a vendor\'s cookies', () => {
    const durations = Object.fromEntries(loaded.manifest.device_storage.items.map((item) => [item.name, [item.provider, item.duration]]));
    expect(durations).toMatchObject({
      sid: ['first_party', 'P1D'],
      ab_bucket: ['first_party', 'P1Y'],
      _ga: ['google-analytics', 'P2Y'],
      __stripe_sid: ['stripe', 'PT30M'],
      cart: ['first_party', 'persistent'],
    });
  });

  it('agrees with the code: a scan against the draft finds nothing', async () => {
    const run = await runCli(['scan', 'shop', '--format', 'json'], scratch);
    expect({ code: run.code, findings: findingsOf(run) }).toEqual({ code: 0, findings: [] });
  });

  it('never overwrites an existing file', async () => {
    const run = await runCli(['init', 'shop'], scratch);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'candor init: `shop/privacy.yaml` already exists, and `candor init` never overwrites a file. Move it away, or pass another --output.\n',
    });
    expect(readFileSync(join(shop, 'privacy.yaml'), 'utf8')).toBe(draft);
    const other = await runCli(['init', 'shop', '--output', 'draft.yaml', '--quiet'], scratch);
    expect(other.code).toBe(0);
    expect(readFileSync(join(scratch, 'draft.yaml'), 'utf8')).toBe(draft);
  });
});

describe('candor init --policy', () => {
  it('adds the policy\'s denials with their quotes, its own services and named vendors, and links the text', async () => {
    const seed = copyFixture('fixtures/seeds/mouseflow', scratch, 'mouseflow');
    rmSync(join(seed, 'privacy.yaml'));
    const run = await runCli(['init', 'mouseflow', '--policy', 'mouseflow/policy.txt'], scratch);
    expect(run.code).toBe(0);
    const loaded = loadManifest(join(seed, 'privacy.yaml'));
    const { manifest } = loaded;
    expect(manifest.policy.text).toBe('policy.txt');
    expect(manifest.controller.vendor_ids).toEqual(['mouseflow']);
    expect(manifest.recipients.map((recipient) => recipient.vendor)).toContain('paypal');
    expect(manifest.recipients.map((recipient) => recipient.vendor)).not.toContain('mouseflow');
    expect(manifest.claims.find((claim) => claim.type === 'not_collected' && claim.categories.includes('user.authorization.password'))).toMatchObject({
      quote: 'We do NOT collect any passwords that you enter in a website.',
    });
    expect(manifest.claims.map((claim) => claim.type)).toContain('no_third_party_cookies');
  });
});

describe('candor init with hosts the catalog does not know', () => {
  it('declares each host as a vendor of the manifest and a signal the code reads as honoured, so the scan agrees', async () => {
    const app = join(scratch, 'hosts');
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(join(app, 'package.json'), '{ "name": "hosts-app" }\n');
    writeFileSync(
      join(app, 'src/report.ts'),
      [
        'export async function report(user: { email: string }) {',
        "  if (navigator.doNotTrack === '1') return;",
        "  await fetch('https://collector.unknown-metrics.io/v1/events', { method: 'POST', body: JSON.stringify({ email: user.email }) });",
        "  sessionStorage.setItem('step', '2');",
        "  document.cookie = 'theme=dark';",
        '}',
        '',
      ].join('\n'),
    );
    expect((await runCli(['init', 'hosts'], scratch)).code).toBe(0);
    const { manifest } = loadManifest(join(app, 'privacy.yaml'));
    expect(manifest.vendors.map((vendor) => [vendor.id, vendor.hosts])).toEqual([['collector-unknown-metrics-io', ['collector.unknown-metrics.io']]]);
    expect(manifest.recipients.map((recipient) => [recipient.id, recipient.receives])).toEqual([['collector-unknown-metrics-io', ['user.contact.email']]]);
    expect(manifest.device_storage.items.map((item) => [item.name, item.type, item.duration])).toEqual([
      ['theme', 'cookie', 'session'],
      ['step', 'session_storage', 'session'],
    ]);
    expect(manifest.signals).toEqual({ do_not_track: 'honored' });
    const run = await runCli(['scan', 'hosts', '--format', 'json'], scratch);
    expect(findingsOf(run)).toEqual([]);
  });
});

describe('isoDurationOf', () => {
  it('writes the shortest exact duration that covers the lifetime', () => {
    expect([isoDurationOf(31_536_000), isoDurationOf(86_400 * 30), isoDurationOf(7200), isoDurationOf(1800), isoDurationOf(45), isoDurationOf(59.5)]).toEqual([
      'P1Y',
      'P30D',
      'PT2H',
      'PT30M',
      'PT45S',
      'PT1M',
    ]);
  });
});
