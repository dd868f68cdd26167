import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

describe('the built site in Chromium', () => {
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

  it('shows the county home page in Chinese with no console error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').first().textContent()).toContain('玉龙纳西族自治县');
    expect(errors).toEqual([]);
    await page.close();
  });
});
