/**
 * Rows of one data file, in and out: parse a canonical CSV through its table schema, sort rows by
 * the primary key, and merge freshly made rows into a file's existing rows so that the scripts
 * that write `data/` (import-real, generate-demo) each rewrite only the rows they own.
 */
import Papa from 'papaparse';
import type { RowOf, TableDef } from '../schemas/table.ts';
import { toCsv } from './write-csv.ts';

export interface RowIssue {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  column: string;
  message: string;
}

export interface ParsedRows<T extends TableDef<any>> {
  rows: RowOf<T>[];
  issues: RowIssue[];
}

/** Parses a CSV text (header row first) through the table's zod schema, row by row. */
export function parseRows<T extends TableDef<any>>(table: T, text: string): ParsedRows<T> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const issues: RowIssue[] = parsed.errors.map((e) => ({
    line: (e.row ?? 0) + 2,
    column: '',
    message: `${e.code}: ${e.message}`,
  }));
  const expected = Object.keys(table.fields);
  const got = parsed.meta.fields ?? [];
  if (expected.join(',') !== got.join(','))
    issues.push({ line: 1, column: '', message: `columns ${got.join(',')} differ from ${expected.join(',')}` });
  const rows: RowOf<T>[] = [];
  parsed.data.forEach((raw, i) => {
    const r = table.schema.safeParse(raw);
    if (r.success) rows.push(r.data as RowOf<T>);
    else
      for (const issue of r.error.issues)
        issues.push({ line: i + 2, column: String(issue.path[0] ?? ''), message: issue.message });
  });
  return { rows, issues };
}

/** Like parseRows, but throws on the first problem: for scripts reading committed files. */
export function readRows<T extends TableDef<any>>(table: T, text: string, file = `${table.name}.csv`): RowOf<T>[] {
  const { rows, issues } = parseRows(table, text);
  if (issues.length) {
    const list = issues.slice(0, 5).map((p) => `${file}:${p.line}: ${p.column} ${p.message}`).join('\n');
    throw new Error(`${file} does not parse:\n${list}`);
  }
  return rows;
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rows sorted by the table's primary key (numbers numerically, text by code point). */
export function sortRows<T extends TableDef<any>>(table: T, rows: readonly RowOf<T>[]): RowOf<T>[] {
  const key = table.primaryKey as string[];
  return [...rows].sort((a, b) => {
    for (const k of key) {
      const c = compareValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** Throws when two rows share a primary key. */
export function assertUniqueKeys<T extends TableDef<any>>(table: T, rows: readonly RowOf<T>[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = (table.primaryKey as string[]).map((f) => String((row as Record<string, unknown>)[f])).join('\u0000');
    if (seen.has(k)) throw new Error(`${table.name}: duplicate key ${k.replaceAll('\u0000', ', ')}`);
    seen.add(k);
  }
}

/**
 * The file's rows after a script rewrites the rows it owns: existing rows that `owns` rejects are
 * kept as they are, the owned ones are replaced by `fresh`; the result is sorted by primary key.
 */
export function mergeRows<T extends TableDef<any>>(
  table: T,
  existing: readonly RowOf<T>[],
  fresh: readonly RowOf<T>[],
  owns: (row: RowOf<T>) => boolean,
): RowOf<T>[] {
  const rows = [...existing.filter((r) => !owns(r)), ...fresh];
  assertUniqueKeys(table, rows);
  return sortRows(table, rows);
}

/** mergeRows on file texts: `existing` is the current file (or null when there is none). */
export function mergeCsv<T extends TableDef<any>>(
  table: T,
  existing: string | null,
  fresh: readonly RowOf<T>[],
  owns: (row: RowOf<T>) => boolean,
): string {
  const old = existing === null ? [] : readRows(table, existing);
  return toCsv(table, mergeRows(table, old, fresh, owns));
}

/** Owner test for rows whose source_id is one of `ids`. */
export const bySource =
  (...ids: string[]) =>
  (row: unknown): boolean =>
    ids.includes(String((row as { source_id?: unknown }).source_id));
