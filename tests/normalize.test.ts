/**
 * npm run normalize: converts what a spreadsheet saved (encoding, BOM, line ends, full-width
 * digits in numeric columns, trailing empty rows), says what it changed, and never changes a
 * name or a number's value.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { normalizeCsv, type Change } from '../src/lib/normalize.ts';
import { tables } from '../src/schemas/index.ts';
import { filesWith, validText } from './helpers/fixture-data.ts';

const villages = validText('villages.csv');
const loans = validText('credit_loans.csv');
const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b);
const summary = (changes: Change[]) => changes.map((c) => [c.kind, c.line, c.column]);

interface Case {
  name: string;
  file: string;
  bytes: () => Uint8Array;
  /** The file as it should be afterwards. */
  after: string;
  changes: [Change['kind'], number, number][];
}

const cases: Case[] = [
  { name: 'GBK with CRLF (Excel "CSV" on Chinese Windows)', file: 'villages.csv', bytes: () => iconv.encode(villages.replaceAll('\n', '\r\n'), 'gbk'), after: villages, changes: [['encoding', 0, 0], ['newline', 1, 0]] },
  { name: 'GB18030', file: 'credit_loans.csv', bytes: () => iconv.encode(loans, 'gb18030'), after: loans, changes: [['encoding', 0, 0]] },
  { name: 'UTF-16LE with BOM', file: 'villages.csv', bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(villages, 'utf16le')]), after: villages, changes: [['encoding', 0, 0], ['bom', 1, 1]] },
  { name: 'UTF-16BE without BOM', file: 'villages.csv', bytes: () => iconv.encode(villages, 'utf16be'), after: villages, changes: [['encoding', 0, 0]] },
  { name: 'a UTF-8 BOM', file: 'villages.csv', bytes: () => utf8(`\uFEFF${villages}`), after: villages, changes: [['bom', 1, 1]] },
  { name: 'CRLF, with a line break inside a quoted cell', file: 'collective_income.csv', bytes: () => utf8(validText('collective_income.csv').replaceAll('\n', '\r\n')), after: validText('collective_income.csv'), changes: [['newline', 1, 0]] },
  { name: 'old Mac CR line ends', file: 'villages.csv', bytes: () => utf8(villages.replaceAll('\n', '\r')), after: villages, changes: [['newline', 1, 0]] },
  {
    name: 'full-width digits in an amount, a date and a code, but not in names or free text',
    file: 'credit_loans.csv',
    bytes: () => utf8(loans.replace(',2016,50000,养殖土鸡,', ',２０１６,５００００,养殖土鸡２００只,').replace('2017-04-01', '２０１７－０４－０１').replace('L2017-0001,530721001001,示例党员0003', 'L2017-0001,５３０７２１００１００１,示例党员０００３')),
    after: loans.replace(',养殖土鸡,', ',养殖土鸡２００只,').replace('示例党员0003', '示例党员０００３'),
    changes: [['fullwidth-digits', 4, 9], ['fullwidth-digits', 4, 10], ['fullwidth-digits', 5, 2], ['fullwidth-digits', 5, 13]],
  },
  { name: 'a full-width decimal point in an amount', file: 'shareholdings.csv', bytes: () => utf8(validText('shareholdings.csv').replace('100000.75', '１０００００．７５')), after: validText('shareholdings.csv'), changes: [['fullwidth-digits', 3, 4]] },
  { name: 'empty rows at the end (Excel)', file: 'villages.csv', bytes: () => utf8(`${villages},,,,\n,,,,\n\n`), after: villages, changes: [['trailing-empty-rows', 7, 0]] },
  { name: 'no line break at the end', file: 'villages.csv', bytes: () => utf8(villages.trimEnd()), after: villages, changes: [['final-newline', 6, 0]] },
  { name: 'everything at once', file: 'villages.csv', bytes: () => iconv.encode(`${villages.replace('530721102210', '５３０７２１１０２２１０')},,,,\n`.replaceAll('\n', '\r\n'), 'gbk'), after: villages, changes: [['encoding', 0, 0], ['newline', 1, 0], ['fullwidth-digits', 3, 1], ['trailing-empty-rows', 7, 0]] },
];

