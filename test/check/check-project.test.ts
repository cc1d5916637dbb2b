import { describe, expect, it } from 'vitest';
import { checkApp, manifest, summarize } from './check-helpers.js';

const yaml = manifest(
  'surfaces:',
  '  - id: web',
  '    paths: ["web/**"]',
  '  - id: api',
  '    paths: ["api/**"]',
  'collect:',
  '  - id: signup',
  '    categories: [user.contact.email]',
  '    channel: form',
  '  - id: support',
  '    surfaces: [api]',
  '    categories: [user.contact.phone_number]',
  '    channel: form',
  '  - id: calls',
  '    categories: [user.contact.phone_number]',
  '    channel: phone',
  'recipients:',
  '  - id: dd',
  '    vendor: datadog',
  '  - id: intercom',
  '    vendor: intercom',
  'device_storage:',
  '  items:',
  '    - { name: theme, type: local_storage }',
  '    - { name: "draft:*", match: glob, type: session_storage }',
  '    - { name: gone, type: cookie }',
  'signals:',
  '  do_not_track: honored',
  '  global_privacy_control: honored',
);

const files = {
  'web/signup.tsx': 'export const S = () => <form><input type="tel" name="phone" /><input type="email" /></form>;',
  'web/logs.ts': 'logmatic.log("signup");',
  'web/prefs.ts': "localStorage.setItem('theme', 'dark');\nsessionStorage.setItem(`draft:${id}`, text);",
  'web/dnt.ts': "if (navigator.doNotTrack === '1') optOut();",
};

describe('project checks', () => {
  const findings = checkApp(yaml, files, { project: true }).filter((finding) => finding.file === 'privacy.yaml');

  it('reports declarations nothing in the code backs, at their manifest line', () => {
    expect(summarize(findings)).toEqual([
      { type: 'unused-declaration', messageId: 'unusedCollect', severity: 'info', file: 'privacy.yaml', line: 11, column: 5, manifestPath: 'collect[support]' },
      { type: 'unused-declaration', messageId: 'unusedRecipient', severity: 'info', file: 'privacy.yaml', line: 21, column: 5, manifestPath: 'recipients[intercom]', vendor: 'intercom' },
      { type: 'unused-declaration', messageId: 'unusedStorage', severity: 'info', file: 'privacy.yaml', line: 27, column: 7, manifestPath: 'device_storage.items[gone]', key: 'gone' },
      { type: 'violated-claim', messageId: 'signalNotRead', severity: 'warning', file: 'privacy.yaml', line: 30, column: 27, manifestPath: 'signals.global_privacy_control' },
    ]);
  });

  it('says what is unused and what to do', () => {
    expect(findings.map((finding) => finding.message)).toEqual([
      '`collect` entry `support` declares `user.contact.phone_number` through `form`, but no scanned code collects them. Remove what is no longer collected, or make sure the scan covers it.',
      'Recipient `intercom` (vendor `intercom`) is declared, but no scanned code uses it. Remove it if it is gone, or make sure the scan covers the code that uses it.',
      '`device_storage` item `gone` is declared, but no scanned code sets it. Remove it if it is gone.',
      '`signals.global_privacy_control` says the Global Privacy Control signal is honoured, but no scanned code reads it. Read the signal and act on it, or correct privacy.yaml.',
    ]);
  });

  it('counts a related vendor as use of a recipient (Logmatic.io for Datadog)', () => {
    expect(findings.some((finding) => finding.vendor === 'datadog')).toBe(false);
  });

  it('does not count code on another surface, and never reports a channel code cannot show', () => {
    // `support` is scoped to `api`; the phone field is in `web`. `calls` arrives by phone.
    expect(findings.map((finding) => finding.manifestPath)).not.toContain('collect[calls]');
    expect(findings.map((finding) => finding.manifestPath)).toContain('collect[support]');
  });

  it('reports nothing more once the code backs every declaration', () => {
    const complete = {
      ...files,
      'api/support.tsx': 'export const T = () => <input type="tel" />;',
      'web/chat.ts': "import Intercom from '@intercom/messenger-js-sdk';\nIntercom({ app_id: 'x' });",
      'web/gone.ts': "document.cookie = 'gone=1';",
      'web/gpc.ts': 'const gpc = navigator.globalPrivacyControl;',
    };
    expect(summarize(checkApp(yaml, complete, { project: true }).filter((finding) => finding.file === 'privacy.yaml'))).toEqual([]);
  });
});
