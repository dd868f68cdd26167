import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_WEIGHTS, extractRecords, isIndexedPage, pageUrl, pickRecords, recordHtml } from '../src/lib/search-records.ts';
import { indexSearch, type IndexSummary } from '../scripts/index-search.ts';

const fixture = 'tests/fixtures/search-site';

describe('which built pages are indexed', () => {
  it.each([
    ['index.html', true],
    ['villages/530721102211/index.html', true],
    ['en/villages/530721102211/index.html', true],
    ['villages/530721102211/print/index.html', false],
    ['search/index.html', false],
    ['en/search/index.html', false],
    ['404.html', false],
    ['data/v1/villages.csv', false],
  ])('%s → %s', (rel, yes) => expect(isIndexedPage(rel)).toBe(yes));

  it('links to the directory, not to index.html', () => {
    expect(pageUrl('villages/530721102211/index.html')).toBe('/villages/530721102211/');
    expect(pageUrl('index.html')).toBe('/');
  });
});

describe('records: one loan or distribution as its own result', () => {
  const html = readFileSync(join(fixture, 'villages/530721102211/index.html'), 'utf8');
  const records = extractRecords(html, '/villages/530721102211/');
  it('links the loan to its row on the village page, with its filters', () => {
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      url: '/villages/530721102211/#loan-L-S1-LFL',
      lang: 'zh-CN',
      published: true,
      meta: { title: '李飞龙 · 红色信贷 10万元', kind: '红色信贷', place: '拉巴支村委会', township: '石鼓镇' },
      filters: { kind: ['红色信贷'], township: ['石鼓镇'], year: ['2007'] },
    });
  });
  it('writes a record as a page whose title is the record’s, with its filters', () => {
    const html = recordHtml({ ...records[0]!, published: true });
    expect(html).toContain(`<h1 data-pagefind-weight="${RECORD_WEIGHTS.title}">李飞龙 · 红色信贷 10万元</h1>`);
    expect(html).toContain(`<p data-pagefind-weight="${RECORD_WEIGHTS.published}">`);
    expect(RECORD_WEIGHTS.published).toBeGreaterThan(RECORD_WEIGHTS.synthetic);
    expect(html).toContain('data-pagefind-filter="year:2007"');
    expect(html).toContain('data-pagefind-meta="township:石鼓镇"');
  });
  it('keeps one record per id and language, the village page’s', () => {
    const credit = extractRecords(readFileSync(join(fixture, 'credit/index.html'), 'utf8'), '/credit/');
    const picked = pickRecords([...credit, ...records]);
    expect(picked.map((r) => r.url)).toEqual(['/villages/530721102211/#loan-L-S1-LFL']);
    expect(pickRecords([{ ...records[0]!, lang: 'en', url: '/en/villages/530721102211/#loan-L-S1-LFL' }, ...records])).toHaveLength(2);
  });
  it('indexes the row’s text but not what the page marks data-pagefind-ignore', () => {
    expect(records[0]?.text).toContain('滇重楼');
    expect(records[0]?.text).not.toContain('编辑');
  });
});

describe('indexSearch over a built site', () => {
  let site: string;
  let summary: IndexSummary;
  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'search-site-'));
    cpSync(fixture, site, { recursive: true });
    summary = await indexSearch(site);
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('writes one index per page language, leaving out print sheets and the search page', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(summary.pages).toBe(4);
    // The loan on the village page and on /credit/ is one record (the village page's).
    expect(summary.records).toBe(2);
    expect(entry.languages['en'].page_count).toBe(1);
  });
  it('ships the search library but not Pagefind’s ready-made UIs, nor its worker (the page runs without it)', () => {
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/pagefind-worker.js'))).toBe(false);
    expect(existsSync(join(site, 'pagefind/pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(site, 'pagefind/pagefind-component-ui.js'))).toBe(false);
  });
  it('indexes pages only when asked to leave records out', async () => {
    const pagesOnly = await indexSearch(site, { records: false });
    expect(pagesOnly).toMatchObject({ pages: 4, records: 0 });
    await indexSearch(site);
  });
  it('gives the same files for the same input', async () => {
    const first = readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8');
    await indexSearch(site);
    expect(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(first);
  });
});
