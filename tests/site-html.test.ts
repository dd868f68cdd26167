/**
 * Quality gates over the built site (dist/): every page is valid HTML with a language, one h1, a
 * title and a description; no internal link, image or stylesheet is broken (anchors included);
 * a village page ships no JavaScript and, with its CSS, weighs at most 50 KB gzipped; every page
 * that shows synthetic figures says so beside them.
 *
 * Builds once with `node scripts/build.ts` (the committed data/); SKIP_BUILD=1 reuses dist/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { withBuildLock } from './support/build-lock.ts';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlUrls } from './support/links.ts';
import { readDataset } from '../src/io/read-data-dir.ts';
import { buildSiteModel } from '../src/lib/derive/site-model.ts';
import { parseHTML } from 'linkedom';
import { readCsv } from './helpers/read-published.ts';
import { formatVnu, vnuErrors } from './support/vnu.ts';

const DIST = 'dist';
const SITE = 'https://open-village-ledger.github.io';
const BUDGET = 50 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

let pages: string[] = [];
const html = new Map<string, string>();
const read = (f: string) => {
  let s = html.get(f);
  if (s === undefined) html.set(f, (s = readFileSync(f, 'utf8')));
  return s;
};

beforeAll(() => {
  if (process.env.SKIP_BUILD !== '1' || !existsSync(join(DIST, 'index.html'))) {
    // Vitest puts Vite's BASE_URL, MODE, NODE_ENV=test … into process.env; a real build has none of them.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|LEDGER_BASE|LEDGER_SITE)$/.test(k)));
    const r = withBuildLock(() => spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } }));
    if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}\n${r.stdout}`);
  }
  pages = files(DIST).filter((f) => f.endsWith('.html')).sort();
}, 600_000);

/** dist/ path of a site URL path: /villages/1/ → dist/villages/1/index.html. */
function target(path: string): string {
  const p = decodeURIComponent(path);
  return p.endsWith('/') ? join(DIST, p, 'index.html') : join(DIST, p);
}

