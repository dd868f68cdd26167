import { describe, expect, it } from 'vitest';
import { assignBundles, bundleOfPage, countiesOfResults, countyBundles, countyOfVillagePage, holdsLiterally, splitsByCounty } from '../src/lib/search-bundles.ts';

describe('the search index split by county', () => {
  it('keeps one index for a build of one county', () => {
    expect(splitsByCounty(['530721', '530721'])).toBe(false);
    expect(bundleOfPage('villages/530721102211/index.html', false)).toBe('');
    expect(countyBundles(['530721102211', '530721102212'])).toEqual({});
  });

  it('puts each village page, in either language, into its county’s bundle and the rest into the root', () => {
    expect(splitsByCounty(['530721', '533324'])).toBe(true);
    expect(countyOfVillagePage('en/villages/533324101001/index.html')).toBe('533324');
    expect(bundleOfPage('villages/530721102211/index.html', true)).toBe('counties/530721/');
    expect(bundleOfPage('en/villages/533324101001/index.html', true)).toBe('counties/533324/');
    for (const rel of ['index.html', 'townships/530721102/index.html', 'counties/530721/index.html', 'credit/index.html']) expect(bundleOfPage(rel, true), rel).toBe('');
  });

  it('lists the county bundles for /shards.json, in code order', () => {
    expect(countyBundles(['533324101001', '530681001001', '530681001002'])).toEqual({
      '530681': 'pagefind/counties/530681/',
      '533324': 'pagefind/counties/533324/',
    });
  });

  it('routes a query to the counties of its best results (townships, counties, villages), in order, up to a limit', () => {
    const known = { '530681': 'x', '533324': 'y', '530721': 'z' };
    const urls = ['/credit/', '/townships/533324101/', '/en/counties/530681/', '/townships/533324102/', '/villages/530721102211/#loan-1', '/townships/999999001/'];
    expect(countiesOfResults(urls, known, 5)).toEqual(['533324', '530681', '530721']);
    expect(countiesOfResults(urls, known, 2)).toEqual(['533324', '530681']);
    expect(countiesOfResults(['/'], known, 3)).toEqual([]);
  });

  it('tells the page that holds a name as typed from one that only holds its characters', () => {
    expect(holdsLiterally('各村\u200b白\u200b马\u200b村委会', '白马')).toBe(true);
    expect(holdsLiterally('马白镇', '白马')).toBe(false);
    // a township's own name forms, side by side: 马白 马白镇 … 马 白 must not read as 白马
    expect(holdsLiterally('马\u200b白 \u200b马白\u200b镇 \u200bmabai \u200b马 \u200b白', '白马')).toBe(false);
    expect(holdsLiterally('Baima  Village', 'baima village')).toBe(true);
    expect(holdsLiterally(undefined, '白马')).toBe(false);
    expect(holdsLiterally('白马', '  ')).toBe(false);
  });
});

describe('sharing the county bundles out among the indexing processes', () => {
  it('gives every bundle to one process, largest first to the least loaded, so they finish together', () => {
    const pages = new Map([['a', 10], ['b', 50], ['c', 30], ['d', 20], ['e', 40]]);
    const parts = assignBundles(pages, 2);
    expect([...parts.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const load = [0, 0];
    for (const [b, i] of parts) load[i]! += pages.get(b)!;
    expect(load).toEqual([80, 70]); // b+c and e+d+a
    expect(assignBundles(pages, 2)).toEqual(parts);
  });

  it('balances a few large counties against many small ones', () => {
    const pages = new Map([['big1', 900], ['big2', 880], ...Array.from({ length: 40 }, (_, k) => [`s${k}`, 45] as [string, number])]);
    const load = [0, 0];
    for (const [b, i] of assignBundles(pages, 2)) load[i]! += pages.get(b)!;
    expect(Math.abs(load[0]! - load[1]!)).toBeLessThanOrEqual(45);
  });
});
