/**
 * One table's CSV after an import, as an editor writing it by hand in canonical form would leave
 * it: a row whose key the sheet holds is replaced where it stands, a new row goes at the end, a
 * row marked for deletion goes, and every other line stays byte for byte as it was (so the
 * correction of one amount changes one line). A row the sheet holds unchanged keeps its line too.
 *
 * A cell that holds what the site publishes in place of the stored value (a withheld name
 * "(姓名不公开)", a masked name 李*龙: templates are made from the published data) keeps the
 * stored value: sending back a template never overwrites a name with its placeholder.
 */
import type { Field } from '../../schemas/fields.ts';
import { tables, tableNames, type Dataset, type TableName } from '../../schemas/index.ts';
import { finding } from '../../schemas/problem.ts';
import type { TableDef } from '../../schemas/table.ts';
import Papa from 'papaparse';
import { decodeCsv } from '../decode.ts';
import { readCsv } from '../read-csv.ts';
import { cellRows, publishable } from '../publish/cells.ts';
import type { MatchedSheet } from './header.ts';
import type { InputRow } from './input.ts';
import { located, type Located } from './located.ts';

export interface Edit {
  matched: MatchedSheet;
  row: InputRow;
  /** Cell text by field, converted from the sheet. */
  cells: Record<string, string>;
  delete: boolean;
}

export interface MergedTable {
  text: string;
  /** By 1-based line of `text`: the sheet row the line came from, or null for a line of the data file. */
  origins: (Edit | null)[];
  added: number;
  replaced: number;
  deleted: number;
  problems: Located[];
}

const fieldsOf = (def: TableDef<any>) => def.fields as Record<string, Field<any>>;

/** The canonical text of a cell (`2360000.5` → `2360000.50`), or the text itself when it does not parse. */
export function canonicalCell(field: Field<any>, text: string): string {
  const r = field.parseCell?.(text);
  return r?.ok ? field.format(r.value) : text;
}

export const csvLine = (cells: readonly string[]) => Papa.unparse([cells as string[]], { newline: '\n', quotes: false, escapeFormulae: false });

/** What the site publishes for a stored row (names withheld, and masked when a build masks them). */
function publishedForms(name: TableName, def: TableDef<any>, cells: Record<string, string>): Record<string, string>[] {
  const fields = fieldsOf(def);
  const row: Record<string, unknown> = {};
  for (const [f, field] of Object.entries(fields)) {
    const r = field.parseCell?.(cells[f] ?? '');
    if (!r?.ok) return [];
    row[f] = r.value;
  }
  const data = Object.fromEntries(tableNames.map((n) => [n, n === name ? [row] : []])) as unknown as Dataset;
  return [publishable(data), publishable(data, { maskNames: true })].map((d) => cellRows(def, d[name])[0]!).filter(Boolean);
}

export function mergeTable(name: TableName, current: Uint8Array | undefined, edits: readonly Edit[], file: string): MergedTable {
  const def = tables[name] as TableDef<any>;
  const fields = fieldsOf(def);
  const expected = Object.keys(fields);
  const text = current ? decodeCsv(current, file).text : '';
  const csv = readCsv(text, expected);
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const out: MergedTable = { text: '', origins: [null], added: 0, replaced: 0, deleted: 0, problems: [] };

  const keyOf = (cells: Record<string, string>) => def.primaryKey.map((k) => cells[k] ?? '').join('\u0000');
  const header = csv.header;
  const index = new Map<string, number>((header?.cells ?? []).map((c, i) => [c.trim(), i]));
  // the data file's records: their lines, cells and keys
  const records = (header ? csv.records : []).map((r, i, all) => {
    const end = (all[i + 1]?.line ?? lines.length + 1) - 1;
    const cells = Object.fromEntries(expected.map((f) => [f, index.has(f) ? (r.cells[index.get(f)!] ?? '') : '']));
    return { lines: lines.slice(r.line - 1, end), cells, key: r.malformed ? null : keyOf(cells) };
  });
  const byKey = new Map<string, number>();
  records.forEach((r, i) => r.key !== null && !byKey.has(r.key) && byKey.set(r.key, i));

  // the new text of each data record (undefined: unchanged; null: deleted), and rows to add
  const replaced = new Map<number, { line: string; edit: Edit }>();
  const deleted = new Set<number>();
  const appended: { line: string; edit: Edit }[] = [];
  const seen = new Set<string>();
  for (const edit of edits) {
    const key = keyOf(edit.cells);
    const at = byKey.get(key);
    const where = { file: edit.matched.sheet.file, sheet: edit.matched.sheet.sheet, row: edit.row.row, col: 0 };
    if (edit.delete) {
      if (at === undefined || deleted.has(at))
        out.problems.push(located(finding('import.delete-missing', `要删除的行不存在:${def.primaryKey.map((k) => `${k}=${edit.cells[k]}`).join(', ')}`, `there is no row to delete with ${def.primaryKey.map((k) => `${k}=${edit.cells[k]}`).join(', ')}`, { zh: `检查 ${def.primaryKey.join('、')} 是否与 ${file} 中的行一致`, en: `check that ${def.primaryKey.join(', ')} match a row of ${file}` }), where));
      else {
        deleted.add(at);
        replaced.delete(at);
      }
      continue;
    }
    const cells = { ...edit.cells };
    if (at !== undefined && !seen.has(key)) {
      const stored = records[at]!.cells;
      for (const published of publishedForms(name, def, stored))
        for (const f of expected) if (cells[f] !== stored[f] && published[f] !== stored[f] && cells[f] === published[f]) cells[f] = stored[f]!;
    }
    const canonical = expected.map((f) => canonicalCell(fields[f]!, cells[f] ?? ''));
    if (at !== undefined && !seen.has(key) && !deleted.has(at)) {
      seen.add(key);
      const stored = expected.map((f) => canonicalCell(fields[f]!, records[at]!.cells[f] ?? ''));
      if (stored.join('\u0000') !== canonical.join('\u0000')) replaced.set(at, { line: csvLine(canonical), edit });
      else replaced.set(at, { line: records[at]!.lines.join('\n'), edit });
    } else {
      // a new row, or the same key a second time (left for the validator to call a duplicate)
      seen.add(key);
      appended.push({ line: csvLine(canonical), edit });
    }
  }

  const outLines: string[] = [];
  const push = (textOfRecord: string, origin: Edit | null) => {
    for (const l of textOfRecord.split('\n')) {
      outLines.push(l);
      out.origins.push(origin);
    }
  };
  push(header ? lines.slice(0, csv.records[0]?.line ? csv.records[0].line - 1 : lines.length).join('\n') : expected.join(','), null);
  records.forEach((r, i) => {
    if (deleted.has(i)) return out.deleted++;
    const re = replaced.get(i);
    if (!re) return push(r.lines.join('\n'), null);
    if (re.line !== r.lines.join('\n')) out.replaced++;
    push(re.line, re.edit);
  });
  for (const a of appended) {
    out.added++;
    push(a.line, a.edit);
  }
  out.text = `${outLines.join('\n')}\n`;
  return out;
}
