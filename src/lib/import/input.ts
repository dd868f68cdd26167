/**
 * What an editor sends, as sheets of cells: every sheet of an .xlsx workbook, or a .csv file
 * saved by Excel or WPS (any of GBK, UTF-16, a BOM, CRLF, `;` or tab separators, title rows:
 * converted as `npm run normalize` converts them, and said). Pure.
 */
import { tables, tableNames, type TableName } from '../../schemas/index.ts';
import type { Bilingual } from '../../schemas/problem.ts';
import { decodeCsv } from '../decode.ts';
import { readCsv } from '../read-csv.ts';
import type { XlsxValue, XlsxWorkbook } from '../xlsx/read.ts';
import { located, type Located } from './located.ts';

export interface InputRow {
  /** Spreadsheet row number, or the CSV line the record starts on. */
  row: number;
  /** Cells by column (index 0 = column 1); null = empty. */
  cells: (XlsxValue | null)[];
  /** CSV only: the line of each cell, where a quoted cell before it spans lines. */
  cellRows?: number[];
}

export interface InputSheet {
  file: string;
  /** The workbook sheet's name; null for a CSV file. */
  sheet: string | null;
  hidden: boolean;
  date1904: boolean;
  /** Rows that hold something, in order. */
  rows: InputRow[];
  /** Problems found while reading the file (malformed quotes, ragged rows, an unknown encoding). */
  problems: Located[];
  /** Conversions made while reading (encoding, BOM, line ends, separators, title rows). */
  notes: Bilingual[];
  /** For a CSV file: the table its name or header says it is. */
  table?: TableName;
}

const blank = (v: XlsxValue | null) => v === null || (v.kind === 'text' && v.text.trim() === '');

export function sheetsOfWorkbook(file: string, wb: XlsxWorkbook): InputSheet[] {
  return wb.sheets.map((s) => {
    const byRow = new Map<number, InputRow>();
    for (const c of s.cells) {
      let r = byRow.get(c.row);
      if (!r) byRow.set(c.row, (r = { row: c.row, cells: [] }));
      while (r.cells.length < c.col - 1) r.cells.push(null);
      r.cells[c.col - 1] = c.value;
    }
    const rows = [...byRow.values()].filter((r) => !r.cells.every(blank)).sort((a, b) => a.row - b.row);
    return { file, sheet: s.name, hidden: s.hidden, date1904: wb.date1904, rows, problems: [], notes: [] };
  });
}

/** The table a CSV file is: by its file name (`credit_loans.csv`, `credit_loans (1).csv`), else by the most column names in its first lines. */
export function csvTable(file: string, text: string): TableName | undefined {
  const stem = file.replace(/^.*[\\/]/, '').replace(/(\s*\(\d+\))?\.csv$/i, '').toLowerCase();
  if ((tableNames as string[]).includes(stem)) return stem as TableName;
  const lines = text.split('\n', 10).map((l) => l.split(/[,;\t]/).map((c) => c.replace(/"/g, '').trim()));
  let best: { name: TableName; score: number } | undefined;
  for (const name of tableNames) {
    const fields = Object.keys(tables[name].fields);
    for (const cells of lines) {
      const hits = cells.filter((c) => fields.includes(c)).length;
      const score = hits - cells.filter((c) => c && !fields.includes(c) && c !== 'delete').length / 2;
      if (hits >= Math.ceil(fields.length / 2) && (!best || score > best.score)) best = { name, score };
    }
  }
  return best?.name;
}

export function sheetOfCsv(file: string, bytes: Uint8Array): InputSheet {
  const decoded = decodeCsv(bytes, file);
  const sheet: InputSheet = { file, sheet: null, hidden: false, date1904: false, rows: [], problems: [], notes: [] };
  for (const f of decoded.findings) {
    if (f.code === 'encoding.unknown') sheet.problems.push(located(f, { file, sheet: null, row: f.line, col: f.column }));
    else if (f.code === 'encoding.bom') sheet.notes.push({ zh: '删除了文件开头的 BOM', en: 'removed the byte-order mark (BOM)' });
    else if (f.code === 'newline.crlf') sheet.notes.push({ zh: 'Windows(CRLF)换行 → LF', en: 'Windows (CRLF) line ends → LF' });
    else if (f.code.startsWith('encoding.')) sheet.notes.push({ zh: `编码:${decoded.encoding === 'gb18030' ? 'GBK/GB18030' : decoded.encoding.toUpperCase()} → UTF-8`, en: `encoding: ${decoded.encoding === 'gb18030' ? 'GBK/GB18030' : decoded.encoding.toUpperCase()} → UTF-8` });
  }
  const table = csvTable(file, decoded.text);
  if (table) sheet.table = table;
  const csv = readCsv(decoded.text, table ? Object.keys(tables[table].fields) : []);
  for (const f of csv.findings) {
    if (f.code === 'csv.delimiter') sheet.notes.push({ zh: `${f.zh};已按此读取`, en: `${f.en}; read as such` });
    else if (f.code === 'csv.title-row') sheet.notes.push({ zh: `第 ${f.line} 行在表头上方,不是数据,已跳过`, en: `line ${f.line} is above the header and not data: skipped` });
    else sheet.problems.push(located(f, { file, sheet: null, row: f.line, col: f.column }));
  }
  const text = (s: string): XlsxValue | null => (s === '' ? null : { kind: 'text', text: s });
  if (csv.header) sheet.rows.push({ row: csv.header.line, cells: csv.header.cells.map(text) });
  for (const r of csv.records) {
    if (r.malformed || r.cells.every((c) => c.trim() === '')) continue;
    sheet.rows.push({ row: r.line, cells: r.cells.map(text), ...(r.cellLines ? { cellRows: r.cellLines } : {}) });
  }
  return sheet;
}
