/**
 * The published files of a version: nothing lost or changed between data/, the CSV (read back
 * with csv-parse, not papaparse), the JSON and the workbook; checksums that match; no formula
 * cells; no personal numbers; the same bytes on every run and in every time zone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/io/read-data-dir.ts';
import { cellRows, jsonRow, publishable, WITHHELD_NAME } from '../src/lib/publish/cells.ts';
import { parseSha256sums, sha256Hex } from '../src/lib/publish/hash.ts';
import { publishRelease, SUMS_NAME, XLSX_NAME, ZIP_NAME } from '../src/lib/publish/release-files.ts';
import { tables, tableNames } from '../src/schemas/index.ts';
import { UnpublishableError } from '../src/lib/publish/unpublishable.ts';
import { DatasetWorkbook, xmlText } from '../src/lib/publish/xlsx.ts';
import { zipFiles, ZipWriter } from '../src/lib/publish/zip.ts';
import type { TableDef } from '../src/schemas/table.ts';
import { formulaCellsIn, personalNumbersIn, readCsv, readXlsx, text, unzip } from './helpers/read-published.ts';

const FIXTURE = 'tests/fixtures/opendata';
const release = { version: '1.0.0', date: '2026-11-26', body: '- 首次发布 / First release' };
const loaded = readDataset(FIXTURE);
const files = publishRelease(loaded.data, release);
const expected = (n: (typeof tableNames)[number]) => cellRows(tables[n] as TableDef<any>, publishable(loaded.data)[n]);

describe('published files of a version', () => {
  it('loads the fixture without errors (so the comparisons below mean something)', () => {
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const n of tableNames) expect(loaded.data[n].length, n).toBeGreaterThan(0);
  });

  it('holds datapackage.json, README, licence, every table as CSV and JSON, the workbook, the zip and SHA256SUMS', () => {
    expect([...files.keys()]).toEqual(
      [...tableNames.flatMap((n) => [`${n}.csv`, `${n}.json`]), 'datapackage.json', 'README.md', 'LICENSE.md', XLSX_NAME, ZIP_NAME, SUMS_NAME].sort(),
    );
  });

  it('writes CSV as UTF-8 without BOM, LF line ends, header = field names', () => {
    for (const n of tableNames) {
      const b = files.get(`${n}.csv`)!;
      expect(b[0], n).not.toBe(0xef);
      expect(text(b)).not.toContain('\r');
      expect(text(b).endsWith('\n')).toBe(true);
      expect(readCsv(b).header).toEqual(Object.keys(tables[n].fields));
    }
  });

  it('loses or changes nothing: data/ = CSV (csv-parse) = JSON = workbook, row by row and cell by cell', async () => {
    const book = await readXlsx(files.get(XLSX_NAME)!);
    for (const n of tableNames) {
      const t = tables[n] as TableDef<any>;
      const want = expected(n);
      expect(readCsv(files.get(`${n}.csv`)!).rows, `${n}.csv`).toEqual(want);
      expect(JSON.parse(text(files.get(`${n}.json`)!)), `${n}.json`).toEqual(want.map((r) => jsonRow(t, r)));
      const sheet = book.get(n)!;
      expect(sheet[0], `${n} sheet header`).toEqual(Object.keys(t.fields));
      expect(sheet.slice(1), `${n} sheet`).toEqual(want.map((r) => Object.values(jsonRow(t, r))));
    }
  });

  it('publishes the very cells of the files in data/ (read with csv-parse), except a withheld name', () => {
    for (const n of tableNames) {
      const source = readCsv(readFileSync(`${FIXTURE}/${n}.csv`)).rows;
      const published = readCsv(files.get(`${n}.csv`)!).rows;
      const withheld = n === 'credit_loans' ? source.map((r) => (r.recipient_public === 'false' ? { ...r, recipient: WITHHELD_NAME } : r)) : source;
      expect(published, n).toEqual(withheld);
    }
  });

  it('keeps codes as text and money as exact numbers (what Excel users and pandas see)', async () => {
    const book = await readXlsx(files.get(XLSX_NAME)!);
    expect(book.get('villages')![1]![0]).toBe('530721102201');
    const income = JSON.parse(text(files.get('income_totals.json')!));
    expect(income[0]).toMatchObject({ village_code: '530721102201', year: 2017, total_yuan: 26500.5 });
    expect(readCsv(files.get('income_totals.csv')!).rows[0]!.total_yuan).toBe('26500.50');
    expect(book.get('income_totals')![1]![2]).toBe(26500.5);
  });

  it('withholds the name of a recipient whose name is not public, in every file', () => {
    const hidden = loaded.data.credit_loans.find((l) => !l.recipient_public)!;
    for (const [name, t] of [...files].flatMap(([n, b]) => (n.endsWith('.zip') || n.endsWith('.xlsx') ? [...unzip(b)].map(([m, x]) => [m, x] as const) : [[n, b] as const])))
      expect(new TextDecoder().decode(t).includes(hidden.recipient), name).toBe(false);
    expect(readCsv(files.get('credit_loans.csv')!).rows.find((r) => r.loan_id === hidden.loan_id)!.recipient).toBe(WITHHELD_NAME);
  });

  it('lists every file in SHA256SUMS with its hash, and the CSVs in datapackage.json with bytes and hash', () => {
    const sums = parseSha256sums(text(files.get(SUMS_NAME)!));
    expect([...sums.keys()]).toEqual([...files.keys()].filter((n) => n !== SUMS_NAME).sort());
    for (const [n, h] of sums) expect(sha256Hex(files.get(n)!), n).toBe(h);
    const pkg = JSON.parse(text(files.get('datapackage.json')!));
    expect(pkg.version).toBe('1.0.0');
    expect(pkg.profile).toBe('tabular-data-package');
    for (const r of pkg.resources) {
      const b = files.get(r.path)!;
      expect(b, r.path).toBeDefined();
      expect(r.bytes).toBe(b.length);
      expect(r.hash).toBe(`sha256:${sha256Hex(b)}`);
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(readCsv(b).header);
    }
  });

  it('zips every other file in one folder named after the version, with its own SHA256SUMS', () => {
    const z = unzip(files.get(ZIP_NAME)!);
    const folder = 'yulong-village-ledger-v1.0.0/';
    const inner = [...files.keys()].filter((n) => n !== ZIP_NAME && n !== SUMS_NAME);
    expect([...z.keys()].sort()).toEqual([...inner, SUMS_NAME].map((n) => folder + n).sort());
    for (const n of inner) expect(sha256Hex(z.get(folder + n)!), n).toBe(sha256Hex(files.get(n)!));
    const sums = parseSha256sums(text(z.get(folder + SUMS_NAME)!));
    expect([...sums.keys()].sort()).toEqual([...inner].sort());
  });

  it('has no cell a spreadsheet would run as a formula and no personal number in any file', async () => {
    expect(await formulaCellsIn(files)).toEqual([]);
    expect(personalNumbersIn(files)).toEqual([]);
  });

  it('finds a personal number inside a zip, and does not mistake checksums for one', () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    const zip = zipFiles([['a/notes.txt', enc('联系 13812345678')]], '2026-11-26');
    expect(personalNumbersIn(new Map([['x.zip', zip]]))).toEqual(['x.zip!a/notes.txt:1:4: phone 138****5678']);
    const sums = enc(`${'13812345678'.padEnd(64, 'a')}  villages.csv\n`);
    expect(personalNumbersIn(new Map([['SHA256SUMS', sums]]))).toEqual([]);
  });

  it('zips an entry given in parts as the whole of it, and finds a number in the second of two entries', () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    const zip = new ZipWriter('2026-11-26').add('a.csv', ['id,note\n', enc('1,ok\n'), '2,好\n']).add('b/c.txt', ['电话 0888-', '5123456']).finish();
    const z = unzip(zip);
    expect([...z.keys()]).toEqual(['a.csv', 'b/c.txt']);
    expect(text(z.get('a.csv')!)).toBe('id,note\n1,ok\n2,好\n');
    // a number cut across two parts is whole in the entry
    expect(personalNumbersIn(new Map([['x.zip', zip]]))).toEqual(['x.zip!b/c.txt:1:4: phone 0888-***3456']);
  });

  it('writes the workbook one table at a time, in the order of its sheets', () => {
    const book = new DatasetWorkbook(release, []);
    expect(() => book.addTable(tables[tableNames[1]!] as TableDef<any>, [])).toThrow(/out of order/);
  });

  it('refuses to publish a cell that starts like a formula or holds a phone number', async () => {
    const bad = { ...loaded.data, sources: loaded.data.sources.map((s, i) => (i === 0 ? { ...s, note: '=HYPERLINK("x")' } : s)) };
    expect(() => publishRelease(bad, release)).toThrow(/formula/);
    const phone = { ...loaded.data, sources: loaded.data.sources.map((s, i) => (i === 0 ? { ...s, note: '电话 13812345678' } : s)) };
    expect(() => publishRelease(phone, release)).toThrow(/phone/);
    expect(() => publishRelease(phone, release)).not.toThrow(/13812345678/);
  });

  it.each([
    ['U+000B (Word’s line break)', '第一行\u000B第二行', /character 4 is U\+000B \(vertical tab/],
    ['U+0000', '说明\u0000', /character 3 is U\+0000/],
    ['U+FFFE', '说明\uFFFE', /U\+FFFE/],
    ['a lone surrogate', '说明\uD800', /U\+D800/],
    ['U+202E', '说明\u202E说明', /U\+202E/],
    ['U+3164', '说明\u3164', /U\+3164/],
  ])('refuses, with a clear message and no stack trace, to publish a cell holding %s', (_, note, message) => {
    const bad = { ...loaded.data, sources: loaded.data.sources.map((s, i) => (i === 0 ? { ...s, note } : s)) };
    let error: unknown;
    try {
      publishRelease(bad, release);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnpublishableError);
    const e = error as Error;
    expect(e.message).toMatch(/^sources\.csv 第 1 行数据的 note 列/);
    expect(e.message).toMatch(message);
    expect(e.message).toContain('npm run validate');
    expect(e.stack).toBe(`UnpublishableError: ${e.message}`);
  });

  it('makes the workbook refuse what XML cannot carry with a clear message, masked', () => {
    expect(() => xmlText('电话 13812345678\u000B')).toThrow(UnpublishableError);
    expect(() => xmlText('电话 13812345678\u000B')).toThrow(/holds U\+000B .* at character 15, which XML cannot carry: "电话 138\*\*\*\*5678<U\+000B>"/);
    expect(xmlText('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });

  it('gives the same bytes on every run and in every time zone', async () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const again = publishRelease(loaded.data, release);
      expect(sha256Hex(again.get(SUMS_NAME)!)).toBe(sha256Hex(files.get(SUMS_NAME)!));
    } finally {
      process.env.TZ = tz;
    }
  });

  it('says in the README which version it is, its licence and how to cite it', () => {
    const readme = text(files.get('README.md')!);
    expect(readme).toContain('1.0.0');
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('[DS/OL]');
    expect(readme).toContain('https://open-village-ledger.github.io/data/v1.0.0/');
  });
});
