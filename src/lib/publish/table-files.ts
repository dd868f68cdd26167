/** One table as published: CSV (the data package's own format) and JSON (an array of row objects). */
import Papa from 'papaparse';
import type { TableDef } from '../../schemas/table.ts';
import { fieldNames, jsonRow, type CellRow } from './cells.ts';

const utf8 = new TextEncoder();

/** UTF-8 without BOM, LF line ends, RFC 4180 quoting, header = field names: the same writer as data/. */
export function tableCsv(table: TableDef<any>, rows: readonly CellRow[]): string {
  const fields = fieldNames(table);
  return csvText(fields, rows.map((r) => fields.map((f) => r[f] ?? '')));
}

/** Header + rows of cell text → CSV ending in exactly one LF (also when there are no rows). */
export function csvText(fields: readonly string[], data: readonly (readonly string[])[]): string {
  const body = Papa.unparse({ fields: [...fields], data: data.map((r) => [...r]) }, { newline: '\n', quotes: false, escapeFormulae: false });
  return body.endsWith('\n') ? body : `${body}\n`;
}

/** `[` a row object a line `]`: loads directly in pandas (read_json), R (jsonlite) and DuckDB (read_json). */
export function tableJson(table: TableDef<any>, rows: readonly CellRow[]): string {
  if (rows.length === 0) return '[]\n';
  return `[\n${rows.map((r) => JSON.stringify(jsonRow(table, r))).join(',\n')}\n]\n`;
}

export const bytesOf = (text: string) => utf8.encode(text);
