/**
 * The check page's work, loaded when the first file is chosen: the same loader, validator and
 * import as the command line (src/lib), run in the browser on the chosen files. Nothing here
 * touches the network but the caller's `fetchTable` (the site's own /data/latest/ files).
 *
 * - A whole data package (the page's box ticked): exactly `npm run validate` on those files.
 * - Otherwise each .csv or .xlsx is what `npm run import -- FILE --check` does with it against
 *   the site's current data: rows matched by key, the whole package validated, every problem
 *   located in the file (sheet and cell, or line and column).
 */
import { tableNames } from '../schemas/index.ts';
import { fileOf } from '../schemas/table.ts';
import { classifyConversion, conversionLine } from '../lib/conversion.ts';
import { loadDataset } from '../lib/load-dataset.ts';
import { fromProblem, type Located } from '../lib/import/located.ts';
import { importInputs, type ImportInput } from '../lib/import/run.ts';
import type { Bilingual } from '../schemas/problem.ts';
import { defaultRuleOptions } from '../lib/check-rules.ts';
import { parseChangelog } from '../lib/changelog.ts';

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface Download {
  name: string;
  text: string | Uint8Array;
  label: Bilingual;
}

export interface CheckResult {
  /** Problems located in the chosen files. */
  problems: Located[];
  /** Problems in rows of the site's data that the files' rows cause (not in the files). */
  others: Located[];
  notes: Bilingual[];
  /** Rows read per table, for the "no problems" line. */
  rows: { table: string; rows: number }[];
  /** Said instead of the problems when the conversion alone fixes them all. */
  conversion: Bilingual | null;
  downloads: Download[];
}

export const DIR = 'data';

/**
 * A whole package: the validator's own result, with the folder's name taken off the file names.
 * Dates are measured against the package's own build date, as `npm run validate` does: the newest
 * version in its CHANGELOG.md when it is among the files, else the site's (`today`).
 */
function checkPackage(files: ChosenFile[], today: string | undefined): CheckResult {
  const map = new Map(files.map((f) => [f.name, f.bytes]));
  const changelog = files.find((f) => f.name === 'CHANGELOG.md');
  const date = changelog ? parseChangelog(new TextDecoder().decode(changelog.bytes))[0]?.date : today;
  const { problems, loaded } = loadDataset(map, DIR, { ...defaultRuleOptions, today: date });
  const conv = classifyConversion(map, DIR);
  const located = problems.map((p) => fromProblem({ ...p, file: p.file.replace(/^data\//, '') }));
  const skipped = files.filter((f) => !/\.csv$/i.test(f.name) && f.name !== 'CHANGELOG.md').map((f) => f.name);
  return {
    problems: located,
    others: [],
    notes: skipped.length ? [{ zh: `完整数据包只检查 .csv 文件,未检查:${skipped.join('、')}`, en: `a whole data package is its .csv files: not checked: ${skipped.join(', ')}` }] : [],
    rows: tableNames.filter((n) => map.has(fileOf({ name: n }))).map((n) => ({ table: n, rows: loaded[n].raw.length })),
    conversion: conv.onlyConversion ? conversionLine(conv) : null,
    downloads: [...conv.converted].map(([name, bytes]) => ({ name, text: bytes, label: { zh: '转换后的文件', en: 'converted file' } })),
  };
}

/** `today`: the build date of the site's data (its version's date), as the command line takes it from data/CHANGELOG.md. */
export async function checkFiles(files: ChosenFile[], whole: boolean, fetchTable: (file: string) => Promise<Uint8Array>, today?: string): Promise<CheckResult> {
  if (whole) return checkPackage(files, today);
  const inputs: ImportInput[] = [];
  for (const f of files) {
    if (/\.csv$/i.test(f.name)) inputs.push({ file: f.name, kind: 'csv', bytes: f.bytes });
    else {
      const { readXlsx, XlsxError } = await import('../lib/xlsx/read.ts');
      try {
        inputs.push({ file: f.name, kind: 'xlsx', workbook: readXlsx(f.bytes) });
      } catch (e) {
        if (!(e instanceof XlsxError)) throw e;
        inputs.push({ file: f.name, kind: 'unreadable', zh: e.zh, en: e.message });
      }
    }
  }
  const current = new Map<string, Uint8Array>();
  await Promise.all(tableNames.map(async (n) => current.set(fileOf({ name: n }), await fetchTable(fileOf({ name: n })))));
  const result = importInputs(inputs, current, { dir: DIR, rules: { ...defaultRuleOptions, today } });
  const mine = new Set(files.map((f) => f.name));
  return {
    problems: result.problems.filter((p) => mine.has(p.where.file)),
    others: result.problems.filter((p) => !mine.has(p.where.file)),
    notes: result.notes,
    rows: result.tables.filter((t) => t.rows > 0).map((t) => ({ table: t.table, rows: t.rows })),
    conversion: null,
    downloads: result.normalized.map((n) => ({
      name: n.name,
      text: n.text,
      label: { zh: `${n.from.sheet ? `${n.from.file} 的工作表 ${n.from.sheet}` : n.from.file} 转换后(${n.rows} 行)`, en: `${n.from.sheet ? `sheet ${n.from.sheet} of ${n.from.file}` : n.from.file}, converted (${n.rows} rows)` },
    })),
  };
}
