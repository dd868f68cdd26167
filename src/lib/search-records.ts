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
  /** The page's language as written in <html lang>: 'zh-CN', 'en'. */
  lang: string;
  title: string;
  text: string;
  published: boolean;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Word weights (Pagefind's data-pagefind-weight): the title like a heading; published rows above synthetic ones. */
export const RECORD_WEIGHTS = { title: 2, published: 3, synthetic: 1 };

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A record as a small HTML document for Pagefind (addHTMLFile with the record's URL): the title as
 * <h1> (Pagefind's title and a heading's weight), the text weighted by whether it was published,
 * and the record's filters and metadata.
 */
export function recordHtml(r: SearchRecord): string {
  const attrs = (name: string, entries: Record<string, string | string[]>) =>
    Object.entries(entries)
      .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `<span ${name}="${escapeHtml(`${k}:${x.replace(/,/g, ' ')}`)}"></span>`))
      .join('');
  const weight = r.published ? RECORD_WEIGHTS.published : RECORD_WEIGHTS.synthetic;
  return (
    `<!doctype html><html lang="${escapeHtml(r.lang)}"><head><title>${escapeHtml(r.title)}</title></head><body data-pagefind-body>` +
    `<h1 data-pagefind-weight="${RECORD_WEIGHTS.title}">${escapeHtml(r.title)}</h1>` +
    `<p data-pagefind-weight="${weight}">${escapeHtml(r.text)}</p>` +
    attrs('data-pagefind-filter', r.filters) +
    attrs('data-pagefind-meta', Object.fromEntries(Object.entries(r.meta).filter(([k]) => k !== 'title'))) +
    `</body></html>`
  );
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The records a page marks, each linked to url#id. Elements without an id are skipped. */
export function extractRecords(html: string, url: string): SearchRecord[] {
  if (!html.includes('data-search-record')) return [];
  const { document } = parseHTML(html);
  const lang = document.documentElement.getAttribute('lang') || 'zh-CN';
  const records: SearchRecord[] = [];
  for (const el of document.querySelectorAll('[data-search-record]')) {
    const id = el.getAttribute('id');
    if (!id) continue;
    for (const ignored of el.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    const kind = squash(el.getAttribute('data-search-record'));
    const title = squash(el.getAttribute('data-search-title')) || squash(el.textContent).slice(0, 40);
    const township = squash(el.getAttribute('data-search-township'));
    const year = squash(el.getAttribute('data-search-year'));
    const place = squash(el.getAttribute('data-search-place'));
    const meta: Record<string, string> = { title, kind };
    if (place) meta.place = place;
    const filters: Record<string, string[]> = { kind: [kind] };
    if (township) {
      meta.township = township;
      filters.township = [township];
    }
    if (year) filters.year = [year];
    const published = el.getAttribute('data-search-published') === 'true';
    records.push({ url: `${url}#${id}`, lang, title, text: squash(el.textContent), published, meta, filters });
  }
  return records;
}

/** How specific a page is for a record: a village's page before a township's before the rest. */
const specificity = (url: string) => (/^\/(en\/)?villages\//.test(url) ? 0 : /^\/(en\/)?townships\//.test(url) ? 1 : 2);

/**
 * One record per element id and language: a loan shown on its village page and again on a
 * township or programme page links to the village page (the most specific; first seen on a tie).
 */
export function pickRecords(records: Iterable<SearchRecord>): SearchRecord[] {
  const held = new Map<string, SearchRecord>();
  for (const r of records) {
    const key = `${r.lang} ${r.url.slice(r.url.indexOf('#'))}`;
    const before = held.get(key);
    if (!before || specificity(r.url) < specificity(before.url)) held.set(key, r);
  }
  return [...held.values()];
}
