/**
 * Beyond one machine: two shards (two counties of Yunnan from the scale generator) are built
 * separately, each with its own search index, assembled side by side, served as one site, and
 * in Chromium one search on the search page finds villages of both shards (Pagefind's
 * mergeIndex over /shards.json).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { runNode } from '../support/run-node.ts';

const A = '530681'; // 水富市, 30 villages
const B = '533324'; // 贡山独龙族怒族自治县, 29 villages


const villagesOf = (data: string, county: string) =>
  readFileSync(join(data, 'villages.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')).filter((c) => c[0]!.startsWith(county)).map((c) => ({ code: c[0]!, name: c[1]! }));

describe('two shards built separately, searched together', () => {
  const work = mkdtempSync(join(tmpdir(), 'ledger-shards-'));
  const data = join(work, 'data');
  const site = join(work, 'site');
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    runNode(['scripts/generate-scale.ts', '--counties', `${A},${B}`, '--out', data]);
    runNode(['scripts/build.ts', '--data', data, '--shard', A, '--out', join(work, 'a')]);
    runNode(['scripts/build.ts', '--data', data, '--shard', B, '--out', join(work, 'b')]);
    runNode(['scripts/assemble-shards.ts', '--out', site, join(work, 'a'), join(work, 'b')]);
    server = await serveStatic(site);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('serves both shards side by side: every village page at its own URL, one index per shard', () => {
    for (const county of [A, B]) for (const v of villagesOf(data, county)) expect(existsSync(join(site, 'villages', v.code, 'index.html')), v.code).toBe(true);
    // each shard's own output holds only its county
    expect(existsSync(join(work, 'a', 'villages', villagesOf(data, B)[0]!.code))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(site, 'shards.json'), 'utf8'));
    expect(manifest.bundles).toEqual([{ name: 'b', path: 'pagefind-b/', counties: [B] }]);
    expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(site, 'pagefind-b', 'pagefind-entry.json'))).toBe(true);
  });

  it.each([
    ['the first (root) shard', A],
    ['the second shard', B],
  ])('one search on the search page finds a village of %s', async (_label, county) => {
    const village = villagesOf(data, county).at(-1)!;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(village.name)}`);
    const link = page.locator(`[data-search-results] a[href*="/villages/${village.code}/"]`).first();
    await link.waitFor({ timeout: 30_000 });
    expect(await link.textContent()).toContain(village.name.slice(0, 2));
    expect(errors).toEqual([]);
    await page.close();
  });
});
