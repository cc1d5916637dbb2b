import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { scan } from '../../src/scanner/scan.js';
import { loadSampleManifest, sampleReport, sampleSources } from './sample-report.js';

// Debian's package (`apt-get install -y chromium`); CI installs it, so only a developer machine may skip.
const chromiumPath = '/usr/bin/chromium';
const available = existsSync(chromiumPath);
if (!available && process.env.CI === undefined) {
  console.warn(`Skipping the HTML report browser test: ${chromiumPath} is missing. Install it with \`apt-get install -y chromium\`.`);
}

const outputDir = new URL('../../test-output/', import.meta.url);

/** Headless Chromium with a fresh profile and the flags that keep it off the (closed) network. */
async function launchChromium(): Promise<{ profile: string; context: BrowserContext; page: Page }> {
  const profile = mkdtempSync(join(tmpdir(), 'candor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  return { profile, context, page: context.pages()[0] ?? (await context.newPage()) };
}

describe.skipIf(!available && process.env.CI === undefined)('the HTML report in headless Chromium', () => {
  let profile = '';
  let context: BrowserContext | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ profile, context, page } = await launchChromium());
    // A blocked inline script or style (a wrong CSP hash) and any request leaving the file show up here.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`request to ${request.url()}`);
    });
    mkdirSync(outputDir, { recursive: true });
    const file = new URL('report.html', outputDir);
    writeFileSync(file, renderHtml(sampleReport, { sources: sampleSources, manifest: loadSampleManifest() }));
    await page.goto(pathToFileURL(file.pathname).href);
  });

  afterAll(async () => {
    await context?.close();
    if (profile !== '') rmSync(profile, { recursive: true, force: true });
  });

  it('shows every finding with its message', async () => {
    const findings = page.locator('article.finding');
    await expect.poll(() => findings.count()).toBe(sampleReport.findings.length);
    for (const finding of sampleReport.findings) {
      const element = page.locator(`article.finding[data-fingerprint="${finding.fingerprint}"]`);
      expect(await element.isVisible()).toBe(true);
      expect(await element.locator('p.message').innerText()).toBe(finding.message.replaceAll('`', ''));
    }
  });

  it('loads nothing from outside and runs its script under the page policy', async () => {
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('filters by severity and brings findings back', async () => {
    await page.locator('#filters input[value="error"]').uncheck();
    expect(await page.locator('article.finding:visible').count()).toBe(5);
    await page.locator('#filters input[value="accepted"]').uncheck();
    expect(await page.locator('article.finding:visible').count()).toBe(4);
    await page.locator('#filters input[value="error"]').check();
    await page.locator('#filters input[value="accepted"]').check();
    expect(await page.locator('article.finding:visible').count()).toBe(sampleReport.findings.length);
  });

  it('shows the inventory and the coverage', async () => {
    expect(await page.locator('#inventory table.collection tbody tr').count()).toBe(5);
    expect(await page.locator('#inventory table.storage tbody tr').count()).toBe(4);
    expect(await page.locator('#manifest table.claims').innerText()).toContain('we don’t collect the precise geolocation of you or your device');
    expect(await page.locator('#coverage').innerText()).toContain('42 files scanned; 2 files skipped; 1 value that could not be resolved statically.');
  });

  it('prints without the filter controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('article.finding:visible').count()).toBe(sampleReport.findings.length);
    await page.emulateMedia({ media: 'screen' });
  });

  it('takes a screenshot for review', async () => {
    const path = new URL('report.png', outputDir).pathname;
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
  });
});

describe.skipIf(!available && process.env.CI === undefined)('a seed fixture\'s HTML report in headless Chromium', () => {
  let profile = '';
  let context: BrowserContext | undefined;

  afterAll(async () => {
    await context?.close();
    if (profile !== '') rmSync(profile, { recursive: true, force: true });
  });

  it('shows every finding of the Mouseflow seed app, with its message, and loads nothing from outside', async () => {
    const result = await scan({ root: new URL('../../fixtures/seeds/mouseflow', import.meta.url).pathname });
    expect(result.report.findings.length).toBeGreaterThan(10);
    const launched = await launchChromium();
    ({ profile, context } = launched);
    const page = launched.page;
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`request to ${request.url()}`);
    });
    mkdirSync(outputDir, { recursive: true });
    const file = new URL('seed-mouseflow-report.html', outputDir);
    writeFileSync(file, renderHtml(result.report, { sources: result.sources, manifest: result.manifest }));
    await page.goto(pathToFileURL(file.pathname).href);
    await expect.poll(() => page.locator('article.finding').count()).toBe(result.report.findings.length);
    for (const finding of result.report.findings) {
      const element = page.locator(`article.finding[data-fingerprint="${finding.fingerprint}"]`);
      expect(await element.isVisible()).toBe(true);
      expect(await element.locator('p.message').innerText()).toBe(finding.message.replaceAll('`', ''));
    }
    expect(problems).toEqual([]);
    await page.screenshot({ path: new URL('seed-mouseflow-report.png', outputDir).pathname, fullPage: true });
  });
});
