import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPolicyMismatch } from '../../src/check/policy-mismatch.js';
import { loadManifest, parseManifest } from '../../src/manifest/load.js';
import { readPolicy } from '../../src/policy/read-policy.js';

const root = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const manifests = `${root}/fixtures/manifests`;
const seeds = new URL('../../../shared/seeds/', import.meta.url);

function seedReading(seed: string) {
  return readPolicy(readFileSync(new URL(seed, seeds), 'utf8'), { file: seed });
}

describe('checkPolicyMismatch', () => {
  it('reports a vendor the policy names and the manifest leaves out, quoting the policy', () => {
    const source = readFileSync(`${manifests}/seed-004-mouseflow.yaml`, 'utf8');
    // The Mouseflow manifest with its payment recipient no longer saying which vendor it is.
    const withoutPaypal = source.replace('{id: paypal, vendor: paypal, ', '{id: paypal, ');
    expect(withoutPaypal).not.toContain('vendor: paypal');
    const loaded = parseManifest(withoutPaypal, `${manifests}/seed-004-mouseflow.yaml`);
    const findings = checkPolicyMismatch({ loaded, reading: seedReading('004_5b2cd6605389c3e7.txt'), root });
    expect(findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.messageId)).toEqual(['vendorNotDeclared']);
    const paypal = findings.find((finding) => finding.messageId === 'vendorNotDeclared');
    expect(paypal).toMatchObject({
      type: 'policy-mismatch',
      ruleId: 'candor/policy-mismatch',
      severity: 'warning',
      file: 'fixtures/manifests/seed-004-mouseflow.yaml',
      manifestPath: 'recipients',
      vendor: 'paypal',
      message: 'The policy text names PayPal (`paypal`), but no recipient in privacy.yaml has `vendor: paypal`. Add it under `recipients`, or correct the policy text.',
      quote: 'All transactions are handled through our payment provider, PayPal.',
      fingerprint: '',
    });
    expect(paypal?.line).toBe(loaded.locate(['recipients']).line);
  });

  it('finds the seed manifests consistent with their policies, apart from the reader’s known gaps', () => {
    const pairs = [
      ['seed-000-balsamiq', '000_3be4f11232479d25.txt'],
      ['seed-001-balsamiq-cloud', '001_aa200192e53662a2.txt'],
      ['seed-002-balena', '002_8730b541b0faf4a5.txt'],
      ['seed-003-mindomo', '003_d7c52866d6b357b7.txt'],
      ['seed-004-mouseflow', '004_5b2cd6605389c3e7.txt'],
    ] as const;
    const warnings: string[] = [];
    for (const [manifest, seed] of pairs) {
      const findings = checkPolicyMismatch({ loaded: loadManifest(`${manifests}/${manifest}.yaml`), reading: seedReading(seed), root });
      for (const finding of findings) if (finding.severity !== 'info') warnings.push(`${manifest} ${finding.messageId} ${finding.vendor ?? finding.category ?? ''}`);
    }
    expect(warnings).toEqual([]);
  });

  it('reports a category the text denies and the manifest declares, a promise missing from the claims, and disagreeing signals and CCPA rows', () => {
    const policy = [
      'We collect your e-mail address. We do not collect the precise geolocation of your device.',
      'We do NOT use 3rd party cookies. Please note that we do not honor DNT signals.',
      '',
      'Geolocation data.',
      '',
      'Physical location or movements.',
      '',
      'No',
    ].join('\n');
    const manifest = [
      'privacy_manifest: 1',
      'collect:',
      '  - id: signup',
      '    categories: [user.contact.email, user.location.precise, user.contact.phone_number]',
      'signals: {do_not_track: honored}',
      'regional:',
      '  ccpa:',
      '    categories: {geolocation: collected}',
      '',
    ].join('\n');
    const loaded = parseManifest(manifest, `${root}/privacy.yaml`);
    const reading = readPolicy(policy, { format: 'text', file: 'policy.txt', vendors: [] });
    const findings = checkPolicyMismatch({ loaded, reading, root, vendors: [] });
    expect(findings.map((finding) => [finding.messageId, finding.severity, finding.manifestPath, finding.line])).toEqual([
      ['categoryNotInText', 'info', 'collect[signup].categories[2]', 4],
      ['deniedButDeclared', 'error', 'collect[signup].categories[1]', 4],
      ['claimMissing', 'warning', 'claims', 1],
      ['claimMissing', 'warning', 'claims', 1],
      ['signalMismatch', 'warning', 'signals.do_not_track', 5],
      ['ccpaMismatch', 'warning', 'regional.ccpa.categories.geolocation', 8],
    ]);
    expect(findings[1]?.message).toBe(
      'The policy text says `user.location.precise` (precise location) is not collected, but `collect` entry `signup` declares `user.location.precise`. Correct the policy text, or the manifest.',
    );
    expect(findings[1]?.quote).toBe('We do not collect the precise geolocation of your device.');
    expect(findings[2]?.message).toBe(
      'The policy text promises `not_collected` about `user.location.precise`, but privacy.yaml has no such claim, so the code is never checked against it. Add it under `claims`.',
    );
  });

  it('counts an entry whose quote stands in the policy text as described, whatever the reader made of it', () => {
    const policy = 'We collect your e-mail address.\n\nIf you apply for a job, we keep your CV.\n';
    const manifest = (quote: string) =>
      ['privacy_manifest: 1', 'collect:', '  - id: signup', '    categories: [user.contact.email]', '  - id: jobs', '    categories: [user.employment]', `    quote: "${quote}"`, ''].join('\n');
    const reading = readPolicy(policy, { format: 'text', file: 'policy.txt', vendors: [] });
    const quoted = parseManifest(manifest('If you  apply for a JOB, we keep your CV.'), `${root}/privacy.yaml`);
    expect(checkPolicyMismatch({ loaded: quoted, reading, root, vendors: [], policyText: policy })).toEqual([]);
    const paraphrased = parseManifest(manifest('We keep applications.'), `${root}/privacy.yaml`);
    expect(checkPolicyMismatch({ loaded: paraphrased, reading, root, vendors: [], policyText: policy }).map((finding) => finding.messageId)).toEqual(['categoryNotInText']);
  });

  it('limits a denial the manifest records for some surfaces to collection on those surfaces', () => {
    const policy = 'We collect your e-mail address and password. We do NOT collect any passwords that you enter in a website.\n';
    const manifest = (claimSurfaces: string) =>
      [
        'privacy_manifest: 1',
        'surfaces: [{id: recorder, paths: ["recorder/**"]}, {id: website, paths: ["web/**"]}]',
        'collect:',
        '  - {id: account, surfaces: [website], categories: [user.contact.email, user.authorization.password]}',
        `claims: [{id: no-passwords, type: not_collected, categories: [user.authorization.password]${claimSurfaces}}]`,
        '',
      ].join('\n');
    const reading = readPolicy(policy, { format: 'text', file: 'policy.txt', vendors: [] });
    const denials = (text: string) =>
      checkPolicyMismatch({ loaded: parseManifest(text, `${root}/privacy.yaml`), reading, root, vendors: [], policyText: policy })
        .filter((finding) => finding.messageId === 'deniedButDeclared')
        .map((finding) => finding.manifestPath);
    expect(denials(manifest(', surfaces: [recorder]'))).toEqual([]);
    expect(denials(manifest(''))).toEqual(['collect[account].categories[1]']);
  });
});
