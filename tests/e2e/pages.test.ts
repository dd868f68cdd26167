/**
 * Every page type in Debian's Chromium, in both languages: no console error, no axe-core
 * violation, no sideways scrolling on a 360 px phone; the village page shows its tables and charts
 * with JavaScript off; the print sheet fits on one A4 page. Needs a built dist/ (npm run build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { readDataset } from '../../src/io/read-data-dir.ts';
import { buildSiteModel } from '../../src/lib/derive/site-model.ts';
import { listReleases, releasesDir } from '../../src/io/frozen-releases.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const m = buildSiteModel(readDataset('data').data);
// the village with the most to show: the hardest to fit on a page
const village = [...m.villages].sort((a, b) => b.loans.length + b.dividends.length - (a.loans.length + a.dividends.length))[0]!.village.code;
const township = m.townships[0]!.township.code;
// the oldest frozen version: the one whose files have been published longest
const version = listReleases(releasesDir()).at(-1)?.version;
const PATHS = [
  '/', `/townships/${township}/`, `/villages/${village}/`, `/villages/${village}/print/`, '/credit/', '/dividends/', '/sources/', '/about/',
  '/data/', '/data/latest/', ...(version ? [`/data/v${version}/`] : []), '/data/changelog/', '/search/', '/data/templates/', '/check/',
];
const PAGES = PATHS.flatMap((p) => [p, `/en${p}`]);

describe('every page type in Chromium, in both languages', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync('dist/index.html')) throw new Error('run npm run build first');
    server = await serveStatic('dist');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, width = 360): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
    const res = await page.goto(`${server.url}${path}`);
    expect(res?.status(), path).toBe(200);
    return { page, errors };
  }

  it.each(PAGES)('%s loads with no console error, fits a 360 px screen and loads nothing from elsewhere', async (path) => {
    const outside: string[] = [];
    const { page, errors } = await open(path);
    page.on('request', (r) => !r.url().startsWith(server.url) && outside.push(r.url()));
    await page.waitForLoadState('load');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    // legend swatches stay small squares; charts are at least 250 px wide on a phone
    const swatches = await page.evaluate(() => [...document.querySelectorAll('.swatch')].map((e) => e.getBoundingClientRect().width));
    expect(swatches.filter((w) => w > 24)).toEqual([]);
    const charts = await page.evaluate(() => [...document.querySelectorAll('figure.chart > svg')].map((e) => e.getBoundingClientRect().width));
    expect(charts.filter((w) => w < 250)).toEqual([]);
    await page.close();
  });

  // on a phone too: a table that scrolls sideways there must take the keyboard focus (scrollable-region-focusable)
  it.each(PAGES)('%s has no axe-core violation (light and dark, 1280 px and 360 px)', async (path) => {
    for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 360]] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(`${server.url}${path}`);
      await page.addScriptTag({ content: AXE });
      // open every <details> so the tables inside are checked too
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const result = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} (${v.nodes.length})`);
      });
      expect(result, `${path} ${colorScheme} ${width} px`).toEqual([]);
      await page.close();
    }
  });

  it('with JavaScript off the village page still shows its tables and charts', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/villages/${village}/`);
    expect(await page.locator('h1').textContent()).toBe(m.villageByCode.get(village)!.name.zh);
    const visibleTables = await page.locator('table:visible').count();
    expect(visibleTables).toBeGreaterThan(0);
    const charts = page.locator('figure.chart svg[role="img"]');
    expect(await charts.count()).toBeGreaterThan(0);
    expect(await charts.first().isVisible()).toBe(true);
    const box = await charts.first().boundingBox();
    expect(box!.width).toBeGreaterThan(250);
    await context.close();
  });

  it.each([`/villages/${village}/print/`, `/en/villages/${village}/print/`])('the print sheet %s fits on one A4 page', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${path}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.locator('svg.qr').count()).toBe(1);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBe(1);
    await page.close();
  });
});
