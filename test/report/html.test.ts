import type { Document, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/finding.js';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/model.js';
import { loadSampleManifest, sampleReport, sampleSources } from './sample-report.js';

function parse(text: string): Document {
  return parseDocument(text);
}

function all(root: Document | Element, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, [root]);
}

function byClass(root: Document | Element, tag: string, className: string): Element[] {
  return all(root, (element) => element.name === tag && (element.attribs.class ?? '').split(' ').includes(className));
}

function byId(root: Document, id: string): Element {
  const element = DomUtils.findOne((candidate) => candidate.attribs.id === id, [root]);
  if (element === null) throw new Error(`no element #${id}`);
  return element;
}

function text(node: Element | Document): string {
  return DomUtils.textContent(node).replaceAll(/\s+/g, ' ').trim();
}

/** Text with a space between separate text nodes, as block elements read. */
function spaced(node: Element | Document): string {
  const parts: string[] = [];
  const visit = (current: Element | Document): void => {
    for (const child of current.children) {
      if (child.type === 'text') parts.push(child.data);
      else if (child.type === 'tag') visit(child);
    }
  };
  visit(node);
  return parts.join(' ').replaceAll(/\s+/g, ' ').trim();
}

/** What a reader sees of a message: backticks become `<code>` elements. */
function visibleMessage(finding: Finding): string {
  return finding.message.replaceAll('`', '');
}

function rowsOf(table: Element): string[][] {
  const bodies = all(table, (element) => element.name === 'tbody');
  return bodies.flatMap((body) => all(body, (element) => element.name === 'tr').map((row) => all(row, (cell) => cell.name === 'td').map((cell) => spaced(cell))));
}

