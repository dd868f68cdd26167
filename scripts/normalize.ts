/**
 * npm run normalize -- FILE...
 *
 * Converts what an editor's spreadsheet saved into the data package's form, in place: GBK or
 * UTF-16 → UTF-8, no BOM, LF line ends, half-width digits in numeric, date and code columns,
 * no empty rows at the end. It prints every change it made (中文 / English) with its line and
 * column, and "no change" when there was none. It never changes a name or a number's value;
 * run `npm run validate` afterwards for everything else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { normalizeCsv } from '../src/lib/normalize.ts';
import { tables } from '../src/schemas/index.ts';
import { fileOf } from '../src/schemas/table.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run normalize -- FILE...   (e.g. npm run normalize -- data/villages.csv)');
  process.exitCode = 2;
} else process.exitCode = normalize(files);

function normalize(files: string[]): number {
  const byFile = new Map(Object.values(tables).map((t) => [fileOf(t), t]));
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      console.error(`${file}: 无法读取 / cannot read (${(e as Error).message})`);
      failed = true;
      continue;
    }
    const result = normalizeCsv(bytes, byFile.get(basename(file)), file);
    for (const n of result.notes) console.log(`${file}: 注意 / note: ${n.zh} / ${n.en}`);
    if (result.changes.length === 0) {
      console.log(`${file}: 无需改动 / no change`);
      continue;
    }
    writeFileSync(file, result.bytes);
    for (const c of result.changes) console.log(`${file}:${c.line}:${c.column}: ${c.zh} / ${c.en}`);
    console.log(`${file}: 已改 ${result.changes.length} 处并写回 / ${result.changes.length} change(s) written`);
  }
  return failed ? 1 : 0;
}
