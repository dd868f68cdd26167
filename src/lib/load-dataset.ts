/**
 * The whole data package: every table loaded, keys and rules checked, every problem sorted by
 * file, line and column, the problems of files and headers first (when one of them makes a file
 * unreadable, the checks of other tables that read it are skipped, and one line each says so).
 * Pure: it is given the files' bytes and reads nothing itself.
 */
import { finding, type Problem } from '../schemas/problem.ts';
import { tables, tableNames, type Dataset, type TableName } from '../schemas/index.ts';
import { fileOf, type TableDef } from '../schemas/table.ts';
import { checkKeys } from './check-keys.ts';
import { checkRules, defaultRuleOptions, type RuleOptions } from './check-rules.ts';
import { checkPersons } from './check-persons.ts';
import { skippedChecks } from './check-skipped.ts';
import { loadTable, type LoadedTable } from './load-table.ts';

export interface LoadedDataset {
  data: Dataset;
  loaded: { [K in TableName]: LoadedTable<(typeof tables)[K]> };
  problems: Problem[];
}

/**
 * @param files bytes of each file in the data folder, by file name (`villages.csv`, ...)
 * @param dir how to name the folder in problems (e.g. `data`)
 */
export function loadDataset(files: ReadonlyMap<string, Uint8Array>, dir: string, options: RuleOptions = defaultRuleOptions): LoadedDataset {
  const problems: Problem[] = [];
  const loaded = {} as Record<TableName, LoadedTable<TableDef<any>>>;
  // a file whose name differs only in letter case (Villages.CSV) is read as its table, and said so
  const byLowerCase = new Map<string, string[]>();
  for (const name of files.keys()) byLowerCase.set(name.toLowerCase(), [...(byLowerCase.get(name.toLowerCase()) ?? []), name]);
  const misnamed = new Set<string>();
  for (const name of tableNames) {
    const wanted = fileOf(tables[name]);
    const variants = (byLowerCase.get(wanted) ?? []).filter((n) => n !== wanted);
    const actual = files.has(wanted) ? wanted : variants[0];
    for (const v of variants) {
      misnamed.add(v);
      const copy = v !== actual;
      problems.push({
        ...finding(
          'file.case',
          copy ? `${v} 与 ${wanted} 只差大小写,是它的另一个副本` : `文件名 ${v} 的大小写不对,是否应为 ${wanted}?`,
          copy ? `${v} differs from ${wanted} only in letter case: a second copy of it` : `the file name ${v} is in the wrong case: did you mean ${wanted}?`,
          copy
            ? { zh: `删除 ${v}(或把其中的行并入 ${wanted})`, en: `delete ${v} (or merge its rows into ${wanted})` }
            : { zh: `改名为 ${wanted}(全小写;在 git 中:git mv ${v} ${wanted})`, en: `rename it ${wanted} (all lower case; in git: git mv ${v} ${wanted})` },
        ),
        file: `${dir}/${v}`,
        line: 0,
        column: 0,
        severity: 'error',
      });
    }
    const file = `${dir}/${actual ?? wanted}`;
    const bytes = actual === undefined ? undefined : files.get(actual);
    if (!bytes) {
      problems.push({ ...finding('file.missing', `缺少数据文件 ${wanted}`, `the data file ${wanted} is missing`, { zh: '每张表都要有一个 CSV 文件(可以只有表头)', en: 'every table needs its CSV file (a header alone will do)' }), file, line: 0, column: 0, severity: 'error' });
    }
    loaded[name] = bytes
      ? loadTable(tables[name] as TableDef<any>, bytes, file)
      : { file, rows: [], at: [], raw: [], problems: [], columns: new Set(), unreadable: { reason: { zh: '不存在', en: ' is missing' }, rowsLost: true, line: 0 } };
    problems.push(...loaded[name].problems);
  }
  const known = new Set(tableNames.map((n) => fileOf(tables[n])));
  for (const name of files.keys())
    if (name.toLowerCase().endsWith('.csv') && !known.has(name) && !misnamed.has(name))
      problems.push({ ...finding('file.unknown', `${name} 不是数据包中的表`, `${name} is not a table of the data package`, { zh: `表有:${[...known].join(', ')}`, en: `the tables are: ${[...known].join(', ')}` }), file: `${dir}/${name}`, line: 0, column: 0, severity: 'error' });

  const data = Object.fromEntries(tableNames.map((n) => [n, loaded[n].rows])) as unknown as Dataset;
  const both = Object.fromEntries(tableNames.map((n) => [n, { def: tables[n] as TableDef<any>, loaded: loaded[n] }])) as Parameters<typeof skippedChecks>[0];
  problems.push(...checkKeys(both));
  problems.push(...checkRules(data, loaded, options, new Set(tableNames.filter((n) => loaded[n].unreadable))));
  problems.push(...checkPersons(data, loaded));
  problems.push(...skippedChecks(both));
  problems.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  return { data, loaded: loaded as unknown as LoadedDataset["loaded"], problems };
}

/**
 * Problems of files, encodings, CSV structure and headers come first (fix those, and many others
 * go), then the lines saying which checks they made skip, then the rest.
 */
const FIRST = /^(file|encoding|newline|csv|header)\./;
const rank = (p: Problem) => (FIRST.test(p.code) ? 0 : p.code === 'check.skipped' ? 1 : 2);
