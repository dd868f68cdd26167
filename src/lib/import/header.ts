/**
 * Which table a sheet is, read from its header row: the row (among the first ten) that names the
 * most columns of one table, in any order. Every column of the table must be there; a column
 * named `delete` (or 删除) marks rows to delete; any other column is refused, at its cell. A
 * sheet whose first rows name no table (the 说明 sheet, a chart, notes) is skipped and said so.
 */
import type { Field } from '../../schemas/fields.ts';
import { tables, tableNames, type TableName } from '../../schemas/index.ts';
import { finding, type Bilingual } from '../../schemas/problem.ts';
import type { InputRow, InputSheet } from './input.ts';
import { located, type Located } from './located.ts';

/** The optional column that marks a row for deletion (`是`, `true`, `TRUE` or `删除` in it). */
export const DELETE_COLUMN = 'delete';
const DELETE_NAMES = new Set([DELETE_COLUMN, '删除']);

export interface MatchedSheet {
  sheet: InputSheet;
  table: TableName;
  headerRow: number;
  /** Column (1-based) of each field. */
  columns: Map<string, number>;
  deleteColumn: number | null;
  /** The rows below the header. */
  rows: InputRow[];
}

export interface SheetMatch {
  matched: MatchedSheet | null;
  problems: Located[];
  notes: Bilingual[];
}

const names = (r: InputRow) => r.cells.map((c) => (c?.kind === 'text' ? c.text.trim() : ''));

function best(sheet: InputSheet): { table: TableName; index: number } | null {
  let top: { table: TableName; index: number; score: number } | null = null;
  const preferred = sheet.table ?? (sheet.sheet && (tableNames as string[]).includes(sheet.sheet.trim()) ? (sheet.sheet.trim() as TableName) : undefined);
  sheet.rows.slice(0, 10).forEach((r, index) => {
    const cells = names(r).filter(Boolean);
    for (const table of tableNames) {
      const fields = Object.keys(tables[table].fields);
      const hits = cells.filter((c) => fields.includes(c)).length;
      if (hits < 2 || hits < Math.ceil(fields.length / 2)) continue;
      const extras = cells.filter((c) => !fields.includes(c) && !DELETE_NAMES.has(c)).length;
      const score = hits - extras / 2 + (table === preferred ? 0.25 : 0);
      if (!top || score > top.score) top = { table, index, score };
    }
  });
  return top;
}

export function matchSheet(sheet: InputSheet): SheetMatch {
  const out: SheetMatch = { matched: null, problems: [], notes: [] };
  const where = (row: number, col: number) => ({ file: sheet.file, sheet: sheet.sheet, row, col });
  const found = best(sheet);
  if (!found) {
    if (sheet.sheet === null)
      out.problems.push(
        located(finding('import.no-table', '找不到与任何表对应的表头', 'no header row names the columns of a table', { zh: '第一行应是列名(见数据字典或下载模板),例如 village_code,year,total_yuan,source_id,note', en: 'the first row must be the column names (see the data dictionary, or download a template), e.g. village_code,year,total_yuan,source_id,note' }), where(0, 0)),
      );
    else if (!sheet.hidden && sheet.rows.length) out.notes.push({ zh: `工作表“${sheet.sheet}”不是数据表,已跳过`, en: `sheet "${sheet.sheet}" is not a data table: skipped` });
    return out;
  }
  const table = tables[found.table];
  const fields = table.fields as Record<string, Field<any>>;
  const expected = Object.keys(fields);
  const header = sheet.rows[found.index]!;
  const columns = new Map<string, number>();
  let deleteColumn: number | null = null;
  names(header).forEach((name, i) => {
    const col = i + 1;
    const cell = header.cells[i];
    if (!cell) return;
    const label = name || (cell.kind === 'text' ? cell.text : cell.kind === 'number' ? String(cell.value) : cell.kind === 'boolean' ? String(cell.value) : cell.text);
    const at = where(header.cellRows?.[i] ?? header.row, col);
    if (DELETE_NAMES.has(name)) {
      if (deleteColumn !== null) out.problems.push(located(finding('header.duplicate', `列名“${name}”重复`, `the column "${name}" appears twice`, { zh: '删除重复的列', en: 'delete the repeated column' }), at));
      deleteColumn = col;
    } else if (name in fields) {
      if (columns.has(name)) out.problems.push(located(finding('header.duplicate', `列名“${name}”重复`, `the column "${name}" appears twice`, { zh: '删除重复的列', en: 'delete the repeated column' }), at));
      else columns.set(name, col);
    } else
      out.problems.push(
        located(
          finding('header.unknown', `未知的列名“${label}”(${table.name} 表没有这一列)`, `unknown column "${label}" (the table ${table.name} has no such column)`, {
            zh: `删除这一列,或改成数据字典中的列名:${expected.join(', ')}`,
            en: `delete the column, or name it as the data dictionary does: ${expected.join(', ')}`,
          }),
          at,
        ),
      );
  });
  for (const f of expected)
    if (!columns.has(f))
      out.problems.push(located(finding('header.missing', `缺少列 ${f}(${fields[f]!.meta.title.zh})`, `the column ${f} (${fields[f]!.meta.title.en}) is missing`, { zh: `加上 ${f} 列(顺序不限)`, en: `add the column ${f} (in any place)` }), where(header.row, 0)));
  if (found.index > 0) out.notes.push({ zh: `${sheet.sheet ?? sheet.file}:表头在第 ${header.row} 行,上方的行不是数据,已跳过`, en: `${sheet.sheet ?? sheet.file}: the header is row ${header.row}; the rows above it are not data and were skipped` });
  if (out.problems.length) return out;
  // the templates' second header row: the columns' titles
  const next = sheet.rows[found.index + 1];
  const titled = next
    ? [...columns].filter(([f, col]) => {
        const c = next.cells[col - 1];
        return c?.kind === 'text' && (c.text.trim() === fields[f]!.meta.title.zh || c.text.trim() === fields[f]!.meta.title.en);
      }).length
    : 0;
  const skip = titled >= Math.ceil(columns.size / 2) ? 2 : 1;
  out.matched = { sheet, table: found.table, headerRow: header.row, columns, deleteColumn, rows: sheet.rows.slice(found.index + skip) };
  return out;
}
