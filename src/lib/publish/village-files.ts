/**
 * One village's rows of every table, and its two download files:
 * - data.json: `{ version, village, tables: { <table>: [rows] } }`, rows as in the table JSON;
 * - data.csv: one CSV in long form, `table,row,field,value`: one line per cell of each of its
 *   rows (row = 1-based number of the row within that table in this file; an empty value means no
 *   value), so a single RFC 4180 file holds tables of different columns and pivots back into
 *   them (pandas: df.pivot(index=['table','row'], columns='field', values='value')).
 *
 * A village's rows: the village itself, its published facts (scope_code = its code), income
 * totals and income by type, red-credit loans and their follow-ups, dividends paid in it and
 * their shares, shareholdings, duty posts, and the sources those rows cite (so the synthetic
 * flag travels with them).
 */
import { tables, tableNames, type Dataset, type TableName } from '../../schemas/index.ts';
import type { TableDef } from '../../schemas/table.ts';
import { cellRows, fieldNames, jsonRow, type CellRow, type JsonRow } from './cells.ts';
import { csvText } from './table-files.ts';

export type TableRows = { [K in TableName]: Dataset[K] };

const empty = (): TableRows => Object.fromEntries(tableNames.map((n) => [n, []])) as unknown as TableRows;

/** The rows of every table that belong to one village (tables without any are empty). */
export function villageRows(data: Dataset, code: string): TableRows {
  const out = empty();
  const loans = data.credit_loans.filter((l) => l.village_code === code);
  const loanIds = new Set(loans.map((l) => l.loan_id));
  const dividends = data.dividends.filter((d) => d.village_code === code);
  const divIds = new Set(dividends.map((d) => d.distribution_id));
  out.villages = data.villages.filter((v) => v.code === code);
  out.county_facts = data.county_facts.filter((f) => f.scope_code === code);
  out.income_totals = data.income_totals.filter((r) => r.village_code === code);
  out.collective_income = data.collective_income.filter((r) => r.village_code === code);
  out.credit_loans = loans;
  out.credit_followups = data.credit_followups.filter((f) => loanIds.has(f.loan_id));
  out.dividends = dividends;
  out.dividend_shares = data.dividend_shares.filter((s) => divIds.has(s.distribution_id));
  out.shareholdings = data.shareholdings.filter((r) => r.village_code === code);
  out.duty_posts = data.duty_posts.filter((r) => r.village_code === code);
  out.sources = citedSources(data, out);
  return out;
}

/** The sources cited by some row of `rows`, in the order of the sources table. */
export function citedSources(data: Dataset, rows: TableRows): Dataset['sources'] {
  const ids = new Set<string>();
  for (const n of tableNames) if (n !== 'sources') for (const r of rows[n] as { source_id?: string }[]) if (r.source_id) ids.add(r.source_id);
  return data.sources.filter((s) => ids.has(s.id));
}

export function tableCells(rows: TableRows): Record<TableName, CellRow[]> {
  return Object.fromEntries(tableNames.map((n) => [n, cellRows(tables[n] as TableDef<any>, rows[n])])) as Record<TableName, CellRow[]>;
}

export function tablesJson(cells: Record<TableName, CellRow[]>): Record<TableName, JsonRow[]> {
  return Object.fromEntries(tableNames.map((n) => [n, cells[n].map((r) => jsonRow(tables[n] as TableDef<any>, r))])) as Record<TableName, JsonRow[]>;
}

export const LONG_COLUMNS = ['table', 'row', 'field', 'value'] as const;

/** Tables of different columns in one CSV, one line per cell: table,row,field,value. */
export function longCsv(cells: Record<TableName, CellRow[]>): string {
  const data: string[][] = [];
  for (const n of tableNames) {
    const names = fieldNames(tables[n] as TableDef<any>);
    cells[n].forEach((r, i) => {
      for (const f of names) data.push([n, String(i + 1), f, r[f] ?? '']);
    });
  }
  return csvText(LONG_COLUMNS, data);
}

/** Long CSV rows back into tables of cell rows (what a reader of data.csv does). */
export function fromLongCsv(rows: readonly Record<(typeof LONG_COLUMNS)[number], string>[]): Record<string, CellRow[]> {
  const out: Record<string, CellRow[]> = {};
  for (const r of rows) {
    const list = (out[r.table] ??= []);
    const i = Number(r.row) - 1;
    (list[i] ??= {})[r.field] = r.value;
  }
  return out;
}

export function villageJson(version: string, cells: Record<TableName, CellRow[]>) {
  const t = tablesJson(cells);
  return { version, village: t.villages[0] ?? null, tables: t };
}
