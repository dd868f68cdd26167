/**
 * The search page's script: reads the query and filters from the URL, asks the Pagefind index of
 * the page's language, shows results (title, kind, township, highlighted excerpt) and filter
 * checkboxes with counts, announces the number of results in a live region, and keeps the URL in
 * step (?q=拉巴支&kind=村(社区)&township=石鼓镇) so a search can be shared and the back button works.
 * Loaded as an external module (the Content-Security-Policy forbids inline scripts).
 */

import { Bundles } from './merge-bundles.ts';
import { countiesOfResults, holdsLiterally } from '../lib/search-bundles.ts';
import { joinHanSpaces } from '../lib/search-terms.ts';
import type { SearchStrings } from '../site/search-strings.ts';

const GROUPS = ['kind', 'township', 'year', 'band'] as const;
type Group = (typeof GROUPS)[number];
type Selected = Record<Group, string[]>;

/** The words the page hands over (src/site/search-strings.ts builds them). */
type Strings = Pick<SearchStrings, 'filters' | 'groups' | 'order' | 'prompt' | 'loading' | 'widening' | 'everywhere' | 'found' | 'foundOne' | 'none' | 'failed' | 'more' | 'clear'>;

interface PagefindResultData {
  url: string;
  excerpt: string;
  content?: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}

/** Ranking: a name typed in full beats a longer word it is the start of; long pages weigh less. */
const RANKING = { termSimilarity: 6.0, pageLength: 0.2, termSaturation: 1.2, termFrequency: 1.0 };
const PAGE_SIZE = 10;
/** How many of the best results are checked for an exact name match, to be shown first (the first page: their data is loaded anyway). */
const EXACT_LOOKAHEAD = PAGE_SIZE;
/**
 * An index split by county: a query merges the bundle of the county its best results lie in (of
 * the first ROUTE_LOOKAHEAD), one county a time: each costs about 18 KB (its metadata and one index
 * chunk a word), and a province's first search must stay under 150 KB. The "more counties" button
 * merges the next MORE_COUNTIES of them, then every county.
 */
const ROUTE_LOOKAHEAD = PAGE_SIZE;
const FIRST_COUNTIES = 1;
const MORE_COUNTIES = 3;
/** With no more county bundles than this, a query that finds nothing searches them all unasked. */
const AUTO_WIDEN = 8;

/** A place name without its kind (中和村委会 → 中和), to search again when the full name is typed. */
const withoutKind = (q: string) => q.replace(/(社区居委会|居民委员会|村民委员会|居委会|村委会|社区|街道|村|镇|乡)$/, '');

/** The query as place names are kept in the `names` metadata: no spaces, lower case. */
const queryKey = (q: string) => q.replace(/\s+/g, '').toLowerCase();

function readUrl(): { q: string; selected: Selected } {
  const params = new URLSearchParams(location.search);
  const selected = Object.fromEntries(GROUPS.map((g) => [g, params.getAll(g).filter(Boolean)])) as Selected;
  return { q: (params.get('q') ?? '').trim(), selected };
}