describe('renderHtml without a manifest', () => {
  const page = renderHtml(sampleReport, { sources: sampleSources });
  const document = parse(page);

  it('renders one finding element per finding, numbered in page order, each with its message', () => {
    const findings = byClass(document, 'article', 'finding');
    expect(findings).toHaveLength(sampleReport.findings.length);
    expect(findings.map((element) => element.attribs.id)).toEqual(['finding-1', 'finding-2', 'finding-3', 'finding-4', 'finding-5', 'finding-6', 'finding-7']);
    // Grouped by type in DESIGN order; numbered as they appear.
    expect(findings.map((element) => element.attribs['data-fingerprint'])).toEqual([
      '0123456789abcdef',
      '9988776655443322',
      '1a2b3c4d5e6f7081',
      '5544332211009988',
      '7766554433221100',
      'f0e1d2c3b4a59687',
      'abcdefabcdef0001',
    ]);
    for (const element of findings) {
      const finding = sampleReport.findings.find((candidate) => candidate.fingerprint === element.attribs['data-fingerprint']);
      expect(finding).toBeDefined();
      if (finding === undefined) continue;
      const message = byClass(element, 'p', 'message')[0];
      expect(message === undefined ? '' : text(message)).toBe(visibleMessage(finding));
    }
  });

  it('groups findings by type in DESIGN order', () => {
    const sections = byClass(document, 'section', 'finding-type');
    expect(sections.map((section) => section.attribs.id)).toEqual([
      'type-undeclared-collection',
      'type-violated-claim',
      'type-undeclared-recipient',
      'type-undeclared-storage',
      'type-undeclared-flow',
      'type-unused-declaration',
      'type-policy-mismatch',
    ]);
  });

  it('groups findings by manifest section with links to the findings', () => {
    const table = byClass(document, 'table', 'by-section')[0];
    expect(table).toBeDefined();
    if (table === undefined) return;
    expect(rowsOf(table).map((row) => [row[0], row[1]])).toEqual([
      ['collect', '1'],
      ['recipients', '4'],
      ['device_storage', '1'],
      ['claims', '1'],
    ]);
    const targets = all(table, (element) => element.name === 'a').map((link) => link.attribs.href);
    expect(targets).toEqual(['#finding-1', '#finding-7', '#finding-6', '#finding-3', '#finding-5', '#finding-4', '#finding-2']);
  });

  it('shows a code frame from the source, with the range marked, and falls back to the evidence', () => {
    const recipient = byId(document, 'finding-3');
    const frame = byClass(recipient, 'pre', 'frame')[0];
    expect(frame === undefined ? '' : DomUtils.textContent(frame)).toContain(`12  document.head.innerHTML += '<script src="https://www.googletagmanager.com/gtag/js"></script>'`);
    const mark = all(recipient, (element) => element.name === 'mark')[0];
    expect(mark === undefined ? '' : text(mark)).toBe('document.head.innerHTML');
    const storage = byId(document, 'finding-4');
    const fallback = byClass(storage, 'pre', 'frame')[0];
    expect(fallback === undefined ? '' : spaced(fallback)).toBe('4 localStorage.setItem(`draft:${id}`, body)');
  });

  it('quotes the policy text a finding carries', () => {
    const claim = byId(document, 'finding-2');
    expect(all(claim, (element) => element.name === 'blockquote').map(spaced)).toEqual(['Policy text we don’t collect the precise geolocation of you or your device']);
  });

  it('renders accepted findings, marked, with who accepted them and why', () => {
    const accepted = byClass(document, 'article', 'accepted');
    expect(accepted.map((element) => element.attribs.id)).toEqual(['finding-5']);
    const note = accepted[0] === undefined ? undefined : byClass(accepted[0], 'div', 'acceptance')[0];
    expect(note === undefined ? '' : text(note)).toBe('Accepted by dana@acme.example until 2025-12-31: Hashed by gtag before sending; reviewed by legal.');
  });

  it('summarises open findings by severity', () => {
    const summary = byId(document, 'summary');
    expect(text(byClass(summary, 'p', 'verdict')[0] ?? summary)).toBe('6 open findings: 2 errors, 3 warnings, 1 info; 1 accepted.');
    expect(byClass(summary, 'div', 'card').map(spaced)).toEqual(['2 Errors', '3 Warnings', '1 Info', '1 Accepted', '42 Files scanned']);
  });

  it('lists the data inventory from the observations', () => {
    const collection = byClass(document, 'table', 'collection')[0];
    expect(collection === undefined ? [] : rowsOf(collection).map((row) => row[0])).toEqual([
      'Email address user.contact.email',
      'Phone number user.contact.phone_number',
      'Cookie ID user.device.cookie_id',
      'Payment card user.financial.credit_card',
      'Precise location user.location.precise',
    ]);
    const recipients = byClass(document, 'table', 'recipients')[0];
    expect(recipients === undefined ? [] : rowsOf(recipients).map((row) => [row[0], row[2], row[3]])).toEqual([
      ['Google Analytics google-analytics', 'Email address user.contact.email Cookie ID user.device.cookie_id hosts: www.googletagmanager.com', 'src/analytics.ts:12 src/analytics.ts:20'],
      ['Stripe stripe', 'Payment card user.financial.credit_card', 'src/checkout/card.tsx:15'],
    ]);
    const storage = byClass(document, 'table', 'storage')[0];
    expect(storage === undefined ? [] : rowsOf(storage).map((row) => [row[0], row[1], row[2], row[5]])).toEqual([
      ['_ga', 'Cookie', 'google-analytics', '— in code: 2 years'],
      ['draft:*', 'Local storage', 'First party', '—'],
    ]);
  });

  it('lists coverage: files scanned, skipped with reasons, unresolved keys', () => {
    const coverage = byId(document, 'coverage');
    expect(text(coverage)).toContain('42 files scanned; 2 files skipped; 1 value that could not be resolved statically.');
    const skipped = byClass(coverage, 'table', 'skipped')[0];
    expect(skipped === undefined ? [] : rowsOf(skipped)).toEqual([
      ['public/vendor/jquery.min.js', 'minified bundle (87 KB on one line)'],
      ['src/legacy.js', 'syntax error at 3:7'],
    ]);
    const unresolved = byClass(coverage, 'table', 'unresolved')[0];
    expect(unresolved === undefined ? [] : rowsOf(unresolved)).toEqual([['src/store.ts:8:5', 'storage key from a parameter']]);
  });

  it('escapes markup from messages, evidence and quotes, and loads nothing from outside', () => {
    expect(all(document, (element) => element.name === 'script')).toHaveLength(1);
    expect(all(document, (element) => element.name === 'main')).toHaveLength(1);
    expect(all(document, (element) => element.name === 'input' && element.attribs.type === 'tel')).toHaveLength(0);
    expect(all(document, (element) => ['link', 'img', 'iframe', 'object', 'embed'].includes(element.name))).toHaveLength(0);
    expect(all(document, (element) => element.attribs.src !== undefined)).toHaveLength(0);
    expect(page).toContain('Field &lt;input type=&quot;tel&quot; name=&quot;phone&quot;&gt; collects <code>user.contact.phone_number</code> &amp; no');
    const csp = all(document, (element) => element.name === 'meta' && element.attribs['http-equiv'] === 'Content-Security-Policy')[0];
    expect(csp?.attribs.content).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:$/);
  });

  it('keeps hostile file names and keys inert', () => {
    const hostile: Report = {
      ...sampleReport,
      findings: [
        {
          ...sampleReport.findings[1],
          type: 'undeclared-storage',
          ruleId: 'candor/no-undeclared-storage',
          messageId: 'x',
          data: {},
          severity: 'error',
          message: 'Cookie `"><img src=x onerror=alert(1)>` is undeclared.',
          file: 'src/"><svg onload=alert(1)>.ts',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          fingerprint: '"><b>',
        },
      ],
      coverage: { files: 1, skipped: [{ file: '<iframe>', reason: '</td><script>' }], unresolved: [] },
    };
    const parsed = parse(renderHtml(hostile));
    expect(all(parsed, (element) => ['img', 'svg', 'iframe', 'b'].includes(element.name))).toHaveLength(0);
    expect(all(parsed, (element) => element.name === 'script')).toHaveLength(1);
    const finding = byClass(parsed, 'article', 'finding')[0];
    expect(finding?.attribs['data-fingerprint']).toBe('"><b>');
  });

  it('says a clean scan is clean, and how far the coverage reaches', () => {
    const clean: Report = { ...sampleReport, findings: [] };
    const parsed = parse(renderHtml(clean));
    expect(byClass(parsed, 'article', 'finding')).toHaveLength(0);
    expect(text(byClass(parsed, 'p', 'verdict')[0] ?? parsed)).toBe(
      'Clean The code, the manifest and the policy text agree across 42 files, with 2 files skipped and 1 unresolved key (see Coverage).',
    );
  });

  it('is deterministic whatever order the findings come in', () => {
    expect(renderHtml({ ...sampleReport, findings: [...sampleReport.findings].reverse() }, { sources: sampleSources })).toBe(page);
  });
});