describe('built pages', () => {
  test('the site has every page type in both languages', () => {
    const rel = new Set(pages.map((p) => relative(DIST, p)));
    for (const p of ['index.html', 'credit/index.html', 'dividends/index.html', 'sources/index.html', 'about/index.html'])
      for (const prefix of ['', 'en/']) expect(rel.has(prefix + p), prefix + p).toBe(true);
    const data = readDataset('data').data;
    expect(pages.filter((p) => /\/villages\/\d{12}\/index\.html$/.test(p) && !p.includes('/en/'))).toHaveLength(data.villages.length);
    expect(pages.filter((p) => /\/en\/villages\/\d{12}\/print\/index\.html$/.test(p))).toHaveLength(data.villages.length);
    expect(pages.filter((p) => /^dist\/townships\/\d{9}\/index\.html$/.test(p))).toHaveLength(data.townships.length);
  });

  test('every page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const f of pages) {
      const report = await validator.validateString(read(f), f);
      for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  }, 300_000);

  test('one page of every kind, in both languages, has no error in the W3C Nu HTML checker (vnu.jar)', () => {
    // a page's kind is its path with codes and versions left out: villages/{code}/print/, data/v{version}/ …
    const kindOf = (f: string) => relative(DIST, f).replace(/\/\d{6,12}\//g, '/{code}/').replace(/\/v\d+\.\d+\.\d+\//, '/v{version}/');
    const largest = new Map<string, string>();
    for (const f of pages) {
      const k = kindOf(f);
      const other = largest.get(k);
      if (!other || statSync(f).size > statSync(other).size) largest.set(k, f); // the page with the most to show
    }
    const kinds = [...largest.keys()];
    for (const k of ['index.html', 'townships/{code}/index.html', 'villages/{code}/index.html', 'villages/{code}/print/index.html', 'credit/index.html', 'dividends/index.html', 'sources/index.html', 'about/index.html', 'data/index.html', 'data/latest/index.html', 'data/v{version}/index.html', 'data/changelog/index.html', 'search/index.html'])
      for (const prefix of ['', 'en/']) expect(kinds, prefix + k).toContain(prefix + k);
    const errors = vnuErrors([...largest.values()]);
    expect(errors.map(formatVnu)).toEqual([]);
  }, 120_000);

  test('every page has its language, exactly one h1, a title and a description', () => {
    const bad: string[] = [];
    for (const f of pages) {
      const s = read(f);
      const lang = /<html[^>]* lang="([^"]+)"/.exec(s)?.[1];
      const expected = relative(DIST, f).startsWith('en/') ? 'en' : 'zh-CN';
      if (lang !== expected) bad.push(`${f}: lang ${lang} (expected ${expected})`);
      if ((s.match(/<h1[\s>]/g) ?? []).length !== 1) bad.push(`${f}: ${(s.match(/<h1[\s>]/g) ?? []).length} h1`);
      if (!/<head>[\s\S]*<title>[^<]{3,}<\/title>[\s\S]*<\/head>/.test(s)) bad.push(`${f}: no title`);
      if (!/<meta name="description" content="[^"]{10,}"/.test(s)) bad.push(`${f}: no description`);
    }
    expect(bad).toEqual([]);
  });

  test('no internal link, image or stylesheet is broken, and every #anchor exists', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) ids.set(file, (set = new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const f of pages) {
      const s = read(f);
      const here = '/' + relative(DIST, f).replace(/index\.html$/, '');
      const urls = htmlUrls(s).filter((u) => !/^(mailto:|data:)/.test(u));
      for (const raw of urls) {
        let u = raw;
        if (u.startsWith(SITE)) u = u.slice(SITE.length);
        if (/^[a-z]+:/i.test(u) || u.startsWith('//')) continue; // another site
        if (/\/search\/$/.test(u.split(/[?#]/)[0]!)) continue; // the search page is built by pagefind's helper
        const url = new URL(u, `http://x${here}`);
        const file = target(url.pathname);
        checked++;
        if (!existsSync(file)) {
          broken.push(`${f}: ${raw}`);
          continue;
        }
        if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${f}: ${raw} (no such anchor)`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  test('a village page ships no JavaScript and, with its CSS, is at most 50 KB gzipped', () => {
    const villagePages = pages.filter((p) => /\/villages\/\d{12}\/(print\/)?index\.html$/.test(p));
    expect(villagePages.length).toBeGreaterThan(0);
    const sizes: [string, number][] = [];
    for (const f of villagePages) {
      const s = read(f);
      expect(s, f).not.toMatch(/<script/i);
      const css = [...s.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(target(m[1]!)));
      const bytes = gzipSync(s).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
      sizes.push([f, bytes]);
    }
    const over = sizes.filter(([, n]) => n > BUDGET);
    expect(over).toEqual([]);
  });

  test('every chart on every page links the CSV of what it plots, and the file is there', () => {
    const missing: string[] = [];
    let charts = 0;
    for (const f of pages) {
      const doc = parseHTML(read(f)).document;
      for (const fig of doc.querySelectorAll('figure.chart')) {
        charts++;
        const a = fig.querySelector('a.chart-csv[download]');
        const href = a?.getAttribute('href') ?? '';
        if (!/\.csv$/.test(href) || !existsSync(target(href))) missing.push(`${f}: ${href || 'no CSV link'}`);
      }
    }
    expect(missing.slice(0, 20)).toEqual([]);
    expect(charts).toBeGreaterThan(0);
  });

  test('a village page’s CSV downloads exist in both languages, with the expected header, and hold the numbers its chart shows', () => {
    const m = buildSiteModel(readDataset('data').data);
    const v = m.villages.find((x) => x.incomeByYearType.length > 0 && x.dividends.some((d) => d.shares.length > 0)) ?? m.villages.find((x) => x.incomeByYearType.length > 0)!;
    const code = v.village.code;
    const headers: Record<string, string[]> = {
      'data.csv': ['table', 'row', 'field', 'value'],
      'chart-income.csv': ['year', 'income_type', 'amount_yuan'],
      'chart-dividends.csv': ['distribution_id', 'date', 'party', 'percent', 'percent_approximate'],
    };
    const linked = (prefix: string) => {
      const doc = parseHTML(read(join(DIST, prefix, 'villages', code, 'index.html'))).document;
      return [...doc.querySelectorAll('a[download][href$=".csv"]')].map((a) => a.getAttribute('href')!);
    };
    const zh = linked('');
    expect(zh).toContain(`/villages/${code}/chart-income.csv`);
    if (v.dividends.some((d) => d.shares.length > 0)) expect(zh).toContain(`/villages/${code}/chart-dividends.csv`);
    expect(linked('en/')).toEqual(zh);
    for (const href of zh) {
      const name = href.split('/').pop()!;
      expect(existsSync(target(href)), href).toBe(true);
      expect(readCsv(new Uint8Array(readFileSync(target(href)))).header, href).toEqual(headers[name]);
    }

    // the income CSV holds the numbers in the chart's table (年度 × 收入类型, 元)
    const doc = parseHTML(read(join(DIST, 'villages', code, 'index.html'))).document;
    const fig = [...doc.querySelectorAll('figure.chart')].find((x) => x.querySelector('a.chart-csv')?.getAttribute('href')?.endsWith('chart-income.csv'))!;
    const head = [...fig.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const cellOf = new Map<string, string>();
    for (const tr of fig.querySelectorAll('tbody tr')) {
      const cells = [...tr.children].map((c) => c.textContent!.trim());
      cells.forEach((c, i) => cellOf.set(`${cells[0]}|${head[i]}`, c));
    }
    const { rows } = readCsv(new Uint8Array(readFileSync(target(`/villages/${code}/chart-income.csv`))));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const shown = cellOf.get(`${r.year}|${r.income_type}`);
      if (shown === undefined) continue; // a year with income by type but no total has no table row
      expect(Number(shown.replace(/,/g, '')), `${r.year} ${r.income_type}`).toBe(Number(r.amount_yuan));
    }
    expect(rows.some((r) => cellOf.has(`${r.year}|${r.income_type}`))).toBe(true);
  });

  test('every page that shows synthetic figures says so: a banner and a badge beside the figures', () => {
    const m = buildSiteModel(readDataset('data').data);
    for (const v of m.villages) {
      for (const prefix of ['', 'en/']) {
        const s = read(join(DIST, prefix, 'villages', v.village.code, 'index.html'));
        if (v.synthetic.any) {
          expect(s, v.village.code).toContain('class="banner"');
          expect(s, v.village.code).toMatch(/class="syn"[^>]*>(演示数据|synthetic)</);
        } else {
          expect(s, v.village.code).not.toContain('class="banner"');
        }
      }
    }
  });
});
