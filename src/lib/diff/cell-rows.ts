/**
 * What changed in one table between two published versions (rows as cell text, e.g. read from
 * frozen CSVs), row by row, matched by the table's primary
 * key and compared by canonical cell text: rows added, rows removed, and for each row kept, the
 * fields whose text changed. Works across schema changes: a column only one side has counts as
 * empty on the other.
 */
export type CellRow = Record<string, string>;

export interface FieldChange {
  name: string;
  old: string;
  new: string;
}

export interface RowChange {
  /** The primary-key values, by field name. */
  key: CellRow;
  fields: FieldChange[];
}

export interface RowDiff {
  table: string;
  added: CellRow[];
  removed: CellRow[];
  changed: RowChange[];
}

export interface Keyed {
  name: string;
  primaryKey: readonly string[];
}

const keyOf = (pk: readonly string[], r: CellRow) => JSON.stringify(pk.map((k) => r[k] ?? ''));

export function diffRows(table: Keyed, oldRows: readonly CellRow[], newRows: readonly CellRow[]): RowDiff {
  const pk = table.primaryKey.length ? table.primaryKey : Object.keys(newRows[0] ?? oldRows[0] ?? {});
  const before = new Map<string, CellRow[]>();
  for (const r of oldRows) before.set(keyOf(pk, r), [...(before.get(keyOf(pk, r)) ?? []), r]);
  const added: CellRow[] = [];
  const changed: RowChange[] = [];
  for (const r of newRows) {
    const k = keyOf(pk, r);
    const olds = before.get(k);
    const o = olds?.shift();
    if (!o) {
      added.push(r);
      continue;
    }
    const names = [...new Set([...Object.keys(o), ...Object.keys(r)])];
    const fields = names.filter((n) => (o[n] ?? '') !== (r[n] ?? '')).map((n) => ({ name: n, old: o[n] ?? '', new: r[n] ?? '' }));
    if (fields.length) changed.push({ key: Object.fromEntries(pk.map((f) => [f, r[f] ?? ''])), fields });
  }
  const removed = oldRows.filter((r) => before.get(keyOf(pk, r))?.includes(r));
  return { table: table.name, added, removed, changed };
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

export const countsOf = (d: RowDiff): DiffCounts => ({ added: d.added.length, removed: d.removed.length, changed: d.changed.length });
