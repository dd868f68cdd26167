/**
 * Reads published files back with tools other than the ones that wrote them: csv-parse (not
 * papaparse) for CSV, exceljs for the workbook, fflate for zips. What a researcher's tools see.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { isFormulaLike } from '../../src/lib/publish/cells.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
export const text = (b: Uint8Array) => utf8.decode(b);

/** RFC 4180 CSV → header + rows of cell text, with csv-parse in strict mode. */
export function readCsv(bytes: Uint8Array): { header: string[]; rows: Record<string, string>[] } {
  const records = parse(text(bytes), { bom: false, relax_quotes: false, relax_column_count: false, skip_empty_lines: false, record_delimiter: '\n' }) as string[][];
  const [header = [], ...body] = records;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!]))) };
}

export type XlsxValue = string | number | boolean | null;

/** Every sheet of a workbook → rows of cell values (header row first). */
export async function readXlsx(bytes: Uint8Array): Promise<Map<string, XlsxValue[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  const out = new Map<string, XlsxValue[][]>();
  wb.eachSheet((ws) => {
    const rows: XlsxValue[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      rows.push(Array.from({ length: width }, (_, c) => {
        const v = row.getCell(c + 1).value;
        return v === undefined || v === null ? null : (v as XlsxValue);
      }));
    }
    out.set(ws.name, rows);
  });
  return out;
}

export const unzip = (bytes: Uint8Array) => new Map(Object.entries(unzipSync(bytes)));

export { personalNumbersIn, readableTexts } from '../../src/lib/publish/scan.ts';

/** Every cell of every CSV, JSON and workbook sheet that a spreadsheet would run as a formula. */
export async function formulaCellsIn(files: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  const bad: string[] = [];
  for (const [name, bytes] of files) {
    if (name.endsWith('.csv')) {
      const { header, rows } = readCsv(bytes);
      for (const v of [...header, ...rows.flatMap((r) => Object.values(r))]) if (isFormulaLike(v)) bad.push(`${name}: ${v}`);
    } else if (name.endsWith('.json')) {
      const walk = (v: unknown): void => {
        if (typeof v === 'string') { if (isFormulaLike(v)) bad.push(`${name}: ${v}`); }
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { walk(k); walk(x); }
      };
      walk(JSON.parse(text(bytes)));
    } else if (name.endsWith('.xlsx')) {
      for (const [sheet, rows] of await readXlsx(bytes))
        for (const v of rows.flat()) if (typeof v === 'string' && isFormulaLike(v)) bad.push(`${name}!${sheet}: ${v}`);
    }
  }
  return bad;
}
