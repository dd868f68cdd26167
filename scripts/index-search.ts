/**
 * node scripts/index-search.ts [--site dist] [--no-records]
 * Builds the Pagefind search index over a built site: every content page (not the search pages,
 * print sheets or error pages), one index per page language (<html lang>), plus one record per
 * element marked `data-search-record` (a loan, a distribution) linked to page#id (one per id and
 * language: the village page's if the element appears on several pages). Writes
 * SITE/pagefind/ and removes Pagefind's ready-made UIs (the site has its own, CSP-clean).
 * --no-records (or LEDGER_SEARCH_RECORDS=none) indexes pages only: loans and distributions are then
 * found through their village or township page, and the kind filter has no loan/distribution
 * values; at province scale this makes the first query download far less (docs/performance.md).
 * Called by scripts/build.ts after `astro build`.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { extractRecords, isIndexedPage, pageUrl, pickRecords, recordHtml, type SearchRecord } from '../src/lib/search-records.ts';

/** Files Pagefind writes that this site does not use (its default UIs and highlighter). */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function* htmlFiles(dir: string, root = dir): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path, root);
    else if (name.endsWith('.html')) yield relative(root, path).split(sep).join('/');
  }
}

export function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    total += st.isDirectory() ? dirSize(path) : st.size;
  }
  return total;
}

export interface IndexSummary {
  pages: number;
  records: number;
  languages: Record<string, number>;
  bytes: number;
  files: number;
}

function countFiles(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    n += statSync(path).isDirectory() ? countFiles(path) : 1;
  }
  return n;
}

export async function indexSearch(site: string, { records: withRecords = true } = {}): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages = 0;
  const found: SearchRecord[] = [];
  for (const rel of htmlFiles(site)) {
    if (!isIndexedPage(rel)) continue;
    const html = readFileSync(join(site, rel), 'utf8');
    const url = pageUrl(rel);
    const added = await index.addHTMLFile({ url, content: html });
    if (added.errors.length) throw new Error(`pagefind ${rel}: ${added.errors.join('; ')}`);
    pages++;
    if (withRecords) found.push(...extractRecords(html, url));
  }
  const records = pickRecords(found);
  for (const record of records) {
    const r = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
    if (r.errors.length) throw new Error(`pagefind ${record.url}: ${r.errors.join('; ')}`);
  }
  const out = join(site, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const name of UNUSED) rmSync(join(out, name), { force: true });
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([k, v]) => [k, v.page_count]));
  return { pages, records: records.length, languages, bytes: dirSize(out), files: countFiles(out) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { site: { type: 'string' }, 'no-records': { type: 'boolean', default: false } } });
  const site = resolve(values.site ?? 'dist');
  const records = !values['no-records'] && process.env.LEDGER_SEARCH_RECORDS !== 'none';
  const s = await indexSearch(site, { records });
  const langs = Object.entries(s.languages)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.error(
    `search index / 搜索索引: ${s.pages} pages + ${s.records} records (${langs}), ${s.files} files, ${(s.bytes / 1024).toFixed(0)} KiB in ${relative(process.cwd(), join(site, 'pagefind'))}/`,
  );
}
