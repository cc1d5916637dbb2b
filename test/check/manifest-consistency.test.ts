import { describe, expect, it } from 'vitest';
import { checkManifestConsistency } from '../../src/check/manifest-consistency.js';
import { loadManifest, parseManifest } from '../../src/manifest/load.js';

const root = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const manifests = `${root}/fixtures/manifests`;

function summary(findings: ReturnType<typeof checkManifestConsistency>): string[] {
  return findings.map((finding) => `${finding.severity} ${finding.manifestPath} ${finding.data['entry'] ?? ''} ${finding.category ?? finding.data['purpose'] ?? ''}`.trim());
}

describe('checkManifestConsistency', () => {
  it('reports the CCPA table contradictions of seed 002 (manifest-model §3.3 self-check)', () => {
    const findings = checkManifestConsistency(loadManifest(`${manifests}/seed-002-balena.yaml`), root);
    expect(summary(findings)).toEqual([
      'warning regional.ccpa.categories.customer_records account user.name',
      'warning regional.ccpa.categories.customer_records social_login user.name',
      'warning regional.ccpa.categories.customer_records communications user.contact.phone_number',
      'warning regional.ccpa.categories.customer_records payments user.financial',
      'info regional.ccpa.categories.commercial payments essential.service.payment_processing',
      'warning regional.ccpa.categories.geolocation automatic user.location',
      'warning regional.ccpa.categories.professional account user.contact.organization',
      'warning regional.ccpa.categories.professional job_applications user.employment',
      'info regional.ccpa.categories.inferences automatic marketing.advertising.first_party.targeted',
    ]);
    const geolocation = findings.find((finding) => finding.manifestPath === 'regional.ccpa.categories.geolocation');
    expect(geolocation).toMatchObject({
      type: 'manifest-inconsistency',
      ruleId: 'candor/manifest-consistency',
      messageId: 'ccpaRowContradicted',
      file: 'fixtures/manifests/seed-002-balena.yaml',
      line: 222,
      column: 20,
      manifestLine: 222,
      fingerprint: '',
      message:
        'The CCPA table says `geolocation` (category G) is not collected, but `collect` entry `automatic` declares `user.location` (location), which is CCPA category G. Correct the table, or the entry.',
    });
    expect(geolocation?.quote).toContain('Internet protocol (IP) address');
  });

  it('reports the Mouseflow `user_entered_only` claim next to keystroke recording (§3.5), once per entry', () => {
    const findings = checkManifestConsistency(loadManifest(`${manifests}/seed-004-mouseflow.yaml`), root);
    expect(summary(findings)).toEqual([
      'warning claims[only-volunteered-pii] visitor_interaction user.behavior.keystrokes',
      'warning claims[only-volunteered-pii] own_site_recording user.behavior.keystrokes',
    ]);
    expect(findings[0]?.quote).toBe('Mouseflow does not collect personally identifiable information that you do not voluntarily enter in this website.');
  });

  it('finds nothing in the seeds whose manifests agree with themselves', () => {
    for (const seed of ['seed-000-balsamiq', 'seed-001-balsamiq-cloud', 'seed-003-mindomo']) {
      expect(checkManifestConsistency(loadManifest(`${manifests}/${seed}.yaml`), root)).toEqual([]);
    }
  });

  it('reports a claim that denies what `collect` declares, a first-party store of "never stored" data and a sale next to `not_sold`', () => {
    const text = [
      'privacy_manifest: 1',
      'collect:',
      '  - id: checkout',
      '    categories: [user.financial.credit_card, user.location.precise]',
      'recipients:',
      '  - {id: broker, role: business_partner, receives: [user.contact.email], disclosure: sale}',
      'claims:',
      '  - {id: no-gps, type: not_collected, categories: [user.location.precise]}',
      '  - {id: no-cards, type: not_stored, categories: [user.financial.credit_card]}',
      '  - {id: no-sale, type: not_sold, categories: [user.contact]}',
      '',
    ].join('\n');
    const findings = checkManifestConsistency(parseManifest(text, `${root}/privacy.yaml`), root);
    expect(findings.map((finding) => [finding.messageId, finding.manifestPath, finding.line])).toEqual([
      ['claimDeniesCollect', 'claims[no-gps]', 8],
      ['claimDeniesStorage', 'claims[no-cards]', 9],
      ['notSoldButSold', 'claims[no-sale]', 10],
    ]);
    expect(findings[1]?.message).toBe(
      'Claim `no-cards` says `user.financial.credit_card` is never stored, but `collect` entry `checkout` declares `user.financial.credit_card` with `stored_by: first_party`. Set `stored_by: recipient_only` if a processor holds it, or correct the claim.',
    );
  });
});
