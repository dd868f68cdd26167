/**
 * The CSV of exactly what a chart plots: one column per plotted channel, one line per mark.
 * Same dialect as every download (UTF-8, no BOM, LF, RFC 4180). Pass values as the chart shows
 * them in data terms (money in yuan, not fen); numbers are written as JavaScript prints them
 * (shortest exact form), null/undefined as an empty cell.
 *
 * The site's charts get their rows and columns from src/site/chart-data.ts (one function per
 * chart, shared by the page and the CSV endpoint next to it); see docs/data-api.md, "Chart data".
 */
import { displaySafe } from '../display-safe.ts';
import { isFormulaLike } from './cells.ts';
import { csvText } from './table-files.ts';
import { UnpublishableError } from './unpublishable.ts';

export interface ChartColumn<R extends object = Record<string, ChartValue>> {
  /** Header of the column: a field name of the data where there is one (year, total_yuan, ...). */
  name: string;
  /** The row property to read; defaults to `name`. */
  key?: Extract<keyof R, string>;
  /** Computes the cell from the plotted row instead (fen → yuan, a constant such as the year). */
  value?: (row: R) => ChartValue;
}

export type ChartValue = string | number | boolean | null | undefined;

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`chart value is not a finite number: ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v !== 'string') throw new Error(`chart value is not a string, number or boolean: ${JSON.stringify(v)}`);
  if (isFormulaLike(v)) throw new UnpublishableError(`chart cell starts like a spreadsheet formula: ${displaySafe(JSON.stringify(v.slice(0, 20)))}`);
  return v;
}

function read<R extends object>(row: R, c: ChartColumn<R>): unknown {
  if (c.value) return c.value(row);
  const k = c.key ?? c.name;
  if (!(k in row)) throw new Error(`chart row has no property "${k}" for column ${c.name}`);
  return (row as Record<string, unknown>)[k];
}

export function chartCsv<R extends object>(columns: readonly ChartColumn<R>[], rows: readonly R[]): string {
  const data = rows.map((r) => columns.map((c) => cell(read(r, c))));
  return csvText(columns.map((c) => c.name), data);
}

/** The Response a static endpoint returns for a CSV download. */
export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