function writeUrl(q: string, selected: Selected, push: boolean) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const g of GROUPS) for (const v of selected[g]) params.append(g, v);
  const qs = params.toString();
  const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Pagefind's excerpt is escaped text with <mark> around matches: keep exactly that, nothing else. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${joinHanSpaces(html)}</p>`, 'text/html');
  const out: Node[] = [];
  for (const node of Array.from(doc.body.firstChild?.childNodes ?? [])) {
    if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent ?? ''));
    else if (node.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = node.textContent;
      out.push(m);
    } else out.push(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function sortValues(group: Group, values: string[], s: Strings): string[] {
  const order: string[] = group === 'kind' || group === 'band' ? s.order[group] : [];
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return [...values].sort((a, b) => {
    const d = rank(a) - rank(b);
    if (d) return d;
    if (group === 'year') return b.localeCompare(a);
    return a.localeCompare(b, 'zh-CN');
  });
}

async function start(root: HTMLElement) {
  const s = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const everywhere = root.querySelector<HTMLButtonElement>('[data-search-everywhere]')!;

  let { q, selected } = readUrl();
  input.value = q;
  // Keep the header's search box in step with the page's.
  const header = document.querySelector<HTMLInputElement>('header input[name="q"]');
  if (header && header !== input) header.value = q;

  let pagefind: Pagefind;
  let bundles: Bundles;
  try {
    pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
    // no web worker: its script would be 12 KB (compressed) of a first search kept small
    const options = { baseUrl: root.dataset.base ?? '/', excerptLength: 24, ranking: RANKING, noWorker: true };
    await pagefind.options(options);
    await pagefind.init();
    // shards built separately and served side by side: one search over all their indexes
    bundles = await Bundles.open(pagefind as unknown as Parameters<typeof Bundles.open>[0], root.dataset.base ?? '/', options);
  } catch {
    status.textContent = s.failed;
    root.dataset.searchState = 'failed';
    return;
  }
  // An index split by county (a province) shows no filter checkboxes: listing their values would
  // load every filter of every county (1,461 townships for Yunnan). Filters in the URL still apply.
  const all = bundles.split ? {} : await pagefind.filters();
  const groups = GROUPS.filter((g) => Object.keys(all[g] ?? {}).length > 0);

  // Filter checkboxes, one fieldset per group; counts are refreshed after each search.
  const boxes = new Map<string, { input: HTMLInputElement; count: HTMLElement; item: HTMLElement }>();
  const key = (g: Group, v: string) => `${g}\u0000${v}`;
  for (const g of groups) {
    const fs = el('fieldset');
    fs.append(el('legend', {}, s.groups[g]));
    const ul = el('ul');
    for (const v of sortValues(g, Object.keys(all[g] ?? {}), s)) {
      const id = `f-${g}-${boxes.size}`;
      const li = el('li');
      const cb = el('input', { type: 'checkbox', id, name: g, value: v });
      const count = el('span', { class: 'count' });
      const label = el('label', { for: id }, `${v} `);
      label.append(count);
      li.append(cb, label);
      ul.append(li);
      boxes.set(key(g, v), { input: cb, count, item: li });
    }
    fs.append(ul);
    filtersBox.append(fs);
  }
  const clear = el('button', { type: 'button', class: 'search-clear' }, s.clear);
  filtersBox.append(clear);
  filtersBox.hidden = groups.length === 0;

  const syncBoxes = () => {
    for (const [k, b] of boxes) {
      const [g, v] = k.split('\u0000') as [Group, string];
      b.input.checked = selected[g]?.includes(v) ?? false;
    }
    clear.hidden = !GROUPS.some((g) => selected[g].length);
  };
  const showCounts = (counts: Record<string, Record<string, number>>) => {
    for (const [k, b] of boxes) {
      const [g, v] = k.split('\u0000') as [Group, string];
      const n = counts[g]?.[v] ?? 0;
      b.count.textContent = `(${n})`;
      b.item.classList.toggle('zero', n === 0 && !b.input.checked);
    }
  };

  let run = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  /** Puts the places whose name is exactly the query (拉巴支, 拉巴支村, labazhi, lbz) first, in Pagefind's order. */
  async function exactFirst(found: PagefindResult[], query: string, filters: Record<string, unknown>): Promise<PagefindResult[]> {
    const key = queryKey(query);
    if (!key) return found;
    const head = found.slice(0, EXACT_LOOKAHEAD);
    // The segmenter may split a full name typed as a query (中和村委会) into single characters,
    // so the place can fall out of the best results; its short name finds it.
    const short = withoutKind(key);
    if (short && short !== key) {
      const again = await pagefind.search(short, { filters });
      for (const r of again?.results.slice(0, EXACT_LOOKAHEAD) ?? []) if (!head.some((h) => h.id === r.id)) head.push(r);
    }
    const datas = await Promise.all(head.map((r) => r.data()));
    const kinds = s.order.kind;
    const rank = (i: number) => {
      const k = kinds.indexOf(datas[i]?.meta.kind ?? '');
      return k < 0 ? kinds.length : k;
    };
    // Exact matches first, the wider place first (石鼓镇 before 石鼓村委会); then titles that hold
    // the query as typed (白马村 before 马白镇 for 白马); else in Pagefind's order.
    const isExact = (i: number) => (datas[i]?.meta.names ?? '').split(' ').includes(key);
    const exact = [
      ...head
        .map((r, i) => ({ r, i }))
        .filter(({ i }) => isExact(i))
        .sort((a, b) => rank(a.i) - rank(b.i) || a.i - b.i),
      ...head.map((r, i) => ({ r, i })).filter(({ i }) => !isExact(i) && holdsLiterally(datas[i]?.meta.title, query)),
    ].map(({ r }) => r);
    if (!exact.length) return found;
    const ids = new Set(exact.map((r) => r.id));
    return [...exact, ...found.filter((r) => !ids.has(r.id))];
  }

  /** Counties the current query's best results lie in, best first (an index split by county). */
  let routed: string[] = [];

  /**
   * Searches the merged indexes. Split by county: first merges the bundle of the county the best
   * results lie in (a township's page names its villages). When that finds nothing, or the search
   * has filters but no words, every county's bundle is merged if there are few; with many, the
   * "more counties" button offers it (src/lib/search-bundles.ts).
   */
  async function searchBundles(query: string, filters: Record<string, unknown>, stale: () => boolean): Promise<PagefindSearch | null> {
    let found = await pagefind.search(query || null, { filters });
    routed = [];
    if (!bundles.split || !found || stale()) return found;
    if (query) {
      // the pages that hold the query as typed point to the county first (a township's table of villages)
      const datas = await Promise.all(found.results.slice(0, ROUTE_LOOKAHEAD).map((r) => r.data()));
      const urls = [...datas.filter((d) => holdsLiterally(d.content, query)), ...datas.filter((d) => !holdsLiterally(d.content, query))].map((d) => d.url);
      routed = countiesOfResults(urls, bundles.manifest.counties, ROUTE_LOOKAHEAD);
      if (await bundles.merge(routed.slice(0, FIRST_COUNTIES))) found = await pagefind.search(query || null, { filters });
    }
    const few = Object.keys(bundles.manifest.counties).length <= AUTO_WIDEN;
    if (!found || stale() || !few || (query && found.results.length > 0) || bundles.unmerged().length === 0) return found;
    return widen(query, filters, stale, bundles.unmerged());
  }

  /** Merges these county bundles and searches again. */
  async function widen(query: string, filters: Record<string, unknown>, stale: () => boolean, codes: string[]): Promise<PagefindSearch | null> {
    status.textContent = s.widening.replace('{n}', String(codes.length));
    await bundles.merge(codes);
    return stale() ? null : pagefind.search(query || null, { filters });
  }

  /** The counties the "more counties" button merges: the next routed ones, else all the rest. */
  const nextCounties = () => {
    const left = new Set(bundles.unmerged());
    const next = routed.filter((c) => left.has(c)).slice(0, MORE_COUNTIES);
    return next.length ? next : [...left];
  };

  async function renderMore() {
    const page = results.slice(shown, shown + PAGE_SIZE);
    const datas = await Promise.all(page.map((r) => r.data()));
    const items: HTMLElement[] = [];
    for (const d of datas) {
      const li = el('li', { class: 'result' });
      const h = el('h2');
      const a = el('a', { href: d.url }, d.meta.title || d.url);
      h.append(a);
      li.append(h);
      const metaText = [...new Set([d.meta.kind, d.meta.place, d.meta.township].filter(Boolean))].join(' · ');
      if (metaText) li.append(el('p', { class: 'result-meta' }, metaText));
      const ex = el('p', { class: 'result-excerpt' });
      ex.append(...excerptNodes(d.excerpt));
      li.append(ex);
      const subs = (d.sub_results ?? []).filter((x) => x.url !== d.url && x.url.includes('#')).slice(0, 3);
      if (subs.length) {
        const ul = el('ul', { class: 'result-sub' });
        for (const sub of subs) {
          const sli = el('li');
          sli.append(el('a', { href: sub.url }, sub.title));
          ul.append(sli);
        }
        li.append(ul);
      }
      items.push(li);
    }
    list.append(...items);
    shown += page.length;
    more.hidden = shown >= results.length;
    return items;
  }

  async function search() {
    const mine = ++run;
    root.dataset.searchState = 'loading';
    const filters: Record<string, { any: string[] }> = {};
    for (const g of GROUPS) if (selected[g].length) filters[g] = { any: selected[g] };
    const hasFilters = Object.keys(filters).length > 0;
    syncBoxes();
    if (!q && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      everywhere.hidden = true;
      results = [];
      showCounts(all);
      status.textContent = s.prompt;
      root.dataset.searchState = 'done';
      return;
    }
    status.textContent = s.loading;
    const found = await searchBundles(q, filters, () => mine !== run);
    if (mine !== run || !found) return;
    results = await exactFirst(found.results, q, filters);
    if (mine !== run) return;
    shown = 0;
    list.replaceChildren();
    showCounts(found.filters);
    await renderMore();
    if (mine !== run) return;
    // split by county: the counties not searched yet can be, on request
    everywhere.hidden = !bundles.split || bundles.unmerged().length === 0;
    const n = results.length;
    status.textContent = n === 0 ? s.none.replace('{q}', q) : n === 1 ? s.foundOne : s.found.replace('{n}', String(n));
    root.dataset.searchState = 'done';
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    q = input.value.trim();
    writeUrl(q, selected, true);
    void search();
  });
  filtersBox.addEventListener('change', (e) => {
    const cb = e.target as HTMLInputElement;
    if (cb.type !== 'checkbox') return;
    const g = cb.name as Group;
    selected[g] = cb.checked ? [...new Set([...selected[g], cb.value])] : selected[g].filter((v) => v !== cb.value);
    q = input.value.trim();
    writeUrl(q, selected, true);
    void search();
  });
  clear.addEventListener('click', () => {
    for (const g of GROUPS) selected[g] = [];
    writeUrl(q, selected, true);
    void search();
    input.focus();
  });
  everywhere.addEventListener('click', async () => {
    everywhere.hidden = true;
    const codes = nextCounties();
    status.textContent = s.widening.replace('{n}', String(codes.length));
    await bundles.merge(codes);
    await search();
    list.querySelector('a')?.focus();
  });
  more.addEventListener('click', async () => {
    const items = await renderMore();
    items[0]?.querySelector('a')?.focus();
  });
  addEventListener('popstate', () => {
    ({ q, selected } = readUrl());
    input.value = q;
    void search();
  });

  await search();
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);
