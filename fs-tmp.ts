import { gzipSync } from 'node:zlib';
import { launchChromium } from './tests/support/browser.ts';
import { serveStatic } from './tests/support/static-server.ts';
const [site, ...queries] = process.argv.slice(2);
const server = await serveStatic(site!);
const browser = await launchChromium();
for (const q of queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const got: { url: string; bytes: number; gz: number }[] = [];
  page.on('response', async (r) => { try { const b = await r.body(); got.push({ url: r.url().replace(server.url, ''), bytes: b.length, gz: /\.(pf_\w+|pagefind)(\?|$)/.test(r.url()) ? b.length : gzipSync(b).length }); } catch {} });
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-search-root][data-search-state="done"]');
  await page.waitForTimeout(300);
  const links = await page.$$eval('.search-results > li h2 a', (as) => as.map((a) => `${a.textContent} ${new URL((a as HTMLAnchorElement).href).pathname}`));
  const s = got.filter((g) => g.url.startsWith('/pagefind') || g.url.startsWith('/shards.json'));
  console.log(`${q}: ${s.length} requests, ${(s.reduce((a, b) => a + b.bytes, 0) / 1024).toFixed(1)} KiB, gzip ${(s.reduce((a, b) => a + b.gz, 0) / 1024).toFixed(1)} KiB; top: ${links.slice(0, 3).join(' | ')}`);
  if (process.env.V) for (const g of s) console.log('  ', g.bytes, g.gz, g.url);
  await context.close();
}
await browser.close(); await server.close();