describe('normalizeCsv', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = normalizeCsv(c.bytes(), tables[c.file.replace('.csv', '') as keyof typeof tables], `data/${c.file}`);
    expect(text(r.bytes)).toBe(c.after);
    expect(summary(r.changes)).toEqual(c.changes);
    for (const ch of r.changes) {
      expect(ch.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(ch.en).toMatch(/[a-z]/);
    }
    // Normalising twice changes nothing more.
    const again = normalizeCsv(r.bytes, tables[c.file.replace('.csv', '') as keyof typeof tables], `data/${c.file}`);
    expect(again.changes).toEqual([]);
    expect(again.bytes).toEqual(r.bytes);
  });

  it('turns every case whose only problems it can fix into a valid file, and says what the full-width digits were', () => {
    for (const c of cases.filter((x) => x.after === validText(x.file))) {
      const r = normalizeCsv(c.bytes(), tables[c.file.replace('.csv', '') as keyof typeof tables], `data/${c.file}`);
      expect(loadDataset(filesWith({ [c.file]: r.bytes }), 'data').problems, c.name).toEqual([]);
    }
    const r = normalizeCsv(utf8(validText('shareholdings.csv').replace('100000.75', '１０００００．７５')), tables.shareholdings, 'data/shareholdings.csv');
    expect(r.changes[0]!.en).toBe('full-width digits: "１０００００．７５" → "100000.75"');
  });

  it('leaves a canonical file byte for byte alone', () => {
    const bytes = utf8(loans);
    const r = normalizeCsv(bytes, tables.credit_loans, 'data/credit_loans.csv');
    expect(r.changes).toEqual([]);
    expect(text(r.bytes)).toBe(loans);
  });

  it('does not touch full-width digits in a file that is not a table, and says so', () => {
    const r = normalizeCsv(utf8('a,b\n１,２\n'), undefined, 'notes.csv');
    expect(text(r.bytes)).toBe('a,b\n１,２\n');
    expect(r.changes).toEqual([]);
    expect(r.notes[0]!.en).toContain('not a table');
  });

  it('does not guess at bytes it cannot decode', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x81, 0x20, 0xff, 0x0a]);
    const r = normalizeCsv(bytes, tables.villages, 'data/villages.csv');
    expect(r.bytes).toBe(bytes);
    expect(r.changes).toEqual([]);
    expect(r.notes[0]!.zh).toContain('无法识别');
  });

  it.each([
    ['U+000B (Word’s line break)', '\u000B'],
    ['U+000C', '\u000C'],
    ['U+0000', '\u0000'],
    ['U+001B', '\u001B'],
    ['U+007F', '\u007F'],
    ['U+2028', '\u2028'],
    ['U+FFFE', '\uFFFE'],
    ['U+FDD0', '\uFDD0'],
    ['U+202E', '\u202E'],
    ['U+200F', '\u200F'],
    ['U+2066', '\u2066'],
    ['U+2062', '\u2062'],
    ['U+180E', '\u180E'],
    ['U+3164', '\u3164'],
    ['U+FFA0', '\uFFA0'],
    ['U+200B', '\u200B'],
    ['U+FFFD', '\uFFFD'],
  ])('never strips or replaces %s, in a name or in a numeric column, and names where it is', (label, ch) => {
    const before = loans.replace('养殖土鸡', `养殖${ch}土鸡`).replace(',2017,80000,', `,2017,８００００${ch},`);
    const r = normalizeCsv(utf8(before), tables.credit_loans, 'data/credit_loans.csv');
    expect(text(r.bytes)).toBe(before.replace('８００００', '80000'));
    expect(summary(r.changes)).toEqual([['fullwidth-digits', 5, 10]]);
    expect(r.notes.map((n) => n.en)).toEqual([expect.stringMatching(new RegExp(`^line 4, column 11, character 3 is ${label.replace('+', '\\+').split(' ')[0]}`)), expect.stringMatching(/^line 5, column 10, character 6 is /)]);
    expect(r.notes[0]!.zh).toContain('没有改动');
  });

  it('keeps a last row that holds only a control character (it is not an empty row)', () => {
    const before = `${villages}\u000B,,,,\n,,,,\n`;
    const r = normalizeCsv(utf8(before), tables.villages, 'data/villages.csv');
    expect(text(r.bytes)).toBe(`${villages}\u000B,,,,\n`);
    expect(summary(r.changes)).toEqual([['trailing-empty-rows', 8, 0]]);
    expect(r.notes[0]!.en).toMatch(/^line 7, column 1, character 1 is U\+000B/);
  });

  it('reads a UTF-8 file with a run of NUL characters as UTF-8, not as UTF-16', () => {
    const before = villages.replace('海洛村委会', `海洛${'\u0000'.repeat(201)}村委会`);
    const r = normalizeCsv(utf8(before), tables.villages, 'data/villages.csv');
    expect(r.encoding).toBe('utf-8');
    expect(text(r.bytes)).toBe(before);
    expect(r.notes[0]!.en).toContain('U+0000 (null) (201 in all)');
    expect(loadDataset(filesWith({ 'villages.csv': before }), 'data').problems.map((p) => p.code)).toEqual(['cell.control', 'cell.too-long']);
  });

  it('does not convert UTF-16 that holds a lone surrogate (it would come out as U+FFFD)', () => {
    const good = iconv.encode(villages, 'utf16le');
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), good.subarray(0, 40), Buffer.from([0x00, 0xd8]), good.subarray(40)]));
    const r = normalizeCsv(bytes, tables.villages, 'data/villages.csv');
    expect(r.bytes).toBe(bytes);
    expect(r.changes).toEqual([]);
    expect(r.notes[0]!.en).toContain('lone surrogate');
  });

  it('leaves an empty file empty', () => {
    expect(normalizeCsv(new Uint8Array(), tables.villages, 'data/villages.csv').changes).toEqual([]);
  });
});

