/**
 * One CSV file of the data package → typed rows and located problems. Nothing is changed
 * silently: every departure from the package's form is a problem, and rows that fail are left
 * out of the typed rows (their raw cells are kept for key checks).
 */
import type { Field } from '../schemas/fields.ts';
import { finding, type Bilingual, type Finding, type Problem } from '../schemas/problem.ts';
import { fileOf, type RowOf, type TableDef } from '../schemas/table.ts';
import { checkCell, checkCharacters } from './cell-checks.ts';
import { decodeCsv } from './decode.ts';
import { binaryKind, saveAsCsv } from './file-kind.ts';
import { readCsv } from './read-csv.ts';
import { isBlankCell } from './text-checks.ts';

export interface RawRow {
  line: number;
  /** Cell text by field name ('' for a missing column). */
  cells: Record<string, string>;
  /** Line and column of each field's cell. */
  at: Record<string, { line: number; column: number }>;
  /** Index into `rows` when the row parsed, else -1. */
  parsed: number;
  /** Fields whose cell has an error of its own (key checks leave those cells alone). */
  invalid?: string[];
}

export interface LoadedTable<T extends TableDef<any>> {
  file: string;
  rows: RowOf<T>[];
  /** Where each typed row's cells are, parallel to `rows`. */
  at: RawRow['at'][];
  raw: RawRow[];
  problems: Problem[];
  /** The table's fields that have a column in the header. */
  columns: ReadonlySet<string>;
  /** Set when the file cannot be read as the table's rows (see Unreadable). */
  unreadable?: Unreadable;
}

/**
 * Why a file's rows cannot be read as the table's rows: the file is empty or not a CSV file, its
 * quotes are broken (every row after the break is lost), or its header lacks a required column
 * (no row parses). Checks of other tables that read it are skipped, with one line each, rather
 * than reporting every row of theirs (src/lib/load-dataset.ts).
 */
export interface Unreadable {
  /** What is wrong, as the end of “FILE …” (“的表头缺少列 id” / “'s header lacks the column id”). */
  reason: Bilingual;
  /** Rows are lost, so its keys are incomplete too (else only rows fail to parse; key cells are intact). */
  rowsLost: boolean;
  /** The line to point at: the header's, or where the quotes break. */
  line: number;
}

/** Whether another table can look keys up in `t`: every key column is there and no row was lost. */
export const keysReadable = (t: Pick<LoadedTable<any>, 'columns' | 'unreadable'>, fields: readonly string[]) =>
  !t.unreadable?.rowsLost && fields.every((f) => t.columns.has(f));

const INTERNED = /^(code\d+|enum|year|boolean|date)$/;
const TOTALS = /^\s*(合计|总计|小计|共计|总和|total|sum)[::]?\s*$/i;
/** A cell with nothing but spaces in it (a control or invisible character is something: it is reported). */
const isBlank = (c: string) => c === '' || ((c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x3000 || c.charCodeAt(0) === 0xa0) && isBlankCell(c));

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/**
 * The field an unknown column name most likely means: by its Chinese or English title, or by its
 * spelling, among the fields the header lacks; else the lacking field whose place it takes
 * (`code` where sources.csv's `id` belongs is `id`, not the present `note` it is spelt like).
 */
function guessField(name: string, fields: Record<string, Field<any>>, lacking: readonly string[], position: number): string | undefined {
  const n = name.trim().toLowerCase().replace(/[()()\s]/g, '');
  for (const [k, f] of Object.entries(fields)) {
    const titles = [f.meta.title.zh, f.meta.title.en].map((t) => t.toLowerCase().replace(/[()()\s]/g, ''));
    if (titles.includes(n) || titles.some((t) => t.startsWith(n) && n.length >= 2)) return k;
  }
  const close = lacking
    .map((k) => ({ k, d: distance(n, k) }))
    .sort((a, b) => a.d - b.d)[0];
  if (close && close.d <= Math.max(2, Math.floor(close.k.length / 4))) return close.k;
  const here = Object.keys(fields)[position];
  return here !== undefined && lacking.includes(here) ? here : undefined;
}

/**
 * Where each field's cell of a record is, without an object per cell: one small object per
 * record (its line, and the line of each cell only when a cell spans lines), whose `field`
 * properties are getters shared by every record of the table. A field whose column is missing
 * points at the record's line, column 0.
 */
function positionsOf(expected: readonly string[], index: ReadonlyMap<string, number>): (line: number, cellLines?: number[]) => RawRow['at'] {
  class Where {
    _line: number;
    _cellLines: number[] | undefined;
    constructor(line: number, cellLines: number[] | undefined) {
      this._line = line;
      this._cellLines = cellLines;
    }
  }
  for (const f of expected) {
    const i = index.get(f);
    Object.defineProperty(Where.prototype, f, {
      enumerable: true,
      get(this: Where) {
        return i === undefined ? { line: this._line, column: 0 } : { line: this._cellLines?.[i] ?? this._line, column: i + 1 };
      },
    });
  }
  return (line, cellLines) => new Where(line, cellLines) as unknown as RawRow['at'];
}

