/**
 * An import, as a pure function: what an editor sent (.xlsx workbooks, .csv files) and the bytes
 * of the data package → the package after the import, validated as a whole, with every problem
 * located where the editor can find it (the workbook's sheet and cell, the CSV's line and column),
 * or in the data file when the import did not touch that row. `npm run import` writes the result
 * when there is no error; the /check/ page shows it and writes nothing.
 *
 * Rows are matched by primary key: a row whose key is in the data replaces it, a new key adds a
 * row, and only a row marked in a `delete` column is deleted.
 */
import type { Field } from '../../schemas/fields.ts';
import { tables, tableNames, type TableName } from '../../schemas/index.ts';
import { finding, type Bilingual } from '../../schemas/problem.ts';
import { fileOf, type TableDef } from '../../schemas/table.ts';
import type { RuleOptions } from '../check-rules.ts';
import { loadDataset, type LoadedDataset } from '../load-dataset.ts';
import type { XlsxWorkbook } from '../xlsx/read.ts';
import { booleanText, cellText } from './convert.ts';
import { matchSheet, type MatchedSheet } from './header.ts';
import { sheetOfCsv, sheetsOfWorkbook, type InputSheet } from './input.ts';
import { fromProblem, located, type Located, type Where } from './located.ts';
import { canonicalCell, csvLine, mergeTable, type Edit, type MergedTable } from './merge.ts';

export type ImportInput =
  | { file: string; kind: 'csv'; bytes: Uint8Array }
  | { file: string; kind: 'xlsx'; workbook: XlsxWorkbook }
  /** A file that could not be read (not a workbook, damaged): said at the file. */
  | { file: string; kind: 'unreadable'; zh: string; en: string };

export interface ImportOptions {
  /** How the data folder is named in problems (`data`). */
  dir: string;
  rules?: RuleOptions;
}

export interface TableChange {
  table: TableName;
  file: string;
  /** Rows the sheets hold for the table. */
  rows: number;
  added: number;
  replaced: number;
  deleted: number;
}

export interface NormalizedFile {
  /** The sheet (or CSV file) it was made from. */
  from: Where;
  table: TableName;
  /** A name to save it under: the table's file name. */
  name: string;
  /** UTF-8, LF, the table's columns in order, every cell that parses in its canonical form. */
  text: string;
  rows: number;
}

export interface ImportResult {
  /** Every problem, those of the editor's files first (file, sheet, row, column order), then the data files'. */
  problems: Located[];
  notes: Bilingual[];
  /** The data package after the import (every file it had, the changed tables replaced). */
  files: Map<string, Uint8Array>;
  /** File names (e.g. `credit_loans.csv`) whose bytes the import changes. */
  changed: string[];
  tables: TableChange[];
  after: LoadedDataset;
  normalized: NormalizedFile[];
}

const enc = new TextEncoder();

/** Single-field foreign keys to a table with a `name` column: such a cell may be written "code name", as the templates' lists offer it. */
function namedReferences(def: TableDef<any>): Map<string, { table: TableName; key: string }> {
  const out = new Map<string, { table: TableName; key: string }>();
  for (const fk of def.foreignKeys) {
    const target = fk.reference.resource as TableName;
    if (fk.fields.length === 1 && tables[target] && 'name' in tables[target].fields) out.set(fk.fields[0]!, { table: target, key: fk.reference.fields[0]! });
  }
  return out;
}

const CODE_NAME = /^(\d+)[ \t\u3000]+(\S.*?)\s*$/;

interface NameCheck {
  where: Where;
  table: TableName;
  key: string;
  code: string;
  name: string;
}

