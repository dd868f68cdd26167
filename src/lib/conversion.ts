/**
 * Whether a data package's only problems are what the conversion of a spreadsheet's file fixes (a
 * BOM, CRLF line ends, GBK/GB18030 or UTF-16 bytes, full-width digits in numeric columns, empty
 * rows Excel leaves at the end): the files converted as `npm run normalize` converts them hold no
 * problem at all. Then a pull request, or the /check/ page, says that in one line and offers the
 * converted files, instead of a problem for every line of the file. Pure.
 */
import type { Problem } from '../schemas/problem.ts';
import { tables } from '../schemas/index.ts';
import { fileOf } from '../schemas/table.ts';
import type { RuleOptions } from './check-rules.ts';
import { loadDataset } from './load-dataset.ts';
import { normalizeCsv, type Change } from './normalize.ts';

export interface Conversion {
  /** True when there are problems and the converted files have none. */
  onlyConversion: boolean;
  /** The problems of the files as they are. */
  problems: Problem[];
  /** The files the conversion changes, converted (by file name). */
  converted: Map<string, Uint8Array>;
  /** What it changed, file by file. */
  changes: { file: string; changes: Change[] }[];
}

const byFile = new Map(Object.values(tables).map((t) => [fileOf(t), t]));

export function classifyConversion(files: ReadonlyMap<string, Uint8Array>, dir: string, options?: RuleOptions): Conversion {
  const problems = loadDataset(files, dir, options).problems;
  const converted = new Map<string, Uint8Array>();
  const changes: Conversion['changes'] = [];
  if (!problems.length) return { onlyConversion: false, problems, converted, changes };
  const after = new Map(files);
  for (const [name, bytes] of files) {
    const table = byFile.get(name);
    if (!table) continue;
    const n = normalizeCsv(bytes, table, `${dir}/${name}`);
    if (!n.changes.length) continue;
    converted.set(name, n.bytes);
    after.set(name, n.bytes);
    changes.push({ file: name, changes: n.changes });
  }
  const onlyConversion = converted.size > 0 && loadDataset(after, dir, options).problems.length === 0;
  return { onlyConversion, problems, converted, changes };
}

/** The one line said instead of every problem. */
export function conversionLine(c: Conversion): { zh: string; en: string } {
  const files = [...c.converted.keys()].join(', ');
  return {
    zh: `${c.problems.length} 个问题都只是电子表格另存时的文件格式(BOM、CRLF 换行、GBK/UTF-16 编码、全角数字),转换后全部解决:${files}`,
    en: `all ${c.problems.length} problem(s) are only the file format a spreadsheet saved (BOM, CRLF, GBK/UTF-16, full-width digits), which the conversion fixes: ${files}`,
  };
}
