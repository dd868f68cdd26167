/**
 * The validator's bad-input cases (DESIGN.md's "Bad input" list and every rule): each lays one bad
 * file over the valid fixture package and names exactly the problems (code, file, line, column)
 * an editor must be shown. tests/validate.test.ts runs them through the loader and the command
 * line; tests/e2e/check-page.test.ts runs them through the /check/ page.
 */
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import type { RuleOptions } from '../../src/lib/check-rules.ts';
import { validText, type Overlay } from './fixture-data.ts';

export type Expect = [code: string, file: string, line: number, column: number];

export interface Case {
  name: string;
  overlay: () => Overlay;
  expect: Expect[];
  minNoticeDays?: number;
  options?: Partial<RuleOptions>;
}

/** The build date the cases are checked against (the fixture's CHANGELOG.md says the same). */
export const TODAY = '2026-11-26';
const shares = validText('dividend_shares.csv');
/** The valid package with shares for the S1 distribution, whose pool (236万多元) is a lower bound. */
export const lowerBound = (rows: string) => ({ 'dividend_shares.csv': `${shares}${rows}` });

export const edit = (file: string, from: string | RegExp, to: string) => {
  const text = validText(file);
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit did nothing: ${file} ${from}`);
  return { [file]: out };
};
export const villages = validText('villages.csv');
export const loans = validText('credit_loans.csv');

export const cases: Case[] = [
  // ---------------------------------------------------------------- encodings and line ends
  { name: 'GBK bytes (Excel "CSV" on Chinese Windows), first non-ASCII on line 2', overlay: () => ({ 'villages.csv': iconv.encode(villages, 'gbk') }), expect: [['encoding.gb18030', 'villages.csv', 2, 0]] },
  { name: 'GB18030 bytes', overlay: () => ({ 'credit_loans.csv': iconv.encode(loans, 'gb18030') }), expect: [['encoding.gb18030', 'credit_loans.csv', 2, 0]] },
  { name: 'UTF-16LE with BOM, comma-separated', overlay: () => ({ 'villages.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(villages, 'utf16le')]) }), expect: [['encoding.utf16', 'villages.csv', 1, 0]] },
  {
    name: 'UTF-16LE tab-separated (Excel "Unicode Text")',
    overlay: () => ({ 'villages.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(villages.replaceAll(',', '\t'), 'utf16le')]) }),
    expect: [['encoding.utf16', 'villages.csv', 1, 0], ['csv.delimiter', 'villages.csv', 1, 0]],
  },
  { name: 'UTF-16BE without BOM', overlay: () => ({ 'counties.csv': iconv.encode(validText('counties.csv'), 'utf16be') }), expect: [['encoding.utf16', 'counties.csv', 1, 0]] },
  { name: 'a BOM (Excel "CSV UTF-8")', overlay: () => ({ 'villages.csv': `\uFEFF${villages}` }), expect: [['encoding.bom', 'villages.csv', 1, 1]] },
  { name: 'CRLF line ends', overlay: () => ({ 'villages.csv': villages.replaceAll('\n', '\r\n') }), expect: [['newline.crlf', 'villages.csv', 1, 0]] },
  { name: 'CRLF from line 3 on only', overlay: () => edit('villages.csv', 'GEO\n530721102211', 'GEO\r\n530721102211'), expect: [['newline.crlf', 'villages.csv', 3, 0]] },
  { name: 'bytes that are no known encoding', overlay: () => ({ 'counties.csv': Buffer.concat([Buffer.from(validText('counties.csv')), Buffer.from([0x81, 0x20, 0xff, 0x0a])]) }), expect: [['encoding.unknown', 'counties.csv', 3, 0], ['row.ragged', 'counties.csv', 3, 2]] },
  // ---------------------------------------------------------------- separators, title rows, header
  { name: '; separators', overlay: () => ({ 'villages.csv': villages.replaceAll(',', ';') }), expect: [['csv.delimiter', 'villages.csv', 1, 0]] },
  { name: 'tab separators', overlay: () => ({ 'villages.csv': villages.replaceAll(',', '\t') }), expect: [['csv.delimiter', 'villages.csv', 1, 0]] },
  {
    name: 'a title row and a blank row above the header',
    overlay: () => ({ 'villages.csv': `玉龙县村级单位名录,,,,\n\n${villages}` }),
    expect: [['csv.title-row', 'villages.csv', 1, 0], ['csv.title-row', 'villages.csv', 2, 0]],
  },
  {
    name: 'a renamed column (township_code → 乡级代码)',
    overlay: () => edit('villages.csv', 'kind,township_code', 'kind,乡级代码'),
    // the villages' codes are still there for the keys that point at them; the rules reading its rows are skipped
    expect: [['header.unknown', 'villages.csv', 1, 4], ['header.missing', 'villages.csv', 1, 0], ['check.skipped→townships.csv', 'villages.csv', 1, 0], ['check.skipped→dividends.csv', 'villages.csv', 1, 0]],
  },
  {
    name: 'a header translated into the data dictionary’s Chinese titles: one line for the totals it would have summed, not an income.total error for each',
    overlay: () => edit('collective_income.csv', /^.*\n/, '村级代码,年度,收入类型,金额(元),来源编号,备注\n'),
    expect: [
      ...[1, 2, 3, 4, 5, 6].map((c): Expect => ['header.unknown', 'collective_income.csv', 1, c]),
      ...Array.from({ length: 6 }, (): Expect => ['header.missing', 'collective_income.csv', 1, 0]),
      ['check.skipped→income_totals.csv', 'collective_income.csv', 1, 0],
    ],
  },
  {
    name: 'the id column of sources.csv renamed: one line per table whose sources were not looked up, not a key.foreign error for each row',
    overlay: () => edit('sources.csv', /^id,/, 'code,'),
    expect: [
      ['header.unknown', 'sources.csv', 1, 1],
      ['header.missing', 'sources.csv', 1, 0],
      ...['counties', 'townships', 'villages', 'county_facts', 'income_totals', 'collective_income', 'credit_loans', 'credit_followups', 'dividends', 'dividend_shares', 'shareholdings', 'duty_posts'].map((t): Expect => [`check.skipped→${t}.csv`, 'sources.csv', 1, 0]),
    ],
  },
  { name: 'a missing column', overlay: () => ({ 'counties.csv': 'code,name,prefecture,source_id\n530721,玉龙纳西族自治县,丽江市,GEO\n' }), expect: [['header.missing', 'counties.csv', 1, 0]] },
  {
    name: 'an extra column',
    overlay: () => ({ 'counties.csv': 'code,name,prefecture,province,source_id,population\n530721,玉龙纳西族自治县,丽江市,云南省,GEO,240000\n' }),
    expect: [['header.unknown', 'counties.csv', 1, 6]],
  },
  { name: 'a column named twice', overlay: () => ({ 'counties.csv': 'code,name,prefecture,province,source_id,name\n530721,玉龙纳西族自治县,丽江市,云南省,GEO,玉龙\n' }), expect: [['header.duplicate', 'counties.csv', 1, 6]] },
  { name: 'spaces around a column name', overlay: () => edit('counties.csv', 'code,name', 'code, name'), expect: [['header.whitespace', 'counties.csv', 1, 2]] },
  { name: 'columns in another order', overlay: () => ({ 'counties.csv': 'name,code,prefecture,province,source_id\n玉龙纳西族自治县,530721,丽江市,云南省,GEO\n' }), expect: [['header.order', 'counties.csv', 1, 0]] },
  { name: 'an empty file', overlay: () => ({ 'county_facts.csv': '' }), expect: [['csv.empty', 'county_facts.csv', 1, 0]] },
  // ---------------------------------------------------------------- rows
  { name: 'a ragged row (a cell short)', overlay: () => edit('villages.csv', '海洛村委会,村委会,530721102,GEO', '海洛村委会,村委会,530721102'), expect: [['row.ragged', 'villages.csv', 3, 5]] },
  { name: 'an unquoted thousands separator makes a row ragged', overlay: () => edit('credit_loans.csv', ',2016,50000,', ',2016,50,000,'), expect: [['row.ragged', 'credit_loans.csv', 4, 27]] },
  { name: 'a totals row (合计)', overlay: () => ({ 'collective_income.csv': `${validText('collective_income.csv')}合计,,,176500.55,,\n` }), expect: [['row.totals', 'collective_income.csv', 8, 1]] },
  { name: 'a totals row (小计) in the second column', overlay: () => ({ 'income_totals.csv': `${validText('income_totals.csv')},小计,176500.55,,\n` }), expect: [['row.totals', 'income_totals.csv', 5, 2]] },
  { name: 'an empty row in the middle', overlay: () => edit('villages.csv', 'GEO\n530721102211', 'GEO\n,,,,\n530721102211'), expect: [['row.empty', 'villages.csv', 4, 0]] },
  { name: 'empty rows at the end (Excel)', overlay: () => ({ 'villages.csv': `${villages},,,,\n,,,,\n` }), expect: [['row.empty', 'villages.csv', 7, 0], ['row.empty', 'villages.csv', 8, 0]] },
  {
    name: 'malformed quotes (the rest of the file is lost: keys into it are not looked up)',
    overlay: () => edit('counties.csv', '玉龙纳西族自治县', '"玉龙"纳西族自治县'),
    expect: [['csv.quotes', 'counties.csv', 2, 2], ['check.skipped→townships.csv', 'counties.csv', 2, 0]],
  },
  {
    name: 'an unclosed quote in income by type: one line instead of an income.total error for every total after it',
    overlay: () => edit('collective_income.csv', '530721102211,2018,服务创收,30000,SYN,\n', '530721102211,2018,服务创收,30000,SYN,"见附件\n'),
    expect: [['csv.quotes', 'collective_income.csv', 5, 6], ['check.skipped→income_totals.csv', 'collective_income.csv', 5, 0]],
  },
  // ---------------------------------------------------------------- keys
  { name: 'a duplicate key', overlay: () => ({ 'villages.csv': `${villages}530721102210,海洛村委会,村委会,530721102,GEO\n` }), expect: [['key.duplicate', 'villages.csv', 7, 1]] },
  { name: 'a duplicate composite key', overlay: () => ({ 'income_totals.csv': `${validText('income_totals.csv')}530721102211,2018,30000,SYN,\n` }), expect: [['key.duplicate', 'income_totals.csv', 5, 1]] },
  { name: 'an unknown village', overlay: () => edit('credit_loans.csv', 'L2016-0002,530721102210', 'L2016-0002,530721102299'), expect: [['key.foreign', 'credit_loans.csv', 4, 2]] },
  { name: 'an unknown source', overlay: () => edit('counties.csv', ',GEO', ',GE0'), expect: [['key.foreign', 'counties.csv', 2, 5]] },
  { name: 'a follow-up of an unknown loan', overlay: () => edit('credit_followups.csv', 'L-S1-LFL,2018', 'L-S1-LFX,2018'), expect: [['key.foreign', 'credit_followups.csv', 4, 1]] },
  // ---------------------------------------------------------------- numbers as spreadsheets and people spoil them
  { name: 'full-width digits in an amount', overlay: () => edit('credit_loans.csv', ',2016,50000,', ',2016,５００００,'), expect: [['cell.fullwidth-digits', 'credit_loans.csv', 4, 10]] },
  { name: 'full-width digits in a date', overlay: () => edit('credit_loans.csv', '2016-03-10', '２０１６-03-10'), expect: [['cell.fullwidth-digits', 'credit_loans.csv', 4, 16]] },
  { name: 'a quoted thousands separator', overlay: () => edit('credit_loans.csv', ',2016,50000,', ',2016,"50,000",'), expect: [['cell.thousands-separator', 'credit_loans.csv', 4, 10]] },
  { name: 'a unit inside a number (3万)', overlay: () => edit('credit_loans.csv', ',2017,80000,', ',2017,8万,'), expect: [['cell.unit-in-number', 'credit_loans.csv', 5, 10]] },
  { name: 'a unit inside a number (30000元)', overlay: () => edit('shareholdings.csv', ',32000,', ',32000元,'), expect: [['cell.unit-in-number', 'shareholdings.csv', 4, 4]] },
  { name: 'a percent sign', overlay: () => edit('dividend_shares.csv', '村集体,20,', '村集体,20%,'), expect: [['cell.unit-in-number', 'dividend_shares.csv', 2, 3]] },
  { name: 'Excel scientific notation in a code', overlay: () => edit('credit_loans.csv', 'L2016-0002,530721102210', 'L2016-0002,5.30721E+11'), expect: [['cell.scientific', 'credit_loans.csv', 4, 2]] },
  { name: 'Excel scientific notation in an amount', overlay: () => edit('credit_loans.csv', ',2017,80000,', ',2017,8E+04,'), expect: [['cell.scientific', 'credit_loans.csv', 5, 10]] },
  { name: 'an Excel serial date', overlay: () => edit('credit_loans.csv', '2016-03-01,2016-03-01', '42430,2016-03-01'), expect: [['cell.excel-date', 'credit_loans.csv', 4, 13]] },
  { name: 'a date written 2016/3/1', overlay: () => edit('credit_loans.csv', '2016-03-01,2016-03-01', '2016/3/1,2016-03-01'), expect: [['cell.date-format', 'credit_loans.csv', 4, 13]] },
  { name: 'a date that does not exist', overlay: () => edit('credit_loans.csv', '2016-02-26', '2016-02-30'), expect: [['cell.date', 'credit_loans.csv', 3, 18]] },
  { name: 'a two-digit year', overlay: () => edit('credit_loans.csv', ',2017,80000,', ',17,80000,'), expect: [['cell.year', 'credit_loans.csv', 5, 9]] },
  { name: 'a year out of range', overlay: () => edit('income_totals.csv', '530721205201,2017', '530721205201,2107'), expect: [['cell.year', 'income_totals.csv', 4, 2]] },
  { name: 'a status spelled another way (通过)', overlay: () => edit('credit_loans.csv', ',审批中,', ',待审批,'), expect: [['cell.enum', 'credit_loans.csv', 4, 19]] },
  { name: 'a repayment status spelled another way (已还清)', overlay: () => edit('credit_loans.csv', ',已结清,', ',已还清,'), expect: [['cell.enum', 'credit_loans.csv', 3, 20]] },
  { name: 'a boolean written 是', overlay: () => edit('credit_loans.csv', 'L2017-0001,530721001001,示例党员0003,true', 'L2017-0001,530721001001,示例党员0003,是'), expect: [['cell.boolean', 'credit_loans.csv', 5, 4]] },
  { name: 'a required cell left empty', overlay: () => edit('credit_loans.csv', '示例党员0003', ''), expect: [['cell.required', 'credit_loans.csv', 5, 3]] },
  { name: 'an amount of 0', overlay: () => edit('shareholdings.csv', ',32000,', ',0,'), expect: [['cell.positive', 'shareholdings.csv', 4, 4]] },
  { name: 'a negative amount', overlay: () => edit('shareholdings.csv', ',32000,', ',-32000,'), expect: [['cell.positive', 'shareholdings.csv', 4, 4]] },
  { name: 'an amount with 3 decimals', overlay: () => edit('shareholdings.csv', ',32000,', ',32000.125,'), expect: [['cell.decimals', 'shareholdings.csv', 4, 4]] },
  { name: 'a code that is too short (and no unknown-key error for it)', overlay: () => edit('credit_loans.csv', 'L2016-0002,530721102210', 'L2016-0002,53072110221'), expect: [['cell.code', 'credit_loans.csv', 4, 2]] },
  // ---------------------------------------------------------------- any cell
  { name: 'a zero-width space in a name', overlay: () => edit('villages.csv', '海洛村委会', '海洛\u200B村委会'), expect: [['cell.zero-width', 'villages.csv', 3, 2]] },
  { name: 'a trailing full-width space', overlay: () => edit('villages.csv', '海洛村委会', '海洛村委会\u3000'), expect: [['cell.whitespace', 'villages.csv', 3, 2], ['geo.kind', 'villages.csv', 3, 3]] },
  { name: 'a formula (=)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '=SUM(A1:A9)'), expect: [['cell.formula', 'credit_loans.csv', 4, 11]] },
  { name: 'a formula (@)', overlay: () => edit('shareholdings.csv', 'SYN,\n530721102211,2018,红色', 'SYN,@SUM(A1:A9)\n530721102211,2018,红色'), expect: [['cell.formula', 'shareholdings.csv', 2, 7]] },
  { name: 'a formula (+)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '+养殖土鸡'), expect: [['cell.formula', 'credit_loans.csv', 4, 11]] },
  { name: 'a formula (-)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '-养殖土鸡'), expect: [['cell.formula', 'credit_loans.csv', 4, 11]] },
  // ---------------------------------------------------------------- characters that break files or hide content (issue 12 §3)
  { name: 'a vertical tab (Word’s manual line break) in a purpose', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u000B土鸡'), expect: [['cell.control', 'credit_loans.csv', 4, 11]] },
  { name: 'a vertical tab at the end of a cell (no extra space error)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖土鸡\u000B'), expect: [['cell.control', 'credit_loans.csv', 4, 11]] },
  { name: 'a form feed (page break)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u000C土鸡'), expect: [['cell.control', 'credit_loans.csv', 4, 11]] },
  { name: 'a line separator U+2028', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u2028土鸡'), expect: [['cell.control', 'credit_loans.csv', 4, 11]] },
  { name: 'a NUL', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u0000土鸡'), expect: [['cell.control', 'credit_loans.csv', 4, 11]] },
  { name: 'a backspace', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u0008土鸡'), expect: [['cell.control', 'credit_loans.csv', 4, 11]] },
  { name: 'an escape (a terminal would obey it)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u001B[2J土鸡'), expect: [['cell.control', 'credit_loans.csv', 4, 11]] },
  { name: 'a unit separator U+001F', overlay: () => edit('villages.csv', '海洛村委会', '海洛\u001F村委会'), expect: [['cell.control', 'villages.csv', 3, 2]] },
  { name: 'a DEL', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u007F土鸡'), expect: [['cell.control', 'credit_loans.csv', 4, 11]] },
  { name: 'a C1 control U+0085', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u0085土鸡'), expect: [['cell.control', 'credit_loans.csv', 4, 11]] },
  { name: 'a control character in a code cell', overlay: () => edit('credit_loans.csv', 'L2016-0002,530721102210', 'L2016-0002,53072110221\u00070'), expect: [['cell.control', 'credit_loans.csv', 4, 2], ['cell.code', 'credit_loans.csv', 4, 2]] },
  { name: 'a noncharacter U+FFFE', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\uFFFE土鸡'), expect: [['cell.noncharacter', 'credit_loans.csv', 4, 11]] },
  { name: 'a noncharacter U+FFFF', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖土鸡\uFFFF'), expect: [['cell.noncharacter', 'credit_loans.csv', 4, 11]] },
  { name: 'a noncharacter U+FDD0', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\uFDD0土鸡'), expect: [['cell.noncharacter', 'credit_loans.csv', 4, 11]] },
  { name: 'a noncharacter of another plane U+1FFFE', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u{1FFFE}土鸡'), expect: [['cell.noncharacter', 'credit_loans.csv', 4, 11]] },
  { name: 'a right-to-left override U+202E', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u202E土鸡'), expect: [['cell.bidi', 'credit_loans.csv', 4, 11]] },
  { name: 'a left-to-right mark U+200E', overlay: () => edit('villages.csv', '海洛村委会', '海洛村委会\u200E'), expect: [['cell.bidi', 'villages.csv', 3, 2], ['geo.kind', 'villages.csv', 3, 3]] },
  { name: 'a right-to-left mark U+200F', overlay: () => edit('credit_loans.csv', '养殖土鸡', '\u200F养殖土鸡'), expect: [['cell.bidi', 'credit_loans.csv', 4, 11]] },
  { name: 'a bidirectional isolate U+2066 … U+2069', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u2066土鸡\u2069'), expect: [['cell.bidi', 'credit_loans.csv', 4, 11]] },
  { name: 'an Arabic letter mark U+061C', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u061C土鸡'), expect: [['cell.bidi', 'credit_loans.csv', 4, 11]] },
  { name: 'an invisible times U+2062', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u2062土鸡'), expect: [['cell.invisible', 'credit_loans.csv', 4, 11]] },
  { name: 'a Mongolian vowel separator U+180E', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u180E土鸡'), expect: [['cell.invisible', 'credit_loans.csv', 4, 11]] },
  { name: 'a Hangul filler U+3164 (looks like a space)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u3164土鸡'), expect: [['cell.invisible', 'credit_loans.csv', 4, 11]] },
  { name: 'Hangul fillers U+115F and U+1160', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u115F\u1160土鸡'), expect: [['cell.invisible', 'credit_loans.csv', 4, 11]] },
  { name: 'a halfwidth Hangul filler U+FFA0', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\uFFA0土鸡'), expect: [['cell.invisible', 'credit_loans.csv', 4, 11]] },
  { name: 'tag characters (hidden ASCII)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖土鸡\u{E0048}\u{E0049}'), expect: [['cell.invisible', 'credit_loans.csv', 4, 11]] },
  { name: 'a soft hyphen (zero-width, as before)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\u00AD土鸡'), expect: [['cell.zero-width', 'credit_loans.csv', 4, 11]] },
  { name: 'a replacement character U+FFFD (decoded in the wrong encoding upstream)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '养殖\uFFFD\uFFFD鸡'), expect: [['cell.replacement-char', 'credit_loans.csv', 4, 11]] },
  { name: 'several kinds in one cell, one problem for each kind', overlay: () => edit('credit_loans.csv', '养殖土鸡', '\u202E养\u000B殖\u000B土\u3164鸡\uFFFD'), expect: [['cell.bidi', 'credit_loans.csv', 4, 11], ['cell.control', 'credit_loans.csv', 4, 11], ['cell.invisible', 'credit_loans.csv', 4, 11], ['cell.replacement-char', 'credit_loans.csv', 4, 11]] },
  {
    name: 'a control character in a column name',
    overlay: () => edit('counties.csv', 'code,name', 'code,na\u000Bme'),
    expect: [['cell.control', 'counties.csv', 1, 2], ['header.unknown', 'counties.csv', 1, 2], ['header.missing', 'counties.csv', 1, 0]],
  },
  // ---------------------------------------------------------------- personal numbers, notes included
  { name: 'an ID-card number in a note', overlay: () => edit('credit_loans.csv', /,SYN,\nL2016-0002/, ',SYN,身份证530721199001011234\nL2016-0002'), expect: [['privacy.id-card', 'credit_loans.csv', 3, 26]] },
  { name: 'a masked ID-card number', overlay: () => edit('credit_loans.csv', /,SYN,\nL2016-0002/, ',SYN,5307211990****123X\nL2016-0002'), expect: [['privacy.id-card', 'credit_loans.csv', 3, 26]] },
  { name: 'a 15-digit ID-card number', overlay: () => edit('credit_loans.csv', /,SYN,\nL2016-0002/, ',SYN,530721900101123\nL2016-0002'), expect: [['privacy.id-card', 'credit_loans.csv', 3, 26]] },
  { name: 'a mobile number in the pledge', overlay: () => edit('credit_loans.csv', '带动2户农户', '联系13812345678'), expect: [['privacy.phone', 'credit_loans.csv', 3, 21]] },
  { name: 'a masked mobile number', overlay: () => edit('credit_loans.csv', '带动2户农户', '联系138****5678'), expect: [['privacy.phone', 'credit_loans.csv', 3, 21]] },
  { name: 'a landline on the second line of a multi-line note (located at the cell’s first line)', overlay: () => edit('sources.csv', '第二行备注', '电话 0888-5123456'), expect: [['privacy.phone', 'sources.csv', 3, 9]] },
  { name: 'a bank-card number', overlay: () => edit('dividends.csv', '记为下限', '打入 6222 0212 3456 7890 123'), expect: [['privacy.bank-card', 'dividends.csv', 2, 14]] },
  { name: 'a full-width mobile number', overlay: () => edit('credit_loans.csv', '带动2户农户', '联系１３８１２３４５６７８'), expect: [['privacy.phone', 'credit_loans.csv', 3, 21]] },
  { name: 'a full-width landline with full-width brackets', overlay: () => edit('credit_loans.csv', '带动2户农户', '电话（0888）5123456'), expect: [['privacy.phone', 'credit_loans.csv', 3, 21]] },
  { name: 'a landline with a full-width dash', overlay: () => edit('credit_loans.csv', '带动2户农户', '0888－5123456'), expect: [['privacy.phone', 'credit_loans.csv', 3, 21]] },
  { name: 'a landline with an em dash', overlay: () => edit('credit_loans.csv', '带动2户农户', '0888—5123456'), expect: [['privacy.phone', 'credit_loans.csv', 3, 21]] },
  { name: 'an ID-card number in groups of 6-8-4', overlay: () => edit('credit_loans.csv', /,SYN,\nL2016-0002/, ',SYN,530721 19900101 1234\nL2016-0002'), expect: [['privacy.id-card', 'credit_loans.csv', 3, 26]] },
  { name: 'a mobile number grouped 4-3-4', overlay: () => edit('credit_loans.csv', '带动2户农户', '1381 234 5678'), expect: [['privacy.phone', 'credit_loans.csv', 3, 21]] },
  { name: 'a card number grouped 6-13', overlay: () => edit('dividends.csv', '记为下限', '622202 1234567890123'), expect: [['privacy.bank-card', 'dividends.csv', 2, 14]] },
  { name: 'Tel glued to a mobile number', overlay: () => edit('credit_loans.csv', '带动2户农户', 'Tel13812345678'), expect: [['privacy.phone', 'credit_loans.csv', 3, 21]] },
  { name: 'IDNo glued to an ID-card number', overlay: () => edit('credit_loans.csv', /,SYN,\nL2016-0002/, ',SYN,IDNo53072119900101123X\nL2016-0002'), expect: [['privacy.id-card', 'credit_loans.csv', 3, 26]] },
  { name: 'No glued to a card number', overlay: () => edit('dividends.csv', '记为下限', 'No6222021234567890123'), expect: [['privacy.bank-card', 'dividends.csv', 2, 14]] },
  { name: 'a mobile number in a source URL’s query', overlay: () => edit('sources.csv', 'tjyqhdmhcxhfdm/', 'tjyqhdmhcxhfdm/?tel=13812345678'), expect: [['privacy.phone', 'sources.csv', 2, 5]] },
  { name: 'a percent-encoded mobile number in a source URL', overlay: () => edit('sources.csv', 'tjyqhdmhcxhfdm/', 'tjyqhdmhcxhfdm/%31%33%38%31%32%33%34%35%36%37%38'), expect: [['privacy.phone', 'sources.csv', 2, 5]] },
  { name: 'a mobile number split by zero-width spaces (both reported)', overlay: () => edit('credit_loans.csv', '带动2户农户', '138\u200B1234\u200B5678'), expect: [['cell.zero-width', 'credit_loans.csv', 3, 21], ['privacy.phone', 'credit_loans.csv', 3, 21]] },
  { name: 'a mobile number in the age column', overlay: () => edit('credit_loans.csv', '2组,白族,35,2017', '2组,白族,13812345678,2017'), expect: [['privacy.phone', 'credit_loans.csv', 5, 8], ['cell.range', 'credit_loans.csv', 5, 8]] },
  { name: 'a masked mobile in the middle of a note (138 **** 5678)', overlay: () => edit('credit_loans.csv', '带动2户农户', '电话 138 **** 5678'), expect: [['privacy.phone', 'credit_loans.csv', 3, 21]] },
  // ---------------------------------------------------------------- rules
  { name: 'stage dates out of order (推荐 before 申请)', overlay: () => edit('credit_loans.csv', '2016-01-29,2016-02-05', '2016-01-29,2016-01-20'), expect: [['loan.stage-order', 'credit_loans.csv', 3, 14]] },
  { name: 'approval before the notice ends', overlay: () => edit('credit_loans.csv', '2017-04-16,0,2017-04-20', '2017-04-16,0,2017-04-15'), expect: [['loan.stage-order', 'credit_loans.csv', 5, 18]] },
  { name: 'a 3-day public notice', overlay: () => edit('credit_loans.csv', '2017-04-10,2017-04-16', '2017-04-10,2017-04-12'), expect: [['loan.notice-period', 'credit_loans.csv', 5, 16]] },
  { name: 'a notice without its end', overlay: () => edit('credit_loans.csv', '2017-04-10,2017-04-16', '2017-04-10,'), expect: [['loan.notice-incomplete', 'credit_loans.csv', 5, 16]] },
  {
    name: 'the notice-period setting (8 days)',
    minNoticeDays: 8,
    overlay: () => ({}),
    expect: [['loan.notice-period', 'credit_loans.csv', 3, 16], ['loan.notice-period', 'credit_loans.csv', 5, 16]],
  },
  { name: 'a repayment status on a declined loan', overlay: () => edit('credit_loans.csv', '未批准,,', '未批准,逾期,'), expect: [['loan.repayment-unapproved', 'credit_loans.csv', 5, 20]] },
  { name: 'more poor households than households', overlay: () => edit('credit_loans.csv', 'true,2,1,SYN', 'true,2,3,SYN'), expect: [['loan.households', 'credit_loans.csv', 3, 24]] },
  { name: 'a follow-up before the loan was decided', overlay: () => edit('credit_followups.csv', '2016-05-05', '2016-02-01'), expect: [['followup.before-loan', 'credit_followups.csv', 2, 2]] },
  { name: 'dividend shares not adding up to 100%', overlay: () => edit('dividend_shares.csv', '33.33', '33.3'), expect: [['dividend.percent-sum', 'dividend_shares.csv', 6, 3], ['dividend.share-amount', 'dividend_shares.csv', 5, 5]] },
  { name: 'dividend shares not adding up to the pool', overlay: () => edit('dividend_shares.csv', '6667.01', '6667.02'), expect: [['dividend.pool-sum', 'dividend_shares.csv', 6, 5], ['dividend.share-amount', 'dividend_shares.csv', 6, 5]] },
  { name: 'a dividend village in another township', overlay: () => edit('dividends.csv', '530721205201,530721205', '530721205201,530721102'), expect: [['dividend.township', 'dividends.csv', 4, 4]] },
  { name: 'income types not adding up to the total', overlay: () => edit('income_totals.csv', '2018,30000', '2018,30001'), expect: [['income.total', 'income_totals.csv', 3, 3]] },
  { name: 'income types without a total', overlay: () => edit('income_totals.csv', /530721102211,2018.*\n/, ''), expect: [['income.no-total', 'collective_income.csv', 5, 2]] },
  { name: 'a township whose village count is wrong', overlay: () => edit('townships.csv', '530721,2,GEO', '530721,3,GEO'), expect: [['geo.village-count', 'townships.csv', 2, 5]] },
  { name: 'a village code outside its township', overlay: () => edit('villages.csv', '530721205204,黎明村委会,村委会,530721205', '530721205204,黎明村委会,村委会,530721102'), expect: [['geo.code-prefix', 'villages.csv', 6, 1], ['geo.village-count', 'townships.csv', 2, 5], ['geo.village-count', 'townships.csv', 3, 5]] },
  { name: 'a kind that does not match the name', overlay: () => edit('townships.csv', '石鼓镇,镇', '石鼓镇,乡'), expect: [['geo.kind', 'townships.csv', 2, 3]] },
  // ---------------------------------------------------------------- people and withheld names
  { name: 'a person id in another form', overlay: () => edit('credit_loans.csv', 'P-T3B2FB', 'P-0013'), expect: [['cell.pattern', 'credit_loans.csv', 5, 5]] },
  { name: 'one person id with two names', overlay: () => edit('credit_loans.csv', '示例党员0002,true,P-WDYCQU', '示例党员0002,true,P-T3B2FB'), expect: [['person.two-names', 'credit_loans.csv', 5, 5]] },
  { name: 'a placeholder with a real person’s id', overlay: () => edit('credit_loans.csv', 'P-T3B2FB', 'P-RZHQW6'), expect: [['person.synthetic-shared', 'credit_loans.csv', 5, 5]] },
  {
    name: 'a withheld name quoted in another table (county_facts)',
    overlay: () => ({ ...edit('credit_loans.csv', '李飞龙,true', '李飞龙,false'), ...edit('county_facts.csv', '"个人申请、组织推荐、群众监督、农信审批"', '李飞龙:个人申请、组织推荐、群众监督、农信审批') }),
    expect: [['privacy.withheld-name', 'county_facts.csv', 5, 11]],
  },
  { name: 'a withheld person named on another loan with the same id', overlay: () => edit('credit_loans.csv', '示例党员0002,true,P-WDYCQU', '示例党员0001,true,P-6WHRK2'), expect: [['privacy.withheld-public', 'credit_loans.csv', 4, 3]] },
  { name: 'a withheld person holding a duty post', overlay: () => edit('duty_posts.csv', '示例党员2002,P-RKB7R7', '示例党员0001,P-6WHRK2'), expect: [['privacy.withheld-public', 'duty_posts.csv', 4, 6]] },
  { name: 'a withheld name in a note of another table', overlay: () => edit('credit_followups.csv', /,SYN,\n/, ',SYN,示例党员0001 回访\n'), expect: [['privacy.withheld-name', 'credit_followups.csv', 2, 6]] },
  // ---------------------------------------------------------------- rules that used to switch themselves off
  {
    name: 'a pool that is a lower bound (236万多元): shares adding up to less than it',
    overlay: () => lowerBound('D-S1-LJLM,村集体,20,false,400000,S1,\nD-S1-LJLM,合作社,5.5,true,110000,S1,\nD-S1-LJLM,入股村民,74.5,true,1490000,S1,\n'),
    expect: [['dividend.pool-sum', 'dividend_shares.csv', 9, 5]],
  },
  {
    name: 'a pool that is a lower bound: shares adding up to more are fine, each its percent of what they add up to',
    overlay: () => lowerBound('D-S1-LJLM,村集体,20,false,480000,S1,\nD-S1-LJLM,合作社,5.5,true,132000,S1,\nD-S1-LJLM,入股村民,74.5,true,1788000,S1,\n'),
    expect: [],
  },
  {
    name: 'a pool that is a lower bound: a share that is not its percent of the sum',
    overlay: () => lowerBound('D-S1-LJLM,村集体,20,false,485000,S1,\nD-S1-LJLM,合作社,5.5,true,132000,S1,\nD-S1-LJLM,入股村民,74.5,true,1788000,S1,\n'),
    expect: [['dividend.share-amount', 'dividend_shares.csv', 7, 5]],
  },
  {
    name: 'approximate percents (约 5.5%) within half a percentage point of the pool',
    overlay: () => edit('dividend_shares.csv', '合作社,5.5,false,1386,SYN,\nD2016-0001,入股村民,74.5,false,18774', '合作社,5.5,true,1500,SYN,\nD2016-0001,入股村民,74.5,true,18660'),
    expect: [],
  },
  {
    name: 'approximate percents further off than half a percentage point',
    overlay: () => edit('dividend_shares.csv', '合作社,5.5,false,1386,SYN,\nD2016-0001,入股村民,74.5,false,18774', '合作社,5.5,true,2000,SYN,\nD2016-0001,入股村民,74.5,true,18160'),
    expect: [['dividend.share-amount', 'dividend_shares.csv', 3, 5], ['dividend.share-amount', 'dividend_shares.csv', 4, 5]],
  },
  {
    name: 'the tolerance setting (0.4 percentage points)',
    options: { percentTolerance: 0.4 },
    overlay: () => edit('dividend_shares.csv', '合作社,5.5,false,1386,SYN,\nD2016-0001,入股村民,74.5,false,18774', '合作社,5.5,true,1500,SYN,\nD2016-0001,入股村民,74.5,true,18660'),
    expect: [['dividend.share-amount', 'dividend_shares.csv', 3, 5], ['dividend.share-amount', 'dividend_shares.csv', 4, 5]],
  },
  { name: 'a date before 1949-10-01', overlay: () => edit('dividends.csv', '2017-12-30', '1949-09-30'), expect: [['date.range', 'dividends.csv', 4, 5]] },
  { name: 'a date more than a year after the build date', overlay: () => edit('credit_followups.csv', '2018-04-30', '2027-11-27'), expect: [['date.range', 'credit_followups.csv', 4, 2]] },
  { name: 'a date a year after the build date is still fine', overlay: () => edit('credit_followups.csv', '2018-04-30', '2027-11-26'), expect: [] },
  { name: 'a year more than a year after the build date', overlay: () => edit('duty_posts.csv', '530721102211,2021,P02', '530721102211,2028,P02'), expect: [['date.range', 'duty_posts.csv', 4, 2]] },
  { name: 'a loan year before its first stage date', overlay: () => edit('credit_loans.csv', '2组,白族,35,2017', '2组,白族,35,2016'), expect: [['loan.year', 'credit_loans.csv', 5, 9]] },
  { name: 'a loan year more than a year after its last stage date', overlay: () => edit('credit_loans.csv', '2组,白族,35,2017', '2组,白族,35,2019'), expect: [['loan.year', 'credit_loans.csv', 5, 9]] },
  { name: 'a loan year in the year after its last stage date is fine', overlay: () => edit('credit_loans.csv', '2组,白族,35,2017', '2组,白族,35,2018'), expect: [] },
  { name: 'ids that differ only in letter case are duplicates', overlay: () => ({ 'credit_loans.csv': `${loans}${loans.split('\n')[4]!.replace('L2017-0001', 'l2017-0001')}\n` }), expect: [['key.duplicate', 'credit_loans.csv', 6, 1]] },
  { name: 'a reference in another letter case does not match', overlay: () => edit('credit_followups.csv', 'L-S1-LFL,2018', 'l-s1-lfl,2018'), expect: [['key.foreign', 'credit_followups.csv', 4, 1]] },
  { name: 'a real-looking name in synthetic rows', overlay: () => edit('credit_loans.csv', '示例党员0003', '和志强'), expect: [['privacy.synthetic-name', 'credit_loans.csv', 5, 3]] },
  // ---------------------------------------------------------------- files
  {
    name: 'a missing file (nothing cascades from it; one line says which checks it made skip)',
    overlay: () => ({ 'dividends.csv': null }),
    expect: [['file.missing', 'dividends.csv', 0, 0], ['check.skipped→dividend_shares.csv', 'dividends.csv', 0, 0]],
  },
  { name: 'a file that is not a table', overlay: () => ({ 'village.csv': villages }), expect: [['file.unknown', 'village.csv', 0, 0]] },
  { name: 'a table’s file named in capitals (Villages.CSV): read as the table, and renamed by a hint', overlay: () => ({ 'villages.csv': null, 'Villages.CSV': villages }), expect: [['file.case', 'Villages.CSV', 0, 0]] },
  { name: 'a table’s file with a capital extension (villages.CSV)', overlay: () => ({ 'villages.csv': null, 'villages.CSV': villages }), expect: [['file.case', 'villages.CSV', 0, 0]] },
  { name: 'a second copy whose name differs only in case', overlay: () => ({ 'Villages.csv': villages }), expect: [['file.case', 'Villages.csv', 0, 0]] },
  {
    name: 'the problems of a misnamed file are found in it, under its own name',
    overlay: () => ({ 'counties.csv': null, 'Counties.csv': validText('counties.csv').replace(',GEO', ',GE0') }),
    expect: [['file.case', 'Counties.csv', 0, 0], ['key.foreign', 'Counties.csv', 2, 5]],
  },
  {
    name: 'an old Excel workbook (.xls) saved as villages.csv: one line, not a cascade',
    overlay: () => ({ 'villages.csv': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]) }),
    expect: [['file.not-csv', 'villages.csv', 0, 0], ['check.skipped→townships.csv', 'villages.csv', 0, 0], ['check.skipped→credit_loans.csv', 'villages.csv', 0, 0], ['check.skipped→dividends.csv', 'villages.csv', 0, 0], ['check.skipped→income_totals.csv', 'villages.csv', 0, 0], ['check.skipped→collective_income.csv', 'villages.csv', 0, 0], ['check.skipped→shareholdings.csv', 'villages.csv', 0, 0], ['check.skipped→duty_posts.csv', 'villages.csv', 0, 0]],
  },
  {
    name: 'a zip archive saved as counties.csv',
    overlay: () => ({ 'counties.csv': zipSync({ 'counties.csv': strToU8(validText('counties.csv')) }) }),
    expect: [['file.not-csv', 'counties.csv', 0, 0], ['check.skipped→townships.csv', 'counties.csv', 0, 0]],
  },
];