describe('renderHtml with the manifest', () => {
  const document = parse(renderHtml(sampleReport, { sources: sampleSources, manifest: loadSampleManifest() }));

  it('names the policy and says what it leaves unanswered', () => {
    expect(text(all(document, (element) => element.name === 'h1')[0] ?? document)).toBe('Acme Shop Privacy Policy');
    expect(spaced(byId(document, 'summary'))).toContain('What the policy leaves unanswered The manifest marks the policy as partial : undeclared findings are lowered to warnings. no retention period for drafts');
  });

  it('marks what the code collects as declared or not, with the declaring entry\'s quote', () => {
    const collection = byClass(document, 'table', 'collection')[0];
    expect(collection === undefined ? [] : rowsOf(collection).map((row) => [row[0], row[3], row[4]])).toEqual([
      ['Email address user.contact.email', 'collect.account', 'We ask for your email address when you sign up.'],
      ['Phone number user.contact.phone_number', 'Not declared', ''],
      ['Cookie ID user.device.cookie_id', 'collect.analytics', ''],
      ['Payment card user.financial.credit_card', 'collect.checkout', 'Card payments are handled by Stripe; we never see your card number.'],
      ['Precise location user.location.precise', 'Not declared', ''],
    ]);
  });

  it('lists every recipient, declared or only seen, with what it receives', () => {
    const recipients = byClass(document, 'table', 'recipients').find((table) => (table.attribs.class ?? '').includes('inventory'));
    expect(recipients === undefined ? [] : rowsOf(recipients).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['Google Analytics google-analytics Not declared', '—', ''],
      ['Hotjar hotjar recipients.hotjar Processor, Service provider', 'Usage data user.behavior', 'We use Hotjar to understand how visitors use <our> site & improve it.'],
      ['Hosting provider recipients.hosting Processor, Service provider', 'Personal data user', ''],
      ['Newsletter provider recipients.newsletter Processor, Service provider', 'Email address user.contact.email', ''],
      ['Stripe stripe recipients.stripe Processor, Service provider', 'Payment card user.financial.credit_card', 'Payments are processed by Stripe.'],
    ]);
  });

  it('lists every cookie and storage key with provider, purpose, duration and status', () => {
    const storage = byClass(document, 'table', 'storage')[0];
    expect(storage === undefined ? [] : rowsOf(storage).map((row) => row.slice(0, 7))).toEqual([
      ['_ga', 'Cookie', 'google-analytics', '—', '—', '— in code: 2 years', 'Not declared'],
      ['cart:* (glob)', 'Local storage', 'First party', 'Functional', 'Providing the service', '30 days', 'Declared'],
      ['draft:*', 'Local storage', 'First party', 'Functional', 'System personalization', 'Persistent (no stated limit)', 'Declared by class only'],
      ['session', 'Cookie', 'First party', 'Strictly necessary', 'Authentication', 'Session', 'Declared'],
    ]);
    const classes = byClass(document, 'table', 'storage-classes')[0];
    expect(classes === undefined ? [] : rowsOf(classes)).toEqual([
      ['Local storage', 'First', 'Functional', 'System personalization', 'Persistent (no stated limit)', "We keep drafts and preferences in your browser's local storage."],
    ]);
  });

  it('puts the policy quotes beside the manifest entries, with the findings about each', () => {
    const manifest = byId(document, 'manifest');
    expect(text(byId(document, 'collect-checkout'))).toContain('Card payments are handled by Stripe; we never see your card number.');
    const hotjar = byId(document, 'recipients-hotjar');
    expect(all(hotjar, (element) => element.name === 'a').map((link) => link.attribs.href)).toEqual(['#finding-6']);
    const claim = byId(document, 'claims-no-precise-location');
    expect(spaced(claim)).toContain('we don’t collect the precise geolocation of you or your device');
    expect(all(claim, (element) => element.name === 'a').map((link) => link.attribs.href)).toEqual(['#finding-2']);
    expect(all(manifest, (element) => element.name === 'h3').map(text)).toEqual(['Collection (collect)', 'Recipients (recipients)', 'Promises (claims)']);
  });

  it('quotes the manifest entry beside a finding that has no quote of its own', () => {
    const unused = byId(document, 'finding-6');
    expect(all(unused, (element) => element.name === 'blockquote').map(spaced)).toEqual([
      'Policy text quoted by recipients.hotjar We use Hotjar to understand how visitors use <our> site & improve it.',
    ]);
  });
});