function readSheets(inputs: readonly ImportInput[], problems: Located[]): InputSheet[] {
  const sheets: InputSheet[] = [];
  for (const input of inputs) {
    if (input.kind === 'unreadable')
      problems.push(located(finding('xlsx.unreadable', `无法读取这个文件:${input.zh}`, `the file cannot be read: ${input.en}`, { zh: '用 Excel/WPS 另存为 .xlsx 或“CSV UTF-8(逗号分隔)”', en: 'save it as .xlsx or “CSV UTF-8 (Comma delimited)” from Excel/WPS' }), { file: input.file, sheet: null, row: 0, col: 0 }));
    else if (input.kind === 'csv') sheets.push(sheetOfCsv(input.file, input.bytes));
    else sheets.push(...sheetsOfWorkbook(input.file, input.workbook));
  }
  return sheets;
}

export function importInputs(inputs: readonly ImportInput[], current: ReadonlyMap<string, Uint8Array>, options: ImportOptions): ImportResult {
  const problems: Located[] = [];
  const notes: Bilingual[] = [];
  const sheets = readSheets(inputs, problems);
  const matched: MatchedSheet[] = [];
  for (const s of sheets) {
    problems.push(...s.problems);
    notes.push(...s.notes.map((n) => ({ zh: `${s.file}:${n.zh}`, en: `${s.file}: ${n.en}` })));
    const m = matchSheet(s);
    problems.push(...m.problems);
    notes.push(...m.notes.map((n) => ({ zh: `${s.file}:${n.zh}`, en: `${s.file}: ${n.en}` })));
    if (m.matched) matched.push(m.matched);
  }
  if (inputs.length && !matched.length && !problems.length)
    problems.push(located(finding('import.no-table', '找不到与任何表对应的表头', 'no sheet has a header row that names the columns of a table', { zh: '用网站上的模板(/data/templates/),第一行是列名', en: 'use a template from the site (/data/templates/): the first row is the column names' }), { file: inputs[0]!.file, sheet: null, row: 0, col: 0 }));

  // cells → CSV text, sheet by sheet
  const edits = new Map<TableName, Edit[]>();
  const badCells = new Set<string>();
  const cellKey = (w: Where) => `${w.file}\u0000${w.sheet}\u0000${w.row}\u0000${w.col}`;
  const nameChecks: NameCheck[] = [];
  const normalized: NormalizedFile[] = [];
  for (const m of matched) {
    const def = tables[m.table] as TableDef<any>;
    const fields = def.fields as Record<string, Field<any>>;
    const refs = namedReferences(def);
    const list = edits.get(m.table) ?? [];
    edits.set(m.table, list);
    const shown: string[][] = [];
    for (const row of m.rows) {
      const at = (col: number): Where => ({ file: m.sheet.file, sheet: m.sheet.sheet, row: row.cellRows?.[col - 1] ?? row.row, col });
      const cells: Record<string, string> = {};
      const display: string[] = [];
      for (const [f, field] of Object.entries(fields)) {
        const col = m.columns.get(f)!;
        const value = row.cells[col - 1] ?? null;
        const r = cellText(value, field, m.sheet.date1904);
        if (!r.ok) {
          problems.push(located(r.problem, at(col)));
          badCells.add(cellKey(at(col)));
          cells[f] = '';
          display.push(value?.kind === 'error' ? value.text : value?.kind === 'text' ? value.text : '');
          continue;
        }
        let text = r.text;
        const ref = refs.get(f);
        const named = ref ? CODE_NAME.exec(text) : null;
        if (ref && named) {
          text = named[1]!;
          nameChecks.push({ where: at(col), table: ref.table, key: ref.key, code: text, name: named[2]! });
        }
        cells[f] = text;
        display.push(canonicalCell(field, text));
      }
      let del = false;
      if (m.deleteColumn !== null) {
        const v = row.cells[m.deleteColumn - 1] ?? null;
        const t = v === null ? '' : v.kind === 'boolean' ? String(v.value) : v.kind === 'text' ? booleanText(v.text.trim()) : v.kind === 'number' ? String(v.value) : v.text;
        if (t === 'true' || t === '删除') del = true;
        else if (t !== '' && t !== 'false')
          problems.push(located(finding('import.delete-value', `delete 列写的是“${t}”`, `the delete column holds "${t}"`, { zh: '要删除这一行就写“是”,否则留空', en: 'write 是 (or TRUE) to delete the row; leave it empty otherwise' }), at(m.deleteColumn)));
      }
      // a row holding nothing but an empty delete mark is no row
      if (!del && Object.values(cells).every((c) => c === '') && !display.some(Boolean)) continue;
      list.push({ matched: m, row, cells, delete: del });
      if (!del) shown.push(display);
    }
    const header = Object.keys(fields);
    normalized.push({
      from: { file: m.sheet.file, sheet: m.sheet.sheet, row: 0, col: 0 },
      table: m.table,
      name: fileOf(def),
      text: [csvLine(header), ...shown.map(csvLine)].join('\n') + '\n',
      rows: shown.length,
    });
  }

  // the tables after the import, and the package validated as a whole
  const files = new Map(current);
  const merged = new Map<TableName, MergedTable>();
  const changes: TableChange[] = [];
  for (const name of tableNames) {
    const list = edits.get(name);
    if (!list) continue;
    const file = fileOf(tables[name]);
    const m = mergeTable(name, current.get(file), list, `${options.dir}/${file}`);
    merged.set(name, m);
    problems.push(...m.problems);
    files.set(file, enc.encode(m.text));
    changes.push({ table: name, file, rows: list.length, added: m.added, replaced: m.replaced, deleted: m.deleted });
  }
  const after = loadDataset(files, options.dir, options.rules);

  for (const c of nameChecks) {
    const row = (after.data[c.table] as Record<string, unknown>[]).find((r) => r[c.key] === c.code);
    if (row && row.name !== c.name)
      problems.push(located(finding('import.code-name', `代码 ${c.code} 是“${String(row.name)}”,不是“${c.name}”`, `the code ${c.code} is "${String(row.name)}", not "${c.name}"`, { zh: '从下拉列表中重新选择,或只写代码', en: 'pick it again from the drop-down list, or write the code alone' }), c.where));
  }

  // the validator's problems, moved to the sheet row and column they came from
  const byFile = new Map([...merged].map(([name, m]) => [`${options.dir}/${fileOf(tables[name])}`, { name, m }]));
  const fromData: Located[] = [];
  for (const p of after.problems) {
    const hit = byFile.get(p.file);
    const edit = hit?.m.origins[p.line];
    if (!hit || !edit) {
      fromData.push(fromProblem(p));
      continue;
    }
    const field = Object.keys(tables[hit.name].fields)[p.column - 1];
    const col = field ? edit.matched.columns.get(field)! : 0;
    const where: Where = { file: edit.matched.sheet.file, sheet: edit.matched.sheet.sheet, row: col ? (edit.row.cellRows?.[col - 1] ?? edit.row.row) : edit.row.row, col };
    if (badCells.has(cellKey(where))) continue;
    let first = p.line;
    while (first > 1 && hit.m.origins[first - 1] === edit) first--;
    let last = p.line;
    while (hit.m.origins[last + 1] === edit) last++;
    const text = hit.m.text.split('\n').slice(first - 1, last).join('\n');
    problems.push({ ...fromProblem(p), where, ...(p.code.startsWith('privacy.') ? {} : { csvLine: { file: p.file, line: first, text } }) });
  }
  const order = new Map(sheets.map((s, i) => [`${s.file}\u0000${s.sheet}`, i]));
  problems.sort((a, b) => (order.get(`${a.where.file}\u0000${a.where.sheet}`) ?? 0) - (order.get(`${b.where.file}\u0000${b.where.sheet}`) ?? 0) || a.where.row - b.where.row || a.where.col - b.where.col || a.code.localeCompare(b.code));
  const changed = [...merged.keys()].map((n) => fileOf(tables[n])).filter((f) => {
    const a = current.get(f);
    const b = files.get(f)!;
    return !a || a.length !== b.length || a.some((x, i) => x !== b[i]);
  });
  return { problems: [...problems, ...fromData], notes, files, changed, tables: changes, after, normalized };
}
