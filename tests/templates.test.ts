/**
 * The fill-in templates, read back with exceljs (a second reader, not the writer): every table
 * has one, with the exact column names, the Chinese titles below them, both rows frozen, text
 * format on codes and ids, date format on dates, drop-downs from the vocabularies and reference
 * tables, whole numbers, date ranges, input messages in Chinese, 是/否 for booleans; the lists
 * sheet is hidden; a village's template holds its rows as published; the bytes never vary.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { publishable } from '../src/lib/publish/cells.ts';
import { ALL_TEMPLATE, tableTemplate, villageTables, villageTemplate } from '../src/lib/template/files.ts';
import { ABOUT_SHEET, LISTS_SHEET } from '../src/lib/template/template.ts';
import { readXlsx } from '../src/lib/xlsx/read.ts';
import { tables, tableNames, type TableName } from '../src/schemas/index.ts';
import type { Field } from '../src/schemas/fields.ts';
import { validFiles } from './helpers/fixture-data.ts';

const release = { version: '1.0.0', date: '2026-11-26', body: '' };
const data = publishable(loadDataset(validFiles(), 'data').data);
const CHECK = 'https://example.org/check/';

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

describe('a template for every table', () => {
  it.each(tableNames.map((n) => [n]))('%s.xlsx opens in exceljs with its names, titles, formats and validation', async (name) => {
    const wb = await open(tableTemplate(name as TableName, data, release, CHECK));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([[ABOUT_SHEET, 'visible'], [name, 'visible'], ...(wb.getWorksheet(LISTS_SHEET) ? [[LISTS_SHEET, 'hidden']] : [])]);
    const ws = wb.getWorksheet(name)!;
    const fields = Object.entries(tables[name as TableName].fields as Record<string, Field<any>>);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...fields.map(([f]) => f), 'delete']);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([...fields.map(([, f]) => f.meta.title.zh), '删除']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    fields.forEach(([f, field], i) => {
      const cell = ws.getCell(3, i + 1);
      const v = cell.dataValidation;
      expect(v.showInputMessage, f).toBe(true);
      expect(v.promptTitle).toBe(field.meta.title.zh.slice(0, 32));
      expect(v.prompt).toMatch(/[\u4e00-\u9fff]/);
      const kind = field.meta.kind;
      if (kind === 'date') {
        expect(cell.numFmt).toBe('yyyy-mm-dd');
        expect(v).toMatchObject({ type: 'date', operator: 'between' });
        expect((v.formulae![0] as Date).toISOString().slice(0, 10)).toBe('1949-10-01');
      } else if (kind === 'boolean') expect(v).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
      else if (kind === 'enum' || (tables[name as TableName].foreignKeys.some((k) => k.fields.length === 1 && k.fields[0] === f) && v.type === 'list')) expect(v.type).toBe('list');
      else if (kind === 'integer' || kind === 'year') expect(v.type).toBe('whole');
      if (/^code|^text$|^enum$/.test(kind) || f.endsWith('_id') || f === 'id') expect(cell.numFmt, f).toBe('@');
      if (kind === 'money') expect(cell.numFmt).toBe('0.00');
    });
  });

  it('the drop-downs hold the vocabularies and the reference codes with names', async () => {
    const wb = await open(tableTemplate('credit_loans', data, release, CHECK));
    const lists = new Map(wb.definedNames.model.map((n: { name: string; ranges: string[] }) => [n.name, n.ranges[0]!]));
    const ws = wb.getWorksheet('credit_loans')!;
    const values = (cell: string) => {
      const name = ws.getCell(cell).dataValidation.formulae![0] as string;
      const m = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(lists.get(name)!)!;
      const sheet = wb.getWorksheet(LISTS_SHEET)!;
      return Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) => sheet.getCell(`${m[1]}${Number(m[2]) + i}`).value);
    };
    expect(values('B3')).toEqual(data.villages.map((v) => `${v.code} ${v.name}`));
    expect(values('L3')).toEqual(tables.credit_loans.fields.industry.meta.constraints.enum);
    expect(values('Y3')).toEqual(data.sources.map((s) => s.id));
  });

  it('all.xlsx holds every table, and the same template is the same bytes every time', async () => {
    const bytes = tableTemplate(ALL_TEMPLATE, data, release, CHECK);
    expect(tableTemplate(ALL_TEMPLATE, data, release, CHECK)).toEqual(bytes);
    const wb = await open(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([ABOUT_SHEET, ...tableNames, LISTS_SHEET]);
    const about = wb.getWorksheet(ABOUT_SHEET)!;
    const text = about.getSheetValues().flat().join(' ');
    expect(text).toContain(CHECK);
    expect(text).toContain('npm run import');
  });
});

describe("a village's template", () => {
  it('holds the tables of village rows, pre-filled as published: dates as dates, money as numbers, codes with names, withheld names withheld', async () => {
    expect(villageTables()).toEqual(['sources', 'income_totals', 'collective_income', 'credit_loans', 'credit_followups', 'dividends', 'dividend_shares', 'shareholdings', 'duty_posts']);
    const bytes = villageTemplate(data, '530721205204', release, CHECK);
    const wb = await open(bytes);
    const ws = wb.getWorksheet('credit_loans')!;
    const row = ws.getRow(3);
    expect(row.getCell(1).value).toBe('L2016-0001');
    expect(row.getCell(2).value).toBe('530721205204 黎明村委会');
    expect(row.getCell(3).value).toBe('(姓名不公开)');
    expect(row.getCell(4).value).toBe('否');
    expect(row.getCell(10).value).toBe(105000.5);
    expect(row.getCell(13).value).toEqual(new Date('2016-01-29T00:00:00Z'));
    expect(ws.rowCount).toBe(3);
    // and our own reader agrees: the date is a number with a date format
    const mine = readXlsx(bytes).sheets.find((s) => s.name === 'credit_loans')!;
    expect(mine.cells.find((c) => c.row === 3 && c.col === 13)!.value).toEqual({ kind: 'number', value: 42398, format: 'yyyy-mm-dd', date: true });
  });
});
