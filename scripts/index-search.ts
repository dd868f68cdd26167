/**
 * node scripts/index-search.ts [--site dist] [--no-records] [--jobs N]
 * Builds the Pagefind search index over a built site: every content page (not the search pages,
 * print sheets or error pages), one index per page language (<html lang>), plus one record per
 * element marked `data-search-record` (a loan, a distribution) linked to page#id (one per id and
 * language: the village page's if the element appears on several pages). Writes
 * SITE/pagefind/ and removes Pagefind's ready-made UIs (the site has its own, CSP-clean).
 * --no-records (or LEDGER_SEARCH_RECORDS=none) indexes pages only: loans and distributions are then
 * found through their village or township page, and the kind filter has no loan/distribution
 * values; at province scale this makes the first query download far less (docs/performance.md).
 * A site whose villages lie in more than one county gets one bundle per county beside the root
 * (src/lib/search-bundles.ts), indexed in --jobs processes (default: 2 on a 2-core machine).
 * Called by scripts/build.ts after `astro build`.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { assignBundles, bundleOfPage, countyOfVillagePage, splitsByCounty } from '../src/lib/search-bundles.ts';
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
  'pagefind-worker.js', // the search page runs Pagefind without its worker (noWorker, docs/search.md)
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
  /** Languages of the root bundle, with its page counts. */
  languages: Record<string, number>;
  /** 1, or 1 + the number of county bundles when the index is split by county. */
  bundles: number;
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