describe('npm run normalize (the command line)', () => {
  it('rewrites files in place, prints each change in Chinese and English, and "no change" when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-normalize-'));
    try {
      const bad = join(dir, 'villages.csv');
      const good = join(dir, 'credit_loans.csv');
      writeFileSync(bad, iconv.encode(villages.replaceAll('\n', '\r\n'), 'gbk'));
      writeFileSync(good, loans);
      const r = spawnSync(process.execPath, ['scripts/normalize.ts', bad, good], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n')).toEqual([
        `${bad}:0:0: 编码:GBK/GB18030 → UTF-8(文字不变) / encoding: GBK/GB18030 → UTF-8 (the text is unchanged)`,
        `${bad}:1:0: 换行:CRLF(Windows) → LF(自第 1 行起) / line ends: CRLF (Windows) → LF (from line 1)`,
        `${bad}: 已改 2 处并写回 / 2 change(s) written`,
        `${good}: 无需改动 / no change`,
        '',
      ]);
      expect(readFileSync(bad, 'utf8')).toBe(villages);
      expect(readFileSync(good, 'utf8')).toBe(loans);
      const again = spawnSync(process.execPath, ['scripts/normalize.ts', bad], { encoding: 'utf8' });
      expect(again.stdout).toBe(`${bad}: 无需改动 / no change\n`);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('prints where a control character is and leaves it there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-normalize-'));
    try {
      const file = join(dir, 'credit_loans.csv');
      const before = loans.replace('养殖土鸡', '养殖\u000B土鸡');
      writeFileSync(file, before.replaceAll('\n', '\r\n'));
      const r = spawnSync(process.execPath, ['scripts/normalize.ts', file], { encoding: 'utf8' });
      expect(r.stdout).toContain(`${file}: 注意 / note: 第 4 行第 11 列第 3 个字符是 U+000B(垂直制表符,Word 的手动换行):没有改动`);
      expect(r.stdout).not.toContain('\u000B');
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('exits 2 with a usage line when given no file', () => {
    const r = spawnSync(process.execPath, ['scripts/normalize.ts'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm run normalize -- FILE');
  });
});
