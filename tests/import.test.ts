/**
 * Excel in: a template filled as a clerk fills it (Excel's own cell types, written with exceljs:
 * dates as serial numbers with a date format, numbers as doubles with float noise, codes as
 * text, 是/否, a code picked from the drop-down "code name" list) comes back through the import
 * with only the intended lines changed; a bad cell is refused at its sheet and cell and nothing is
 * written; the conversions (numbers, dates, booleans, a CSV saved by Excel) one by one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { numberText, serialToIsoDate, cellText } from '../src/lib/import/convert.ts';
import { formatLocated } from '../src/lib/import/located.ts';
import { importInputs, type ImportInput } from '../src/lib/import/run.ts';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { publishable } from '../src/lib/publish/cells.ts';
import { villageTemplate } from '../src/lib/template/files.ts';
import { readXlsx } from '../src/lib/xlsx/read.ts';
import { tables } from '../src/schemas/index.ts';
import { toCsv } from '../src/lib/write-csv.ts';
import { dirWith, validFiles, validText } from './helpers/fixture-data.ts';

const release = { version: '1.0.0', date: '2026-11-26', body: '' };
const VILLAGE = '530721205204'; // 黎明村委会: loan L2016-0001, whose recipient is withheld
const published = publishable(loadDataset(validFiles(), 'data').data);

/** The village's template, opened in exceljs as a clerk opens it in Excel. */
async function openTemplate() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(villageTemplate(published, VILLAGE, release, 'https://example.org/check/')) as never);
  return wb;
}
const save = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
const col = (ws: ExcelJS.Worksheet, name: string) => (ws.getRow(1).values as unknown[]).indexOf(name);
const asXlsx = (file: string, bytes: Uint8Array): ImportInput => ({ file, kind: 'xlsx', workbook: readXlsx(bytes) });
const lines = (b: Uint8Array | undefined) => new TextDecoder().decode(b).replace(/\n$/, '').split('\n');

/** Sets a cell as Excel stores what a person types: a date is a serial number shown with a date format. */
function typeDate(cell: ExcelJS.Cell, serial: number, format = 'yyyy-mm-dd') {
  cell.value = serial;
  cell.numFmt = format;
}

