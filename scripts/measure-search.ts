/**
 * node scripts/measure-search.ts [--site dist] [--lang zh-CN|en] [QUERY...]
 * Measures search on a built site: the index's size on disk, and for each query what a reader's
 * browser downloads for it on a fresh visit to the search page (from /pagefind/: library,
 * WebAssembly, index chunks, filters, result fragments, county bundles; and /shards.json, the list
 * of indexes to merge), in Debian's Chromium. Prints a Markdown table with the first result.
 * Sizes are the files' sizes (Pagefind's index files and WebAssembly are already gzip-compressed;
 * its JavaScript is also given gzip-compressed, as a host that compresses would send it).
 * Defaults: dist, zh-CN, queries 拉巴支 labazhi 李飞龙 旅游反哺.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { site: { type: 'string' }, lang: { type: 'string' } },
});
const site = resolve(values.site ?? 'dist');
const prefix = values.lang === 'en' ? '/en' : '';
const queries = positionals.length ? positionals : ['拉巴支', 'labazhi', '李飞龙', '旅游反哺'];

function walk(dir: string): { path: string; size: number }[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    const st = statSync(p);
    return st.isDirectory() ? walk(p) : [{ path: p, size: st.size }];
  });
}
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const pf = walk(join(site, 'pagefind'));
const sum = (xs: { size: number }[]) => xs.reduce((a, b) => a + b.size, 0);
const code = pf.filter((f) => /pagefind(-worker)?\.js$|\.pagefind$/.test(f.path));
const pages = walk(site).filter((f) => f.path.endsWith('.html')).length;
console.log(`site: ${site} (${pages} HTML files)`);
console.log(`index on disk: ${pf.length} files, ${kib(sum(pf))} (library + WebAssembly ${kib(sum(code))}, index data ${kib(sum(pf) - sum(code))})`);
for (const [label, re] of [
  ['index chunks (.pf_index)', /\.pf_index$/],
  ['fragments (.pf_fragment)', /\.pf_fragment$/],
  ['filters (.pf_filter)', /\.pf_filter$/],
  ['metadata (.pf_meta)', /\.pf_meta$/],
] as const) {
  const xs = pf.filter((f) => re.test(f.path));
  console.log(`  ${label}: ${xs.length} files, ${kib(sum(xs))}`);
}

const server = await serveStatic(site);
const browser = await launchChromium();
console.log('\n| query | results | files | bytes | gzip-compressed | of which index data | first result |\n| --- | --- | --- | --- | --- | --- | --- |');
for (const q of queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const got: { url: string; size: number; gz: number }[] = [];
  context.on('requestfinished', (r) => {
    const url = new URL(r.url()).pathname;
    const file = join(site, url);
    const isFile = statSync(file, { throwIfNoEntry: false })?.isFile();
    const body = isFile ? readFileSync(file) : Buffer.alloc(0);
    got.push({ url, size: body.length, gz: /\.(pf_\w+|pagefind)$/.test(url) ? body.length : gzipSync(body).length });
  });
  await page.goto(`${server.url}${prefix}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('[data-search-root][data-search-state="done"]', { timeout: 120_000 });
  await page.waitForTimeout(300);
  const status = (await page.textContent('[data-search-status]')) ?? '';
  const mine = got.filter((g) => g.url.startsWith('/pagefind/') || g.url === '/shards.json');
  const data = mine.filter((g) => !/pagefind(-worker)?\.js$|\.pagefind$|shards\.json$/.test(g.url));
  const first = (await page.textContent('[data-search-results] li h2 a').catch(() => null)) ?? '–';
  const gz = mine.reduce((a, b) => a + b.gz, 0);
  console.log(`| ${q} | ${status.replace(/\D+/g, ' ').trim()} | ${mine.length} | ${kib(sum(mine))} | ${kib(gz)} | ${kib(sum(data))} | ${first.trim()} |`);
  await context.close();
}
await browser.close();
await server.close();