/** Indexes these pages (and the records they mark, less those in `skip`) and writes one bundle to `out`. */
async function writeBundle(
  site: string,
  rels: readonly string[],
  out: string,
  { withRecords, skip, trim = false }: { withRecords: boolean; skip?: Promise<ReadonlySet<string>>; trim?: boolean },
): Promise<{ pages: number; records: SearchRecord[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const found: SearchRecord[] = [];
  for (const rel of rels) {
    const html = readFileSync(join(site, rel), 'utf8');
    const url = pageUrl(rel);
    const added = await index.addHTMLFile({ url, content: html });
    if (added.errors.length) throw new Error(`pagefind ${rel}: ${added.errors.join('; ')}`);
    if (withRecords) found.push(...extractRecords(html, url));
  }
  // the root's pages are indexed while the county bundles are: only its records wait for theirs
  const held = (await skip) ?? new Set<string>();
  const records = pickRecords(found).filter((r) => !held.has(recordKey(r)));
  for (const record of records) {
    const r = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
    if (r.errors.length) throw new Error(`pagefind ${record.url}: ${r.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // a county bundle is merged into the root's search: it needs no library of its own
  for (const name of trim ? [...UNUSED, ...MERGED_UNUSED] : UNUSED) rmSync(join(out, name), { force: true });
  if (trim) for (const name of readdirSync(out)) if (name.startsWith('wasm.')) rmSync(join(out, name));
  return { pages: rels.length, records };
}

/** One record per element id and language (see pickRecords): the key two bundles must not share. */
const recordKey = (r: SearchRecord) => `${r.lang} ${r.url.slice(r.url.indexOf('#'))}`;

/** Files a merged bundle does not use: the root's library searches it. */
const MERGED_UNUSED = ['pagefind.js'];

/** The indexed pages of a site, grouped by bundle ('' is the root; see src/lib/search-bundles.ts). */
export function pagesByBundle(site: string): Map<string, string[]> {
  const rels = [...htmlFiles(site)].filter(isIndexedPage);
  const split = splitsByCounty(rels.map(countyOfVillagePage).filter((c): c is string => c !== null));
  const bundles = new Map<string, string[]>([['', []]]);
  for (const rel of rels) {
    const b = bundleOfPage(rel, split);
    const list = bundles.get(b);
    if (list) list.push(rel);
    else bundles.set(b, [rel]);
  }
  return bundles;
}

/**
 * Indexes the i-th of n shares of the county bundles (`part` "i/n", shared out by assignBundles)
 * into SITE/pagefind/counties/.
 * Returns the keys of the records they hold, so the root leaves them out.
 */
async function writeCountyBundles(site: string, part: string, withRecords: boolean): Promise<{ pages: number; records: string[] }> {
  const [i, n] = part.split('/').map(Number) as [number, number];
  const all = [...pagesByBundle(site)].filter(([b]) => b !== '');
  const assigned = assignBundles(new Map(all.map(([b, rels]) => [b, rels.length])), n);
  const counties = all.filter(([b]) => assigned.get(b) === i);
  let pages = 0;
  const records: string[] = [];
  for (const [bundle, rels] of counties) {
    const r = await writeBundle(site, rels, join(site, 'pagefind', bundle), { withRecords, trim: true });
    pages += r.pages;
    records.push(...r.records.map(recordKey));
  }
  await pagefind.close();
  return { pages, records };
}

export async function indexSearch(site: string, { records: withRecords = true, jobs = 1 } = {}): Promise<IndexSummary> {
  const out = join(site, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const bundles = pagesByBundle(site);
  // the county bundles, in `jobs` processes of their own (Pagefind indexes on one core)
  const n = Math.max(1, jobs);
  const parts =
    bundles.size > 1
      ? Array.from({ length: n }, (_, i) =>
          new Promise<{ pages: number; records: string[] }>((done, fail) => {
            const args = [fileURLToPath(import.meta.url), '--site', site, '--county-part', `${i}/${n}`];
            if (!withRecords) args.push('--no-records');
            // the result comes back as an IPC message: a pipe's stdout loses what is still queued
            // when a process ends, and a busy parent does not read it in time
            const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
            let result: { pages: number; records: string[] } | undefined;
            child.on('message', (m) => (result = m as typeof result));
            child.on('error', fail);
            child.on('close', (code, signal) =>
              code === 0 && result
                ? done(result)
                : fail(new Error(`index-search --county-part ${i}/${n}: ${code === 0 ? 'no result' : `exit ${code ?? signal}`}`)),
            );
          }),
        )
      : [];
  const countiesDone = Promise.all(parts);
  const skip = countiesDone.then((cs) => new Set(cs.flatMap((c) => c.records)));
  // without records there is nothing to leave out: the root is written without waiting for the counties
  const root = await writeBundle(site, bundles.get('') ?? [], out, { withRecords, skip: withRecords ? skip : undefined });
  await pagefind.close();
  const counties = await countiesDone;
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([k, v]) => [k, v.page_count]));
  return {
    pages: root.pages + counties.reduce((a, c) => a + c.pages, 0),
    records: root.records.length + (await skip).size,
    languages,
    bundles: bundles.size,
    bytes: dirSize(out),
    files: countFiles(out),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { site: { type: 'string' }, 'no-records': { type: 'boolean', default: false }, 'county-part': { type: 'string' }, jobs: { type: 'string' } },
  });
  const site = resolve(values.site ?? 'dist');
  const records = !values['no-records'] && process.env.LEDGER_SEARCH_RECORDS !== 'none';
  if (values['county-part']) {
    if (!process.send) throw new Error('--county-part is started by indexSearch, with an IPC channel for its result');
    const result = await writeCountyBundles(site, values['county-part'], records);
    // the result is handed over before the channel closes; then nothing keeps the process alive
    await new Promise<void>((sent, fail) => process.send!(result, (e: Error | null) => (e ? fail(e) : sent())));
    process.disconnect?.();
  } else {
    const jobs = Number(values.jobs ?? process.env.LEDGER_JOBS ?? Math.min(2, availableParallelism()));
    const s = await indexSearch(site, { records, jobs });
    const langs = Object.entries(s.languages)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    const split = s.bundles > 1 ? ` in ${s.bundles} bundles (the root and ${s.bundles - 1} counties)` : '';
    console.error(
      `search index / 搜索索引: ${s.pages} pages + ${s.records} records (${langs})${split}, ${s.files} files, ${(s.bytes / 1024).toFixed(0)} KiB in ${relative(process.cwd(), join(site, 'pagefind'))}/`,
    );
  }
}
