import { it } from 'vitest';
import { loadAcme } from '../export/acme-manifest.js';
import { exportApple } from '../../src/export/apple.js';
import { exportGooglePlay } from '../../src/export/google-play.js';
import { exportFides } from '../../src/export/fides.js';
import { exportCookieTable } from '../../src/export/cookie-table.js';
import { writeFileSync } from 'node:fs';
it('prints', () => {
  try {
    const m = loadAcme();
    const a = exportApple(m), g = exportGooglePlay(m), fi = exportFides(m), c = exportCookieTable(m), cc = exportCookieTable(m, 'csv');
    writeFileSync('/tmp/vt/acme.xcprivacy', a.text); writeFileSync('/tmp/vt/acme.csv', g.text); writeFileSync('/tmp/vt/acme.fides.yaml', fi.text); writeFileSync('/tmp/vt/acme.cookies.md', c.text); writeFileSync('/tmp/vt/acme.cookies.csv', cc.text);
    console.log(JSON.stringify({a: a.warnings, g: g.warnings, f: fi.warnings, c: c.warnings, web: exportApple(m, {surface: 'web'}).warnings}, null, 1));
  } catch (e) { console.log('ERR', String(e)); }
});