export function loadTable<T extends TableDef<any>>(table: T, bytes: Uint8Array, file: string): LoadedTable<T> {
  const problems: Problem[] = [];
  const add = (f: Finding, line: number, column: number, severity: Problem['severity'] = 'error') =>
    problems.push({ ...f, file, line, column, severity });

  // a workbook or archive with a .csv name: one line saying what it is, not a cascade of decoding errors
  const binary = binaryKind(bytes);
  if (binary) {
    add(finding('file.not-csv', `这不是 CSV 文件,而是 ${binary.what.zh}`, `this is not a CSV file but ${binary.what.en}`, saveAsCsv(binary, fileOf(table))), 0, 0);
    return { file, rows: [], at: [], raw: [], problems, columns: new Set(), unreadable: { reason: { zh: '不是 CSV 文件', en: ' is not a CSV file' }, rowsLost: true, line: 0 } };
  }
  const decoded = decodeCsv(bytes, file);
  for (const f of decoded.findings) add(f, f.line, f.column);
  // Bytes that are no known encoding were decoded with U+FFFD for each bad one: encoding.unknown
  // says so once, and the cells are not also told they hold U+FFFD.
  const cellChecks = decoded.encoding === 'unknown' ? (c: string) => checkCell(c).filter((f) => f.code !== 'cell.replacement-char') : checkCell;

  const fields = table.fields as Record<string, Field<any>>;
  const expected = Object.keys(fields);
  const csv = readCsv(decoded.text, expected);
  for (const f of csv.findings) add(f, f.line, f.column);
  const out: LoadedTable<T> = { file, rows: [], at: [], raw: [], problems, columns: new Set() };
  if (!csv.header) {
    out.unreadable = { reason: { zh: '是空的', en: ' is empty' }, rowsLost: true, line: 1 };
    return out;
  }

  // Header: every expected column once, nothing else, in the schema's order.
  const header = csv.header;
  const named = new Set(header.cells.map((c) => c.trim()));
  const lackingNames = expected.filter((f) => !named.has(f));
  const index = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    for (const f of checkCharacters(cell)) if (decoded.encoding !== 'unknown' || f.code !== 'cell.replacement-char') add(f, header.line, i + 1);
    const name = cell.trim();
    if (cell !== name) add(finding('header.whitespace', `列名“${cell}”前后有空格`, `the column name "${cell}" has spaces around it`, { zh: `写成 ${name}`, en: `write ${name}` }), header.line, i + 1);
    if (index.has(name)) {
      add(finding('header.duplicate', `列名“${name}”重复`, `the column "${name}" appears twice`, { zh: `删除重复的列(第一次在第 ${index.get(name)! + 1} 列)`, en: `delete the repeated column (first at column ${index.get(name)! + 1})` }), header.line, i + 1);
      return;
    }
    if (!(name in fields)) {
      const guess = guessField(name, fields, lackingNames, i);
      add(
        finding(
          'header.unknown',
          `未知的列名“${name}”`,
          `unknown column "${name}"`,
          guess
            ? { zh: `是否应为 ${guess}(${fields[guess]!.meta.title.zh})?列名必须与数据字典一致`, en: `did you mean ${guess} (${fields[guess]!.meta.title.en})? column names must match the data dictionary` }
            : { zh: `删除此列,或见数据字典中的列名:${expected.join(', ')}`, en: `delete it; the columns are: ${expected.join(', ')}` },
        ),
        header.line,
        i + 1,
      );
    }
    index.set(name, i);
  });
  const missing = expected.filter((f) => !index.has(f));
  out.columns = new Set(expected.filter((f) => index.has(f)));
  const lacking = missing.filter((f) => fields[f]!.meta.required || table.primaryKey.includes(f));
  if (lacking.length)
    out.unreadable = {
      reason: { zh: `的表头缺少列 ${lacking.join('、')}`, en: `'s header lacks the column${lacking.length > 1 ? 's' : ''} ${lacking.join(', ')}` },
      rowsLost: false,
      line: header.line,
    };
  const brokenQuotes = csv.findings.find((f) => f.code === 'csv.quotes');
  if (header.malformed || brokenQuotes)
    out.unreadable = {
      reason: { zh: `从第 ${brokenQuotes?.line ?? header.line} 行起引号不成对`, en: `'s quotes are broken from line ${brokenQuotes?.line ?? header.line} on` },
      rowsLost: true,
      line: brokenQuotes?.line ?? header.line,
    };
  for (const m of missing)
    add(finding('header.missing', `缺少列 ${m}(${fields[m]!.meta.title.zh})`, `the column ${m} (${fields[m]!.meta.title.en}) is missing`, { zh: `在第 ${expected.indexOf(m) + 1} 列加上 ${m}`, en: `add ${m} as column ${expected.indexOf(m) + 1}` }), header.line, 0);
  const present = header.cells.map((c) => c.trim()).filter((c) => c in fields);
  if (missing.length === 0 && present.join() !== expected.join() && header.cells.length === expected.length)
    add(finding('header.order', '列的顺序与数据字典不同', 'the columns are not in the data dictionary’s order', { zh: `顺序应为:${expected.join(', ')}`, en: `the order is: ${expected.join(', ')}` }), header.line, 0);

  const where = positionsOf(expected, index);
  const cellParsers = expected.map((f) => fields[f]!.parseCell);
  const parsers = cellParsers.every(Boolean) ? (cellParsers as NonNullable<Field<any>['parseCell']>[]) : null;
  const columns = expected.map((f) => index.get(f));
  // Codes, years, dates and vocabulary repeat on many rows: keep one copy of each value, which
  // roughly halves the memory a province-scale package needs.
  const repeats = expected.map((f) => INTERNED.test(fields[f]!.meta.kind) || f === 'source_id');
  const interned = new Map<string, string>();
  for (let r = 0; r < csv.records.length; r++) {
    const rec = csv.records[r]!;
    // Let the parsed record go once it is read: rows are kept, the parser's copy is not.
    (csv.records as unknown[])[r] = undefined;
    const cells: Record<string, string> = {};
    for (let k = 0; k < expected.length; k++) {
      const i = columns[k];
      let c = i === undefined ? '' : (rec.cells[i] ?? '');
      if (repeats[k] && c.length <= 24) {
        const seen = interned.get(c);
        if (seen === undefined) interned.set(c, c);
        else c = seen;
      }
      cells[expected[k]!] = c;
    }
    const at = where(rec.line, rec.cellLines);
    const raw: RawRow = { line: rec.line, cells, at, parsed: -1 };

    if (rec.malformed) {
      // Reported by readCsv; where one cell ends and the next begins is unknown, so nothing more is said.
      out.raw.push(raw);
      continue;
    }
    if (rec.cells.every(isBlank)) {
      add(finding('row.empty', '空行', 'empty row', { zh: '删除空行(npm run normalize 会删除文件末尾的空行)', en: 'delete the empty row (npm run normalize removes trailing ones)' }), rec.line, 0);
      continue;
    }
    let totals = -1;
    for (let k = 0; k < 3 && k < rec.cells.length; k++)
      if (TOTALS.test(rec.cells[k]!)) {
        totals = k;
        break;
      }
    if (totals >= 0) {
      add(finding('row.totals', `“${rec.cells[totals]!.trim()}”行是合计行,数据文件中不应有合计`, `a totals row ("${rec.cells[totals]!.trim()}"); data files hold no totals`, { zh: '删除合计行;合计由网站计算', en: 'delete the totals row; the site computes totals' }), rec.line, totals + 1);
      continue;
    }
    if (rec.cells.length !== header.cells.length) {
      const more = rec.cells.length > header.cells.length;
      add(
        finding('row.ragged', `这一行有 ${rec.cells.length} 个单元格,表头有 ${header.cells.length} 列`, `this row has ${rec.cells.length} cells but the header has ${header.cells.length} columns`, {
          zh: more ? '检查是否有未加引号的逗号(如 1,000 或文字中的逗号)' : '补齐缺少的单元格(空的也要有逗号)',
          en: more ? 'look for an unquoted comma (as in 1,000 or inside text)' : 'add the missing cells (empty ones still need their commas)',
        }),
        rec.line,
        Math.min(rec.cells.length, header.cells.length) + 1,
      );
      out.raw.push(raw);
      continue;
    }

    // Problems every cell can have; the row still parses, so later checks see it too.
    for (let i = 0; i < rec.cells.length; i++) for (const f of cellChecks(rec.cells[i]!)) add(f, rec.cellLines?.[i] ?? rec.line, i + 1);
    if (parsers) {
      // The fast path: each field's own cell parser, which its zod schema wraps (same results).
      const row: Record<string, unknown> = {};
      let ok = true;
      for (let k = 0; k < expected.length; k++) {
        const f = expected[k]!;
        const r = parsers[k]!(cells[f]!);
        if (r.ok) row[f] = r.value;
        else {
          ok = false;
          if (columns[k] === undefined) continue;
          const where = at[f]!;
          add(r.problem, where.line, where.column);
          (raw.invalid ??= []).push(f);
        }
      }
      if (ok) {
        raw.parsed = out.rows.length;
        out.rows.push(row as RowOf<T>);
        out.at.push(at);
      }
      out.raw.push(raw);
      continue;
    }
    const result = table.schema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (missing.includes(field)) continue;
        const params = (issue as { params?: Finding }).params;
        const f = params ?? finding('cell.invalid', issue.message, issue.message);
        add(f, at[field]?.line ?? rec.line, at[field]?.column ?? 0);
        (raw.invalid ??= []).push(field);
      }
      out.raw.push(raw);
      continue;
    }
    raw.parsed = out.rows.length;
    out.rows.push(result.data as RowOf<T>);
    out.at.push(at);
    out.raw.push(raw);
  }
  return out;
}
