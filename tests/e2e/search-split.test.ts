/**
 * An index split by county (a build whose villages lie in more than one county,
 * src/lib/search-bundles.ts): in Chromium the search page opens only the root index, finds a
 * village through its township's page, and merges that county's bundle alone; a query only a
 * village page holds (a loan recipient) is found by searching every county; the English page
 * does the same in pinyin.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { runNode } from '../support/run-node.ts';

const A = '530681'; // 水富市
const B = '533324'; // 贡山独龙族怒族自治县


const rows = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe('a search index split by county', () => {
  const work = mkdtempSync(join(tmpdir(), 'ledger-split-'));
  const data = join(work, 'data');
  const site = join(work, 'site');
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    runNode(['scripts/generate-scale.ts', '--counties', `${A},${B}`, '--out', data]);
    runNode(['scripts/build.ts', '--data', data, '--out', site]);
    server = await serveStatic(site);
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** A village whose name no other village of the data has, in county `c`. */
  const uniqueVillage = (c: string) => {
    const villages = rows(join(data, 'villages.csv'));
    const count = (n: string) => villages.filter((v) => v[1] === n).length;
    const v = villages.filter((v) => v[0]!.startsWith(c) && count(v[1]!) === 1).at(-1)!;
    return { code: v[0]!, name: v[1]! };
  };

  /** Opens the search page for `q`; returns the result links and the county bundles it fetched. */
  async function search(path: string, q: string, want: string): Promise<{ page: Page; bundles: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    const bundles = new Set<string>();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => {
      const m = /\/pagefind\/counties\/(\d{6})\//.exec(r.url());
      if (m) bundles.add(m[1]!);
    });
    await page.goto(`${server.url}${path}?q=${encodeURIComponent(q)}`);
    await page.locator(`[data-search-results] a[href*="${want}"]`).first().waitFor({ timeout: 30_000 });
    return { page, bundles: [...bundles].sort(), errors };
  }

  it('writes a root index and one bundle per county, listed in /shards.json', () => {
    const manifest = JSON.parse(readFileSync(join(site, 'shards.json'), 'utf8'));
    expect(manifest.counties).toEqual({ [A]: `pagefind/counties/${A}/`, [B]: `pagefind/counties/${B}/` });
    for (const c of [A, B]) expect(existsSync(join(site, 'pagefind', 'counties', c, 'pagefind-entry.json'))).toBe(true);
    // a merged bundle needs no library of its own: the root's searches it
    expect(existsSync(join(site, 'pagefind', 'counties', A, 'pagefind.js'))).toBe(false);
  });

  it.each([A, B])('finds a village of county %s by its name, opening only that county’s bundle', async (county) => {
    const v = uniqueVillage(county);
    const { page, bundles, errors } = await search('/search/', v.name, `/villages/${v.code}/`);
    expect(bundles).toEqual([county]);
    expect(errors).toEqual([]);
    // the other county can still be searched, on request
    const other = county === A ? B : A;
    const button = page.locator('[data-search-everywhere]');
    expect(await button.isVisible()).toBe(true);
    const fetched = new Promise<void>((done) => page.on('request', (r) => r.url().includes(`/pagefind/counties/${other}/`) && done()));
    await button.click();
    await fetched;
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.searchState === 'done');
    expect(await button.isVisible()).toBe(false);
    await page.close();
  });

  it('finds what only a village page holds (a loan recipient) by searching every county', async () => {
    const loan = rows(join(data, 'credit_loans.csv')).find((l) => l[1]!.startsWith(B))!;
    const { page, bundles, errors } = await search('/search/', loan[2]!, `/villages/${loan[1]}/`);
    expect(bundles).toEqual([A, B]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does the same on the English search page, in pinyin', async () => {
    const v = uniqueVillage(A);
    const html = readFileSync(join(site, 'en', 'villages', v.code, 'index.html'), 'utf8');
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.trim();
    const { page, bundles, errors } = await search('/en/search/', title, `/en/villages/${v.code}/`);
    expect(bundles).toContain(A);
    expect(errors).toEqual([]);
    await page.close();
  });
});
