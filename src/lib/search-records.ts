/**
 * From built HTML to what the search index holds: which pages are indexed, the URL of each, and
 * the records (one loan, one distribution) that pages mark with `data-search-record` (see
 * searchRecordAttrs in search-terms.ts). Pure: takes HTML text, returns plain objects.
 */
import { parseHTML } from 'linkedom';

/** Pages that are not content: the search pages themselves, A4 print sheets, error pages. */
const NOT_INDEXED = [/^(en\/)?search\//, /(^|\/)print\/index\.html$/, /^(en\/)?404(\/index)?\.html$/, /^pagefind\//];

/** Whether a built file (path relative to dist, with /) goes into the index. */
export function isIndexedPage(rel: string): boolean {
  return rel.endsWith('.html') && !NOT_INDEXED.some((re) => re.test(rel));
}

/** 'villages/530721102211/index.html' → '/villages/530721102211/' (the URL without the site's base). */
export function pageUrl(rel: string): string {
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface SearchRecord {
  url: string;
  content: string;
  /** Pagefind language code: 'zh-cn', 'en'. */
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The records a page marks, each linked to url#id. Elements without an id are skipped. */
export function extractRecords(html: string, url: string): SearchRecord[] {
  if (!html.includes('data-search-record')) return [];
  const { document } = parseHTML(html);
  const language = (document.documentElement.getAttribute('lang') || 'zh-CN').toLowerCase();
  const records: SearchRecord[] = [];
  for (const el of document.querySelectorAll('[data-search-record]')) {
    const id = el.getAttribute('id');
    if (!id) continue;
    for (const ignored of el.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    const kind = squash(el.getAttribute('data-search-record'));
    const title = squash(el.getAttribute('data-search-title')) || squash(el.textContent).slice(0, 40);
    const township = squash(el.getAttribute('data-search-township'));
    const year = squash(el.getAttribute('data-search-year'));
    const meta: Record<string, string> = { title, kind };
    const filters: Record<string, string[]> = { kind: [kind] };
    if (township) {
      meta.township = township;
      filters.township = [township];
    }
    if (year) filters.year = [year];
    records.push({ url: `${url}#${id}`, content: `${title}. ${squash(el.textContent)}`, language, meta, filters });
  }
  return records;
}
