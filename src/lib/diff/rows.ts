/**
 * The row-level difference between two versions of one table, keyed by the table's primary key
 * and compared by canonical cell text (`formatRow`), so that the order of the rows and the way a
 * spreadsheet wrote the file (encoding, BOM, line ends, quoting) never count as a change.
 * Pure: it is given typed rows and returns what was added, removed and changed.
 */
import type { TableName, Tables } from '../../schemas/index.ts';
import { tables } from '../../schemas/index.ts';
import { formatRow, type RowOf } from '../../schemas/table.ts';

export interface FieldChange {
  name: string;
  old: string;
  new: string;
}

export interface RowChange<R> {
  /** Primary-key values as canonical cell text, in the key's field order. */
  key: string[];
  fields: FieldChange[];
  old: R;
  new: R;
}

export interface RowsDiff<R> {
  added: R[];
  removed: R[];
  changed: RowChange<R>[];
}

export type TableRow<T extends TableName> = RowOf<Tables[T]>;

/** Canonical cell text of a row, by field name. */
export function cellsOf<T extends TableName>(table: T, row: TableRow<T>): Record<string, string> {
  const names = Object.keys(tables[table].fields);
  const cells = formatRow(tables[table], row as never);
  return Object.fromEntries(names.map((n, i) => [n, cells[i]!]));
}

/** Primary-key values of a row as canonical cell text. */
export function keyOf<T extends TableName>(table: T, row: TableRow<T>): string[] {
  const cells = cellsOf(table, row);
  return (tables[table].primaryKey as string[]).map((k) => cells[k]!);
}

/**
 * Rows by key. A key that occurs twice (the validator reports it) is kept apart by its
 * occurrence, so the second of two equal keys is compared with the other side's second.
 */
function byKey<T extends TableName>(table: T, rows: readonly TableRow<T>[]) {
  const map = new Map<string, { key: string[]; row: TableRow<T>; cells: Record<string, string> }>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(table, row);
    const k = JSON.stringify(key);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    map.set(n ? `${k}#${n}` : k, { key, row, cells: cellsOf(table, row) });
  }
  return map;
}

export function diffRows<T extends TableName>(
  table: T,
  oldRows: readonly TableRow<T>[],
  newRows: readonly TableRow<T>[],
): RowsDiff<TableRow<T>> {
  const before = byKey(table, oldRows);
  const after = byKey(table, newRows);
  const names = Object.keys(tables[table].fields);
  const out: RowsDiff<TableRow<T>> = { added: [], removed: [], changed: [] };
  for (const [k, b] of before) if (!after.has(k)) out.removed.push(b.row);
  for (const [k, a] of after) {
    const b = before.get(k);
    if (!b) {
      out.added.push(a.row);
      continue;
    }
    const fields = names.filter((n) => a.cells[n] !== b.cells[n]).map((n) => ({ name: n, old: b.cells[n]!, new: a.cells[n]! }));
    if (fields.length) out.changed.push({ key: a.key, fields, old: b.row, new: a.row });
  }
  return out;
}

export const isEmptyDiff = (d: RowsDiff<unknown>) => !d.added.length && !d.removed.length && !d.changed.length;
