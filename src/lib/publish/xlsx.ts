/**
 * The whole data package as one Excel workbook (opens in Excel and WPS): a sheet "说明 about"
 * (what, version, licence, how to cite), one sheet per table named after it with the field
 * names as header row, and a sheet "字段说明 dictionary" with each field's Chinese and English
 * title, type, unit and description.
 *
 * Cells: codes, ids, text and dates are text cells (formatted as Text, so 12-digit codes and
 * leading zeros survive Excel); integers, years, money (yuan) and percents are numbers with the
 * same value as the CSV; booleans are TRUE/FALSE; an empty CSV cell is an empty cell.
 * Deterministic: fixed document dates and zip times from the release date.
 */
import ExcelJS from 'exceljs';
import type { Field } from '../../schemas/fields.ts';
import { tables, tableNames, type TableName } from '../../schemas/index.ts';
import type { TableDef } from '../../schemas/table.ts';
import type { Release } from '../changelog.ts';
import { fieldsOf, jsonValue, type CellRow } from './cells.ts';
import { rezip } from './zip.ts';

export interface AboutLine {
  label: string;
  value: string;
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } } as const;

function addTableSheet(wb: ExcelJS.Workbook, table: TableDef<any>, rows: readonly CellRow[]) {
  const fields = fieldsOf(table);
  const ws = wb.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = fields.map(([name, f]) => ({
    key: name,
    width: Math.min(40, Math.max(10, name.length + 2, f.meta.kind === 'money' ? 14 : 0)),
    style: f.meta.type === 'string' || f.meta.type === 'date' ? { numFmt: '@' } : f.meta.kind === 'money' ? { numFmt: '0.00' } : {},
  }));
  const header = ws.getRow(1);
  fields.forEach(([name, f], i) => {
    const cell = header.getCell(i + 1);
    cell.value = name;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.note = `${f.meta.title.zh} / ${f.meta.title.en}`;
  });
  rows.forEach((r, ri) => {
    const row = ws.getRow(ri + 2);
    fields.forEach(([name, f]: [string, Field<any>], ci) => {
      const v = jsonValue(f.meta.type, r[name] ?? '');
      if (v !== null) row.getCell(ci + 1).value = v;
    });
  });
}

function addDictionary(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('字段说明 dictionary', { views: [{ state: 'frozen', ySplit: 1 }] });
  const cols = ['table', 'field', 'title_zh', 'title_en', 'type', 'unit', 'required', 'allowed_values', 'description_zh', 'description_en'];
  ws.columns = cols.map((c) => ({ key: c, width: c.startsWith('description') ? 50 : c === 'allowed_values' ? 30 : 18, style: { numFmt: '@' } }));
  ws.getRow(1).values = cols;
  ws.getRow(1).font = { bold: true };
  let i = 2;
  for (const n of tableNames) {
    const t = tables[n] as TableDef<any>;
    for (const [name, f] of fieldsOf(t)) {
      const m = f.meta;
      ws.getRow(i++).values = [t.name, name, m.title.zh, m.title.en, m.type, m.unit ?? '', m.required ? 'true' : 'false', (m.constraints.enum ?? []).join(' | '), m.description.zh, m.description.en];
    }
  }
}

export async function datasetXlsx(cells: Record<TableName, CellRow[]>, release: Release, about: readonly AboutLine[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${release.date}T00:00:00Z`);
  wb.creator = 'Open Village Ledger / 村务公开账本';
  wb.lastModifiedBy = 'Open Village Ledger / 村务公开账本';
  wb.created = when;
  wb.modified = when;
  wb.title = `玉龙纳西族自治县村务公开账本 ${release.version}`;

  const ws = wb.addWorksheet('说明 about');
  ws.columns = [{ width: 22 }, { width: 100 }];
  about.forEach((l, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = l.label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = l.value;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });

  for (const n of tableNames) addTableSheet(wb, tables[n] as TableDef<any>, cells[n]);
  addDictionary(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return rezip(new Uint8Array(buffer as ArrayBuffer), release.date);
}