describe('a filled template round-trips', () => {
  it('changes only the corrected line and adds the new one; withheld names and untouched rows stay byte for byte', async () => {
    const wb = await openTemplate();
    const ws = wb.getWorksheet('credit_loans')!;
    expect(ws.getCell(3, col(ws, 'loan_id')).value).toBe('L2016-0001');
    expect(ws.getCell(3, col(ws, 'recipient')).value).toBe('(姓名不公开)');
    // a correction: the amount, typed as a number (a double with float noise: 105000.5 + 0.25 + 0.1 - 0.1)
    ws.getCell(3, col(ws, 'amount_yuan')).value = 105000.5 + 0.25 + 0.1 - 0.1;
    // a new loan in row 4, as a clerk types it
    const r = 4;
    const set = (name: string, v: ExcelJS.CellValue) => (ws.getCell(r, col(ws, name)).value = v);
    set('loan_id', 'L2019-0101');
    set('village_code', `${VILLAGE} 黎明村委会`); // picked from the drop-down list
    set('recipient', '示例党员0999');
    set('recipient_public', '是');
    set('person_id', 'P-TQ9K4M');
    set('year', 2019);
    set('amount_yuan', 0.1 + 0.2 + 99999.7); // 100000.00000000001 in a double
    set('purpose', '种植滇重楼');
    set('industry', '中药材');
    typeDate(ws.getCell(r, col(ws, 'applied_on')), 43525); // 2019-03-01
    typeDate(ws.getCell(r, col(ws, 'recommended_on')), 43532.6875, 'yyyy-mm-dd hh:mm'); // 2019-03-08 16:30
    typeDate(ws.getCell(r, col(ws, 'notice_from')), 43534, 'yyyy"年"m"月"d"日"');
    typeDate(ws.getCell(r, col(ws, 'notice_to')), 43540);
    set('objections', 0);
    typeDate(ws.getCell(r, col(ws, 'decided_on')), 43549);
    set('decision', '批准');
    set('repayment', '未到期');
    set('model_household', '否');
    set('source_id', 'SYN');

    const before = validFiles();
    const result = importInputs([asXlsx('黎明.xlsx', await save(wb))], before, { dir: 'data' });
    expect(result.problems.map(formatLocated)).toEqual([]);
    expect(result.changed).toEqual(['credit_loans.csv']);
    const [a, b] = [lines(before.get('credit_loans.csv')), lines(result.files.get('credit_loans.csv'))];
    expect(b.length).toBe(a.length + 1);
    const differing = b.map((l, i) => (l === a[i] ? null : i + 1)).filter((i) => i !== null);
    expect(differing).toEqual([3, 6]);
    // the stored name is kept: the template held its published placeholder
    expect(b[2]).toBe(a[2]!.replace(',105000.5,', ',105000.75,'));
    expect(b[5]).toBe('L2019-0101,530721205204,示例党员0999,true,P-TQ9K4M,,,,2019,100000,种植滇重楼,中药材,2019-03-01,2019-03-08,2019-03-10,2019-03-16,0,2019-03-25,批准,未到期,,false,,,SYN,');
    for (const [name, bytes] of before) if (name !== 'credit_loans.csv') expect(new Uint8Array(result.files.get(name)!), name).toEqual(new Uint8Array(bytes));
    expect(loadDataset(result.files, 'data').problems).toEqual([]);
  });

  it('changes nothing when the template comes back as it was', async () => {
    const result = importInputs([asXlsx('黎明.xlsx', await save(await openTemplate()))], validFiles(), { dir: 'data' });
    expect(result.problems).toEqual([]);
    expect(result.changed).toEqual([]);
    expect(result.tables.find((t) => t.table === 'credit_loans')).toMatchObject({ rows: 1, added: 0, replaced: 0, deleted: 0 });
  });

  it('deletes a row marked 是 in the delete column, and only that row', async () => {
    const wb = await openTemplate();
    const ws = wb.getWorksheet('credit_followups')!;
    const keep = ws.getCell(3, 1).value;
    ws.getCell(3, col(ws, 'delete')).value = '是';
    const before = validFiles();
    const result = importInputs([asXlsx('t.xlsx', await save(wb))], before, { dir: 'data' });
    expect(result.problems).toEqual([]);
    const [a, b] = [lines(before.get('credit_followups.csv')), lines(result.files.get('credit_followups.csv'))];
    expect(b.length).toBe(a.length - 1);
    expect(a.filter((l) => !b.includes(l))).toHaveLength(1);
    expect(a.find((l) => !b.includes(l))).toContain(String(keep));
  });
});

