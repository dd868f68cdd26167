/**
 * How the search index is split at scale. Pagefind's first query loads a metadata file that lists
 * every page of its index (136 KB for the Chinese pages of Yunnan's 14,888 villages), so one index
 * cannot give a small first search for a province. A build whose villages lie in more than one
 * county therefore writes:
 *   - the root bundle, /pagefind/: every page that is not a village's (home, counties, townships,
 *     programme pages). A township's page names its villages, so a village's name finds it;
 *   - one bundle per county, /pagefind/counties/{6-digit code}/: that county's village pages.
 * The search page opens the root bundle, and merges (Pagefind's mergeIndex) the bundles of the
 * counties its best results lie in, then every county's if that finds nothing
 * (src/scripts/search-bundles.ts). A build of one county keeps one index. Pure.
 */

/** Folder of the county bundles inside a search index folder. */
export const COUNTY_BUNDLES = 'counties';

/** The county code of a village page ('en/villages/530721102211/index.html' → '530721'), else null. */
export function countyOfVillagePage(rel: string): string | null {
  const m = /^(?:en\/)?villages\/(\d{6})\d{6}\//.exec(rel);
  return m ? m[1]! : null;
}

/** Whether a build with villages in these counties splits its index by county. */
export function splitsByCounty(villageCounties: Iterable<string>): boolean {
  return new Set(villageCounties).size > 1;
}

/** The bundle a page goes into: '' (the root) or 'counties/530721/'. */
export function bundleOfPage(rel: string, split: boolean): string {
  if (!split) return '';
  const county = countyOfVillagePage(rel);
  return county ? `${COUNTY_BUNDLES}/${county}/` : '';
}

/**
 * The county bundles of a build for /shards.json: county code → folder relative to the site's
 * base ({} when the index is not split). `villageCodes` are the 12-digit codes of its villages.
 */
export function countyBundles(villageCodes: Iterable<string>, index = 'pagefind/'): Record<string, string> {
  const counties = [...new Set([...villageCodes].map((c) => c.slice(0, 6)))].sort();
  if (!splitsByCounty(counties)) return {};
  return Object.fromEntries(counties.map((c) => [c, `${index}${COUNTY_BUNDLES}/${c}/`]));
}

/**
 * The counties whose bundles a query should open first: those of the best results, in their
 * order (a township's or county's page: the first 6 digits of its code), at most `limit`.
 */
export function countiesOfResults(urls: readonly string[], known: Readonly<Record<string, string>>, limit: number): string[] {
  const out: string[] = [];
  for (const url of urls) {
    const m = /\/(?:townships|counties|villages)\/(\d{6})\d*\//.exec(url);
    const code = m?.[1];
    if (code && code in known && !out.includes(code)) out.push(code);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Whether a result's text holds the query as typed (case, runs of spaces and the zero-width
 * breaks Pagefind puts between the words it cut ignored; real spaces kept, so 马白 马白镇 does not
 * hold 白马). The browser cuts 白马 into 白 / 马, so Pagefind also ranks 马白镇 high for it; the
 * page whose text says 白马 is the one the reader means.
 */
export function holdsLiterally(text: string | undefined, query: string): boolean {
  const key = query.trim().replace(/\s+/g, ' ').toLowerCase();
  return key.length > 0 && (text ?? '').replace(/\u200b/g, '').replace(/\s+/g, ' ').toLowerCase().includes(key);
}

/**
 * Which of `n` indexing processes takes each bundle: the largest first, each to the process with
 * the fewest pages so far (ties to the lower number), so that the processes finish together.
 * Every process computes the same answer from the same sizes.
 */
export function assignBundles(pages: ReadonlyMap<string, number>, n: number): Map<string, number> {
  const load = Array.from({ length: n }, () => 0);
  const out = new Map<string, number>();
  const order = [...pages].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  for (const [bundle, size] of order) {
    const i = load.indexOf(Math.min(...load));
    out.set(bundle, i);
    load[i]! += size;
  }
  return out;
}
