/**
 * Writes typed rows as the data package's CSV: UTF-8 without BOM, LF line ends, RFC 4180 quoting,
 * the table's columns in schema order, each value in its canonical cell text.
 */
import Papa from 'papaparse';
import type { RowOf, TableDef } from '../schemas/table.ts';
import { formatRow } from '../schemas/table.ts';

export function toCsv<T extends TableDef<any>>(table: T, rows: readonly RowOf<T>[]): string {
  const fields = Object.keys(table.fields);
  if (rows.length === 0) return `${Papa.unparse([fields], { newline: '\n' })}\n`;
  const body = Papa.unparse(
    { fields, data: rows.map((r) => formatRow(table, r)) },
    { newline: '\n', quotes: false, escapeFormulae: false },
  );
  return `${body}\n`;
}