describe('a bad cell is refused at its sheet and cell, and no file changes', () => {
  it('npm run import prints FILE.xlsx!sheet!cell with the CSV line and writes nothing', async () => {
    const wb = await openTemplate();
    const ws = wb.getWorksheet('credit_loans')!;
    ws.getCell(3, col(ws, 'amount_yuan')).value = '10万';
    ws.getCell(3, col(ws, 'decided_on')).value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    const dir = dirWith({});
    const book = join(dir, '..', `bad-${Date.now()}.xlsx`);
    writeFileSync(book, await save(wb));
    const before = validFiles();
    try {
      const r = spawnSync(process.execPath, ['scripts/import.ts', book, '--data', dir], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      const name = book.split('/').at(-1)!;
      const out = r.stdout.split('\n').filter(Boolean).filter((l) => !l.startsWith('注意'));
      expect(out[0]).toBe(`${name}!credit_loans!J3: error[cell.unit-in-number]: 数字中带有单位“万” / the number carries a unit ("万") (提示: 只写数字(单位是元),例如 100000 / hint: write the number alone (the unit is yuan), e.g. 100000)`);
      expect(out[1]).toMatch(new RegExp(`^    → ${dir}/credit_loans\\.csv:3: L2016-0001,530721205204,示例党员0001,false,.*,10万,`));
      expect(out[2]).toMatch(new RegExp(`^${name}!credit_loans!R3: error\\[xlsx\\.error-value\\]: 单元格是错误值 #N/A / the cell holds the error value #N/A`));
      expect(r.stderr).toContain('nothing was written');
      for (const [f, bytes] of before) expect(new Uint8Array(readFileSync(join(dir, f))), f).toEqual(new Uint8Array(bytes));
    } finally {
      rmSync(dir, { recursive: true });
      rmSync(book, { force: true });
    }
  });

  it('refuses an extra column at its header cell, and a code whose name is another village’s', async () => {
    const wb = await openTemplate();
    const ws = wb.getWorksheet('income_totals')!;
    ws.getCell(1, 7).value = '备注2';
    const loans = wb.getWorksheet('credit_loans')!;
    loans.getCell(3, col(loans, 'village_code')).value = `${VILLAGE} 拉巴支村委会`;
    const result = importInputs([asXlsx('t.xlsx', await save(wb))], validFiles(), { dir: 'data' });
    expect(result.problems.map((p) => [p.code, formatLocated(p).split(':')[0]])).toEqual([
      ['header.unknown', 't.xlsx!income_totals!G1'],
      ['import.code-name', 't.xlsx!credit_loans!B3'],
    ]);
  });
});

describe('a CSV saved by Excel or WPS goes through the same command', () => {
  it('converts GBK, CRLF and full-width digits, and writes the canonical file', () => {
    const text = validText('villages.csv').replace('530721102210,海洛村委会', '５３０７２１１０２２１０,海洛村委会').replaceAll('\n', '\r\n');
    const before = validFiles();
    const result = importInputs([{ file: 'villages.csv', kind: 'csv', bytes: iconv.encode(text, 'gbk') }], before, { dir: 'data' });
    expect(result.problems).toEqual([]);
    expect(result.notes.map((n) => n.en).join('; ')).toMatch(/GBK.*→ UTF-8.*CRLF/);
    expect(result.changed).toEqual([]);
  });

  it('locates a CSV problem at its line and column, as the validator does', () => {
    const csv = `${validText('income_totals.csv').split('\n')[0]}\n530721102211,2017,两万,SYN,\n`;
    const result = importInputs([{ file: 'my income.csv', kind: 'csv', bytes: new TextEncoder().encode(csv) }], validFiles(), { dir: 'data' });
    expect(result.problems.map(formatLocated)[0]).toMatch(/^my income\.csv:2:3: error\[cell\.money\]/);
  });
});

describe('cell conversion', () => {
  it('writes numbers without float noise and codes typed as numbers with every digit', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(530721102211)).toBe('530721102211');
    expect(numberText(105000.75)).toBe('105000.75');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(6222021234567890123)).toBe('6222021234567890000');
  });

  it('reads Excel dates and datetimes as ISO dates, 1900- and 1904-based', () => {
    expect(serialToIsoDate(42430)).toBe('2016-03-01');
    expect(serialToIsoDate(42430.999)).toBe('2016-03-01');
    expect(serialToIsoDate(18172)).toBe('1949-10-01');
    expect(serialToIsoDate(40968, true)).toBe('2016-03-01');
  });

  it('takes 是/否, TRUE/FALSE and true/false for booleans, and refuses a number Excel turned into a date outside a date column', () => {
    const f = tables.credit_loans.fields;
    expect(cellText({ kind: 'text', text: '是' }, f.recipient_public)).toEqual({ ok: true, text: 'true' });
    expect(cellText({ kind: 'text', text: 'FALSE' }, f.recipient_public)).toEqual({ ok: true, text: 'false' });
    expect(cellText({ kind: 'boolean', value: true }, f.recipient_public)).toEqual({ ok: true, text: 'true' });
    expect(cellText({ kind: 'number', value: 43191, format: 'yyyy-mm', date: true }, f.village_group)).toMatchObject({ ok: false, problem: { code: 'xlsx.date-cell' } });
    expect(cellText({ kind: 'number', value: 43191, format: 'General', date: false }, f.applied_on)).toEqual({ ok: true, text: '43191' });
  });
});

describe('the published data, which the check page checks files against', () => {
  it('validates: a synthetic loan’s withheld name stands as its placeholder, which is no real name', () => {
    const files = validFiles();
    files.set('credit_loans.csv', new TextEncoder().encode(toCsv(tables.credit_loans, published.credit_loans)));
    expect(new TextDecoder().decode(files.get('credit_loans.csv'))).toContain('(姓名不公开)');
    expect(loadDataset(files, 'data').problems).toEqual([]);
  });
});
