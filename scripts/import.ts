/**
 * npm run import -- FILE.xlsx|FILE.csv... [--data DIR] [--check]
 *
 * A filled template (or any workbook whose sheets have a table's column names in the header row),
 * or a .csv file saved by Excel/WPS, back into the data folder (default data/): rows replaced or
 * added by primary key, rows marked in a `delete` column deleted. The whole package is validated
 * first; on any problem nothing is written and every problem is printed where the editor can find
 * it: `FILE.xlsx!sheet!C5: error[code]: 中文 / English (hint)` (a CSV: `FILE.csv:line:column: …`),
 * with the data file's line the row would have become. On success it prints what changed, as
 * `npm run diff` does, and writes only the tables that changed, in canonical form. --check prints
 * the same and writes nothing. Exit code: 0 done, 1 problems, 2 bad arguments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate, readDataFiles } from '../src/io/read-data-dir.ts';
import { makeReport } from '../src/lib/diff/report.ts';
import { renderText } from '../src/lib/diff/render.ts';
import { formatLocated } from '../src/lib/import/located.ts';
import { importInputs, type ImportInput } from '../src/lib/import/run.ts';
import { defaultRuleOptions } from '../src/lib/check-rules.ts';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { readXlsx, XlsxError } from '../src/lib/xlsx/read.ts';

const usage = 'usage: npm run import -- FILE.xlsx|FILE.csv... [--data DIR] [--check]';
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { data: { type: 'string', default: 'data' }, check: { type: 'boolean', default: false } } });
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exitCode = 2;
}

function readInput(path: string): ImportInput | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    console.error(`${path}: 无法读取 / cannot read (${(e as Error).message})`);
    return null;
  }
  const file = basename(path);
  if (/\.csv$/i.test(path)) return { file, kind: 'csv', bytes };
  try {
    return { file, kind: 'xlsx', workbook: readXlsx(bytes) };
  } catch (e) {
    if (e instanceof XlsxError) return { file, kind: 'unreadable', zh: e.zh, en: e.message };
    throw e;
  }
}

function run(paths: string[], dataDir: string, check: boolean): number {
  const dir = dataDir.replace(/\/+$/, '');
  const inputs = paths.map(readInput);
  if (inputs.some((i) => i === null)) return 2;
  let current: Map<string, Uint8Array>;
  try {
    current = readDataFiles(dir);
  } catch (e) {
    console.error(`${dir}: 无法读取数据文件夹 / cannot read the data folder (${(e as Error).message})`);
    return 2;
  }
  // dates are measured against the same build date as npm run validate (never the clock)
  const result = importInputs(inputs as ImportInput[], current, { dir, rules: { ...defaultRuleOptions, today: buildDate(dir) } });
  for (const n of result.notes) console.log(`注意 / note: ${n.zh} / ${n.en}`);
  const errors = result.problems.filter((p) => p.severity === 'error');
  for (const p of result.problems) {
    console.log(formatLocated(p));
    if (p.csvLine) console.log(`    → ${p.csvLine.file}:${p.csvLine.line}: ${p.csvLine.text.replace(/\n/g, '⏎')}`);
  }
  if (errors.length) {
    console.error(`${errors.length} 个错误,没有写入任何文件 / ${errors.length} error(s): nothing was written`);
    return 1;
  }
  for (const t of result.tables.filter((x) => x.rows > 0))
    console.error(`${t.file}: 读入 ${t.rows} 行:新增 ${t.added},修改 ${t.replaced},删除 ${t.deleted} / ${t.rows} row(s) read: ${t.added} added, ${t.replaced} changed, ${t.deleted} deleted`);
  const before = loadDataset(current, dir);
  process.stdout.write(renderText(makeReport({ label: `${dir}/`, dataset: before }, { label: `${dir}/ + ${paths.map((p) => basename(p)).join(', ')}`, dataset: result.after })));
  if (!result.changed.length) {
    console.error('没有改动,没有写入文件 / nothing changed: no file written');
    return 0;
  }
  if (check) {
    console.error(`--check:会改动 ${result.changed.join(', ')},未写入 / would change ${result.changed.join(', ')}; nothing written`);
    return 0;
  }
  for (const f of result.changed) writeFileSync(join(dir, f), result.files.get(f)!);
  console.error(`已写入 / written: ${result.changed.map((f) => `${dir}/${f}`).join(', ')}`);
  return 0;
}

if (args) {
  const paths = args.positionals.filter((p) => p !== '--');
  if (paths.length === 0) {
    console.error(usage);
    process.exitCode = 2;
  } else process.exitCode = run(paths, args.values.data!, args.values.check!);
}
