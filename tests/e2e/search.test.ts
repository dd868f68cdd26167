/**
 * Search in Debian's Chromium, on the built site served with the Content-Security-Policy of
 * public/_headers: each kind of query finds the expected page first, filters narrow the results
 * and update the URL, the English site searches English pages, the header form works, the page
 * without JavaScript points to the browse pages, and nothing logs an error or a CSP violation.
 * Also prints (does not assert) the index size and the bytes a first query downloads.
 * Needs `npm run build` first (or E2E_SITE=DIR for another built site).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { siteWideHeaders } from '../support/headers-file.ts';

const SITE = process.env.E2E_SITE ?? 'dist';
const LABABZHI = '/villages/530721102211/';
const SHIGU = '/townships/530721102/';

/** Reports CSP violations (in the page and its workers' console) as console errors. */
const REPORT_CSP = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.violatedDirective + ' ' + (e.blockedURI || ''));
});`;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

describe('search', () => {
  let server: StaticServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(SITE, 'pagefind/pagefind-entry.json'))) throw new Error(`no search index in ${SITE}: run npm run build first`);
    server = await serveStatic(SITE, siteWideHeaders('public/_headers'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, js = true): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await page.addInitScript(REPORT_CSP);
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${path}: ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function settled(page: Page) {
    await page.waitForSelector('[data-search-root][data-search-state="done"]', { timeout: 30_000 });
  }

  async function resultLinks(page: Page): Promise<string[]> {
    return page.$$eval('.search-results > li h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
  }

  async function first(path: string): Promise<string | undefined> {
    const page = await open(path);
    await settled(page);
    const links = await resultLinks(page);
    await page.context().close();
    return links[0];
  }

  it('ships no inline script and no inline event handler in any page', () => {
    const bad: string[] = [];
    for (const f of files(SITE)) {
      if (!f.endsWith('.html')) continue;
      const html = readFileSync(f, 'utf8');
      if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) bad.push(`${relative(SITE, f)}: inline <script>`);
      if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) bad.push(`${relative(SITE, f)}: inline event handler`);
    }
    expect(bad).toEqual([]);
  });

  it.each([
    ['拉巴支', LABABZHI],
    ['拉巴支村', LABABZHI],
    ['labazhi', LABABZHI],
    ['lbz', LABABZHI],
    ['石鼓', SHIGU],
    ['shigu', SHIGU],
    ['sg', SHIGU],
    // The segmenter splits this full name into single characters; the page must still come first.
    ['中和村委会', '/villages/530721213204/'],
  ])('finds a place by its name, pinyin or initials: %s → %s first', async (q, want) => {
    expect(await first(`/search/?q=${encodeURIComponent(q)}`)).toBe(want);
  });

  it('finds a loan by its recipient as published and by its crop: 李飞龙, 滇重楼 → 拉巴支', async () => {
    for (const q of ['李飞龙', '滇重楼']) {
      const top = await first(`/search/?q=${encodeURIComponent(q)}`);
      expect(top?.startsWith(LABABZHI), `${q} → ${top}`).toBe(true);
    }
  });

  it('finds a distribution by its revenue source: 旅游反哺 → 老君山黎明', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('旅游反哺')}`);
    await settled(page);
    const top = page.locator('.search-results > li').first();
    expect(await top.textContent()).toContain('老君山黎明');
    const href = (await resultLinks(page))[0] ?? '';
    expect(href.startsWith('/townships/530721205/') || href.startsWith('/dividends/'), href).toBe(true);
    await page.context().close();
  });

  it('shows title, kind, township and a highlighted excerpt, and announces the count', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('拉巴支')}`);
    await settled(page);
    const top = page.locator('.search-results > li').first();
    expect(await top.locator('h2').textContent()).toContain('拉巴支');
    expect(await top.locator('.result-meta').textContent()).toContain('石鼓镇');
    expect(await top.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/找到 \d+ 条结果/);
    await page.context().close();
  });

  it('narrows results with filters from the keyboard, with counts, and keeps them in the URL', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('石鼓')}`);
    await settled(page);
    const before = (await resultLinks(page)).length;
    const statusBefore = await page.getByRole('status').textContent();
    const village = page.getByRole('checkbox', { name: /^村\(社区\)/ });
    expect(await page.locator('fieldset label', { hasText: '村(社区)' }).textContent()).toMatch(/\(\d+\)/);
    await village.focus();
    await page.keyboard.press('Space');
    await settled(page);
    expect(await village.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['村(社区)']);
    expect(await page.getByRole('status').textContent()).not.toBe(statusBefore);
    const metas = await page.$$eval('.search-results .result-meta', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((m) => m.startsWith('村(社区)'))).toBe(true);
    expect((await resultLinks(page))[0]).toBe('/villages/530721102201/');
    expect((await resultLinks(page)).length).toBeLessThanOrEqual(before);

    // A shared link with filters restores them.
    const shared = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await settled(shared);
    expect(await shared.getByRole('checkbox', { name: /^村\(社区\)/ }).isChecked()).toBe(true);
    expect(await resultLinks(shared)).toEqual(await resultLinks(page));
    await shared.context().close();

    // Filters alone (no words) list what they select: loans in 石鼓镇.
    const loans = await open(`/search/?kind=${encodeURIComponent('红色信贷')}&township=${encodeURIComponent('石鼓镇')}`);
    await settled(loans);
    const loanMetas = await loans.$$eval('.search-results .result-meta', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(loanMetas.length).toBeGreaterThan(0);
    expect(loanMetas.every((m) => m.startsWith('红色信贷') && m.endsWith('石鼓镇'))).toBe(true);
    await loans.context().close();
    await page.context().close();
  });

  it('searches from the header of any page, and the result opens from the keyboard', async () => {
    const page = await open(SHIGU);
    const box = page.getByRole('search').first().getByRole('searchbox');
    expect(await box.getAttribute('name')).toBe('q');
    await box.fill('labazhi');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=labazhi/);
    await settled(page);
    const link = page.locator('.search-results > li h2 a').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === LABABZHI);
    expect(await page.locator('h1').first().textContent()).toContain('拉巴支');
    await page.context().close();
  });

  it('the English site searches English pages', async () => {
    const page = await open('/en/search/?q=labazhi');
    await settled(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const links = await resultLinks(page);
    expect(links[0]).toBe(`/en${LABABZHI}`);
    expect(links.every((l) => l.startsWith('/en/'))).toBe(true);
    expect(await page.getByRole('status').textContent()).toMatch(/\d+ results?/);
    await page.context().close();
  });

  it('without JavaScript, says that search needs it and links to the browse pages', async () => {
    const page = await open('/search/?q=labazhi', false);
    expect(await page.locator('body').textContent()).toContain('需要启用 JavaScript');
    expect(await page.locator(`a[href="${SHIGU}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('logs no console error and no CSP violation on any page visited', () => {
    expect(problems).toEqual([]);
  });

  it('records the index size and the bytes a first query downloads (printed, not asserted)', async () => {
    let indexBytes = 0;
    let indexFiles = 0;
    for (const f of files(join(SITE, 'pagefind'))) {
      indexBytes += statSync(f).size;
      indexFiles++;
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: { url: string; bytes: number }[] = [];
    context.on('requestfinished', (r) => {
      const path = new URL(r.url()).pathname;
      const file = join(SITE, path);
      const st = statSync(file, { throwIfNoEntry: false });
      fetched.push({ url: r.url(), bytes: st?.isFile() ? st.size : st?.isDirectory() ? (statSync(join(file, 'index.html'), { throwIfNoEntry: false })?.size ?? 0) : 0 });
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('拉巴支')}`);
    await settled(page);
    await page.waitForTimeout(200);
    const pf = fetched.filter((f) => new URL(f.url).pathname.startsWith('/pagefind/'));
    const sum = (xs: { bytes: number }[]) => xs.reduce((a, b) => a + b.bytes, 0);
    const line = `search index: ${indexFiles} files, ${(indexBytes / 1024).toFixed(0)} KiB on disk; first query 拉巴支 downloads ${pf.length} files from /pagefind/, ${(sum(pf) / 1024).toFixed(1)} KiB uncompressed (with the page, its CSS and script: ${(sum(fetched) / 1024).toFixed(1)} KiB)`;
    console.log(line);
    expect(pf.length).toBeGreaterThan(0);
    await context.close();
  });
});
