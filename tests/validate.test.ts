/**
 * The validator against every case of DESIGN.md's "Bad input" list and every rule: each case
 * lays one bad file over the valid fixture package and names exactly the problems (code, file,
 * line, column) an editor must be shown, and nothing else.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { readDataset } from '../src/io/read-data-dir.ts';
import { formatProblem, type Problem } from '../src/schemas/problem.ts';
import { tables } from '../src/schemas/index.ts';
import type { RuleOptions } from '../src/lib/check-rules.ts';
import { dirWith, filesWith, validFiles, validText, VALID_DIR, type Overlay } from './helpers/fixture-data.ts';

type Expect = [code: string, file: string, line: number, column: number];

interface Case {
  name: string;
  overlay: () => Overlay;
  expect: Expect[];
  minNoticeDays?: number;
  options?: Partial<RuleOptions>;
}

/** The build date the cases are checked against (the fixture's CHANGELOG.md says the same). */
const TODAY = '2026-11-26';
const shares = validText('dividend_shares.csv');
/** The valid package with shares for the S1 distribution, whose pool (236万多元) is a lower bound. */
const lowerBound = (rows: string) => ({ 'dividend_shares.csv': `${shares}${rows}` });

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = validText(file);
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit did nothing: ${file} ${from}`);
  return { [file]: out };
};
const villages = validText('villages.csv');
const loans = validText('credit_loans.csv');

const cases: Case[] = [
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
  { name: 'an unquoted thousands separator makes a row ragged', overlay: () => edit('credit_loans.csv', ',2016,50000,', ',2016,50,000,'), expect: [['row.ragged', 'credit_loans.csv', 4, 26]] },
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
  { name: 'full-width digits in an amount', overlay: () => edit('credit_loans.csv', ',2016,50000,', ',2016,５００００,'), expect: [['cell.fullwidth-digits', 'credit_loans.csv', 4, 9]] },
  { name: 'full-width digits in a date', overlay: () => edit('credit_loans.csv', '2016-03-10', '２０１６-03-10'), expect: [['cell.fullwidth-digits', 'credit_loans.csv', 4, 15]] },
  { name: 'a quoted thousands separator', overlay: () => edit('credit_loans.csv', ',2016,50000,', ',2016,"50,000",'), expect: [['cell.thousands-separator', 'credit_loans.csv', 4, 9]] },
  { name: 'a unit inside a number (3万)', overlay: () => edit('credit_loans.csv', ',2017,80000,', ',2017,8万,'), expect: [['cell.unit-in-number', 'credit_loans.csv', 5, 9]] },
  { name: 'a unit inside a number (30000元)', overlay: () => edit('shareholdings.csv', ',32000,', ',32000元,'), expect: [['cell.unit-in-number', 'shareholdings.csv', 4, 4]] },
  { name: 'a percent sign', overlay: () => edit('dividend_shares.csv', '村集体,20,', '村集体,20%,'), expect: [['cell.unit-in-number', 'dividend_shares.csv', 2, 3]] },
  { name: 'Excel scientific notation in a code', overlay: () => edit('credit_loans.csv', 'L2016-0002,530721102210', 'L2016-0002,5.30721E+11'), expect: [['cell.scientific', 'credit_loans.csv', 4, 2]] },
  { name: 'Excel scientific notation in an amount', overlay: () => edit('credit_loans.csv', ',2017,80000,', ',2017,8E+04,'), expect: [['cell.scientific', 'credit_loans.csv', 5, 9]] },
  { name: 'an Excel serial date', overlay: () => edit('credit_loans.csv', '2016-03-01,2016-03-01', '42430,2016-03-01'), expect: [['cell.excel-date', 'credit_loans.csv', 4, 12]] },
  { name: 'a date written 2016/3/1', overlay: () => edit('credit_loans.csv', '2016-03-01,2016-03-01', '2016/3/1,2016-03-01'), expect: [['cell.date-format', 'credit_loans.csv', 4, 12]] },
  { name: 'a date that does not exist', overlay: () => edit('credit_loans.csv', '2016-02-26', '2016-02-30'), expect: [['cell.date', 'credit_loans.csv', 3, 17]] },
  { name: 'a two-digit year', overlay: () => edit('credit_loans.csv', ',2017,80000,', ',17,80000,'), expect: [['cell.year', 'credit_loans.csv', 5, 8]] },
  { name: 'a year out of range', overlay: () => edit('income_totals.csv', '530721205201,2017', '530721205201,2107'), expect: [['cell.year', 'income_totals.csv', 4, 2]] },
  { name: 'a status spelled another way (通过)', overlay: () => edit('credit_loans.csv', ',审批中,', ',待审批,'), expect: [['cell.enum', 'credit_loans.csv', 4, 18]] },
  { name: 'a repayment status spelled another way (已还清)', overlay: () => edit('credit_loans.csv', ',已结清,', ',已还清,'), expect: [['cell.enum', 'credit_loans.csv', 3, 19]] },
  { name: 'a boolean written 是', overlay: () => edit('credit_loans.csv', 'L2017-0001,530721001001,示例党员0003,true', 'L2017-0001,530721001001,示例党员0003,是'), expect: [['cell.boolean', 'credit_loans.csv', 5, 4]] },
  { name: 'a required cell left empty', overlay: () => edit('credit_loans.csv', '示例党员0003', ''), expect: [['cell.required', 'credit_loans.csv', 5, 3]] },
  { name: 'an amount of 0', overlay: () => edit('shareholdings.csv', ',32000,', ',0,'), expect: [['cell.positive', 'shareholdings.csv', 4, 4]] },
  { name: 'a negative amount', overlay: () => edit('shareholdings.csv', ',32000,', ',-32000,'), expect: [['cell.positive', 'shareholdings.csv', 4, 4]] },
  { name: 'an amount with 3 decimals', overlay: () => edit('shareholdings.csv', ',32000,', ',32000.125,'), expect: [['cell.decimals', 'shareholdings.csv', 4, 4]] },
  { name: 'a code that is too short (and no unknown-key error for it)', overlay: () => edit('credit_loans.csv', 'L2016-0002,530721102210', 'L2016-0002,53072110221'), expect: [['cell.code', 'credit_loans.csv', 4, 2]] },
  // ---------------------------------------------------------------- any cell
  { name: 'a zero-width space in a name', overlay: () => edit('villages.csv', '海洛村委会', '海洛\u200B村委会'), expect: [['cell.zero-width', 'villages.csv', 3, 2]] },
  { name: 'a trailing full-width space', overlay: () => edit('villages.csv', '海洛村委会', '海洛村委会\u3000'), expect: [['cell.whitespace', 'villages.csv', 3, 2], ['geo.kind', 'villages.csv', 3, 3]] },
  { name: 'a formula (=)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '=SUM(A1:A9)'), expect: [['cell.formula', 'credit_loans.csv', 4, 10]] },
  { name: 'a formula (@)', overlay: () => edit('shareholdings.csv', 'SYN,\n530721102211,2018,红色', 'SYN,@SUM(A1:A9)\n530721102211,2018,红色'), expect: [['cell.formula', 'shareholdings.csv', 2, 7]] },
  { name: 'a formula (+)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '+养殖土鸡'), expect: [['cell.formula', 'credit_loans.csv', 4, 10]] },
  { name: 'a formula (-)', overlay: () => edit('credit_loans.csv', '养殖土鸡', '-养殖土鸡'), expect: [['cell.formula', 'credit_loans.csv', 4, 10]] },
  // ---------------------------------------------------------------- personal numbers, notes included
  { name: 'an ID-card number in a note', overlay: () => edit('credit_loans.csv', /,SYN,\nL2016-0002/, ',SYN,身份证530721199001011234\nL2016-0002'), expect: [['privacy.id-card', 'credit_loans.csv', 3, 25]] },
  { name: 'a masked ID-card number', overlay: () => edit('credit_loans.csv', /,SYN,\nL2016-0002/, ',SYN,5307211990****123X\nL2016-0002'), expect: [['privacy.id-card', 'credit_loans.csv', 3, 25]] },
  { name: 'a 15-digit ID-card number', overlay: () => edit('credit_loans.csv', /,SYN,\nL2016-0002/, ',SYN,530721900101123\nL2016-0002'), expect: [['privacy.id-card', 'credit_loans.csv', 3, 25]] },
  { name: 'a mobile number in the pledge', overlay: () => edit('credit_loans.csv', '带动2户农户', '联系13812345678'), expect: [['privacy.phone', 'credit_loans.csv', 3, 20]] },
  { name: 'a masked mobile number', overlay: () => edit('credit_loans.csv', '带动2户农户', '联系138****5678'), expect: [['privacy.phone', 'credit_loans.csv', 3, 20]] },
  { name: 'a landline on the second line of a multi-line note (located at the cell’s first line)', overlay: () => edit('sources.csv', '第二行备注', '电话 0888-5123456'), expect: [['privacy.phone', 'sources.csv', 3, 9]] },
  { name: 'a bank-card number', overlay: () => edit('dividends.csv', '记为下限', '打入 6222 0212 3456 7890 123'), expect: [['privacy.bank-card', 'dividends.csv', 2, 14]] },
  // ---------------------------------------------------------------- rules
  { name: 'stage dates out of order (推荐 before 申请)', overlay: () => edit('credit_loans.csv', '2016-01-29,2016-02-05', '2016-01-29,2016-01-20'), expect: [['loan.stage-order', 'credit_loans.csv', 3, 13]] },
  { name: 'approval before the notice ends', overlay: () => edit('credit_loans.csv', '2017-04-16,0,2017-04-20', '2017-04-16,0,2017-04-15'), expect: [['loan.stage-order', 'credit_loans.csv', 5, 17]] },
  { name: 'a 3-day public notice', overlay: () => edit('credit_loans.csv', '2017-04-10,2017-04-16', '2017-04-10,2017-04-12'), expect: [['loan.notice-period', 'credit_loans.csv', 5, 15]] },
  { name: 'a notice without its end', overlay: () => edit('credit_loans.csv', '2017-04-10,2017-04-16', '2017-04-10,'), expect: [['loan.notice-incomplete', 'credit_loans.csv', 5, 15]] },
  {
    name: 'the notice-period setting (8 days)',
    minNoticeDays: 8,
    overlay: () => ({}),
    expect: [['loan.notice-period', 'credit_loans.csv', 3, 15], ['loan.notice-period', 'credit_loans.csv', 5, 15]],
  },
  { name: 'a repayment status on a declined loan', overlay: () => edit('credit_loans.csv', '未批准,,', '未批准,逾期,'), expect: [['loan.repayment-unapproved', 'credit_loans.csv', 5, 19]] },
  { name: 'more poor households than households', overlay: () => edit('credit_loans.csv', 'true,2,1,SYN', 'true,2,3,SYN'), expect: [['loan.households', 'credit_loans.csv', 3, 23]] },
  { name: 'a follow-up before the loan was decided', overlay: () => edit('credit_followups.csv', '2016-05-05', '2016-02-01'), expect: [['followup.before-loan', 'credit_followups.csv', 2, 2]] },
  { name: 'dividend shares not adding up to 100%', overlay: () => edit('dividend_shares.csv', '33.33', '33.3'), expect: [['dividend.percent-sum', 'dividend_shares.csv', 6, 3], ['dividend.share-amount', 'dividend_shares.csv', 5, 5]] },
  { name: 'dividend shares not adding up to the pool', overlay: () => edit('dividend_shares.csv', '6667.01', '6667.02'), expect: [['dividend.pool-sum', 'dividend_shares.csv', 6, 5], ['dividend.share-amount', 'dividend_shares.csv', 6, 5]] },
  { name: 'a dividend village in another township', overlay: () => edit('dividends.csv', '530721205201,530721205', '530721205201,530721102'), expect: [['dividend.township', 'dividends.csv', 4, 4]] },
  { name: 'income types not adding up to the total', overlay: () => edit('income_totals.csv', '2018,30000', '2018,30001'), expect: [['income.total', 'income_totals.csv', 3, 3]] },
  { name: 'income types without a total', overlay: () => edit('income_totals.csv', /530721102211,2018.*\n/, ''), expect: [['income.no-total', 'collective_income.csv', 5, 2]] },
  { name: 'a township whose village count is wrong', overlay: () => edit('townships.csv', '530721,2,GEO', '530721,3,GEO'), expect: [['geo.village-count', 'townships.csv', 2, 5]] },
  { name: 'a village code outside its township', overlay: () => edit('villages.csv', '530721205204,黎明村委会,村委会,530721205', '530721205204,黎明村委会,村委会,530721102'), expect: [['geo.code-prefix', 'villages.csv', 6, 1], ['geo.village-count', 'townships.csv', 2, 5], ['geo.village-count', 'townships.csv', 3, 5]] },
  { name: 'a kind that does not match the name', overlay: () => edit('townships.csv', '石鼓镇,镇', '石鼓镇,乡'), expect: [['geo.kind', 'townships.csv', 2, 3]] },
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
  { name: 'a loan year before its first stage date', overlay: () => edit('credit_loans.csv', '示例党员0003,true,2组,白族,35,2017', '示例党员0003,true,2组,白族,35,2016'), expect: [['loan.year', 'credit_loans.csv', 5, 8]] },
  { name: 'a loan year more than a year after its last stage date', overlay: () => edit('credit_loans.csv', '示例党员0003,true,2组,白族,35,2017', '示例党员0003,true,2组,白族,35,2019'), expect: [['loan.year', 'credit_loans.csv', 5, 8]] },
  { name: 'a loan year in the year after its last stage date is fine', overlay: () => edit('credit_loans.csv', '示例党员0003,true,2组,白族,35,2017', '示例党员0003,true,2组,白族,35,2018'), expect: [] },
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

/** [code, file, line, column]; a skipped-checks line also names the table whose checks were skipped. */
const located = (problems: Problem[]) =>
  problems.map((p) => [p.code === 'check.skipped' ? `check.skipped→${/checks of (\S+)/.exec(p.en)![1]}` : p.code, p.file.replace(/^data\//, ''), p.line, p.column]);
const byPlace = (a: (string | number)[], b: (string | number)[]) =>
  String(a[1]).localeCompare(String(b[1])) || Number(a[2]) - Number(b[2]) || Number(a[3]) - Number(b[3]) || String(a[0]).localeCompare(String(b[0]));

describe('the valid fixture package', () => {
  it('has no problem at all', () => {
    expect(loadDataset(validFiles(), 'data').problems).toEqual([]);
  });
});

describe('bad input: each case is found, located, and alone', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { problems } = loadDataset(filesWith(c.overlay()), 'data', { minNoticeDays: c.minNoticeDays ?? 5, today: TODAY, ...c.options });
    expect(located(problems).sort(byPlace)).toEqual([...c.expect].sort(byPlace));
    for (const p of problems) {
      expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.en).toMatch(/[a-z]/);
      expect(p.severity).toBe(p.code === 'check.skipped' ? 'warning' : 'error');
    }
  });
});

describe("the loader's fast cell parsers", () => {
  it('agree with the zod schemas on every row of every case', () => {
    for (const c of cases) {
      const { loaded } = loadDataset(filesWith(c.overlay()), 'data');
      for (const [name, t] of Object.entries(loaded)) {
        const schema = tables[name as keyof typeof tables].schema;
        for (const r of t.raw) {
          // Rows left out before parsing (ragged, malformed quotes) are not compared.
          if (t.problems.some((p) => p.line === r.line && /^(row|csv)\./.test(p.code))) continue;
          const z = schema.safeParse(r.cells);
          expect(z.success, `${c.name}: ${name} line ${r.line}`).toBe(r.parsed >= 0);
          if (z.success && r.parsed >= 0) expect(t.rows[r.parsed]).toEqual(z.data);
        }
      }
    }
  });
});

describe('a workbook saved with a .csv name', () => {
  it('is named for what it is (a real .xlsx from ExcelJS), with how to save it as CSV, and nothing else about it', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('counties');
    for (const line of validText('counties.csv').trim().split('\n')) sheet.addRow(line.split(','));
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    const { problems } = loadDataset(filesWith({ 'counties.csv': xlsx }), 'data');
    expect(located(problems)).toEqual([['file.not-csv', 'counties.csv', 0, 0], ['check.skipped→townships.csv', 'counties.csv', 0, 0]]);
    expect(problems[0]!.zh).toBe('这不是 CSV 文件,而是 Excel 工作簿(.xlsx)');
    expect(problems[0]!.en).toBe('this is not a CSV file but an Excel workbook (.xlsx)');
    expect(problems[0]!.hint!.zh).toContain('CSV UTF-8(逗号分隔)');
    expect(problems[0]!.hint!.en).toContain('File → Save As');
    expect(problems[0]!.hint!.en).toContain('counties.csv');
  });

  it('a file in capitals says which name it should have', () => {
    const p = loadDataset(filesWith({ 'villages.csv': null, 'Villages.CSV': villages }), 'data').problems[0]!;
    expect(p.en).toBe('the file name Villages.CSV is in the wrong case: did you mean villages.csv?');
    expect(p.zh).toContain('是否应为 villages.csv');
  });
});

describe('messages an editor can act on', () => {
  const problem = (overlay: Overlay, code: string) => loadDataset(filesWith(overlay), 'data').problems.find((p) => p.code === code)!;

  it('names the encoding a file seems to be in and how to fix it', () => {
    const gbk = problem({ 'villages.csv': iconv.encode(villages, 'gbk') }, 'encoding.gb18030');
    expect(gbk.zh).toContain('GBK/GB18030');
    expect(gbk.hint!.zh).toContain('CSV UTF-8');
    expect(gbk.hint!.en).toContain('npm run normalize -- data/villages.csv');
    const utf16 = problem({ 'villages.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(villages, 'utf16le')]) }, 'encoding.utf16');
    expect(utf16.en).toContain('UTF-16LE');
  });

  it('suggests the column a renamed one stands for', () => {
    expect(problem(edit('villages.csv', 'kind,township_code', 'kind,乡级代码'), 'header.unknown').hint!.en).toContain('did you mean township_code');
  });

  it('gives the standard spelling of a status', () => {
    expect(problem(edit('credit_loans.csv', ',审批中,', ',待审批,'), 'cell.enum').hint!.zh).toContain('审批中');
    expect(problem(edit('credit_loans.csv', ',已结清,', ',已还清,'), 'cell.enum').hint!.en).toContain('已结清');
  });

  it('converts units and serial dates in the hint', () => {
    expect(problem(edit('credit_loans.csv', ',2017,80000,', ',2017,8万,'), 'cell.unit-in-number').hint!.en).toContain('80000');
    expect(problem(edit('credit_loans.csv', '2016-03-01,2016-03-01', '42430,2016-03-01'), 'cell.excel-date').hint!.en).toContain('2016-03-01');
  });

  it('never proposes a code from scientific notation: the digits are lost, and it says how to keep codes as text', () => {
    const p = problem(edit('credit_loans.csv', 'L2016-0002,530721102210', 'L2016-0002,5.30721E+11'), 'cell.scientific');
    expect(`${p.zh} ${p.en} ${p.hint!.zh} ${p.hint!.en}`).not.toMatch(/530721000000|\b5307210+\b/);
    expect(p.en).toContain('its last digits are lost');
    expect(p.hint!.en).toContain('only the first 6 of its 12 digits are left');
    expect(p.hint!.en).toContain('format the column as Text first');
    expect(p.hint!.zh).toContain('设为“文本”格式');
  });

  it('an amount in scientific notation: the range its lost digits leave open, not a figure to write', () => {
    const p = problem(edit('credit_loans.csv', ',2017,80000,', ',2017,8E+04,'), 'cell.scientific');
    expect(p.hint!.en).toContain('could be anything from 75000 to 84999');
    expect(p.hint!.zh).toContain('75000 到 84999');
    expect(p.hint!.en).not.toMatch(/write (the full number )?80000/);
  });

  it('names the other spelling of an id that differs only in case, and its line', () => {
    const dup = problem({ 'credit_loans.csv': `${loans}${loans.split('\n')[4]!.replace('L2017-0001', 'l2017-0001')}\n` }, 'key.duplicate');
    expect(dup.en).toBe('duplicate row: loan_id=l2017-0001 differs only in letter case from L2017-0001 on line 5');
    expect(dup.zh).toContain('与第 5 行的 L2017-0001 只差大小写');
    const ref = problem(edit('credit_followups.csv', 'L-S1-LFL,2018', 'l-s1-lfl,2018'), 'key.foreign');
    expect(ref.hint!.en).toBe('credit_loans.csv spells it L-S1-LFL: write it in the same case');
  });

  it('says what a lower-bound pool and an approximate percent allow', () => {
    const short = problem(lowerBound('D-S1-LJLM,村集体,20,false,400000,S1,\nD-S1-LJLM,合作社,5.5,true,110000,S1,\nD-S1-LJLM,入股村民,74.5,true,1490000,S1,\n'), 'dividend.pool-sum');
    expect(short.en).toBe('the shares of D-S1-LJLM add up to 2000000 yuan, less than the pool of at least 2360000 yuan');
    expect(short.hint!.en).toContain('360000 yuan short');
    const approx = problem(edit('dividend_shares.csv', '合作社,5.5,false,1386,SYN,\nD2016-0001,入股村民,74.5,false,18774', '合作社,5.5,true,2000,SYN,\nD2016-0001,入股村民,74.5,true,18160'), 'dividend.share-amount');
    expect(approx.en).toBe('合作社 received 2000 yuan, not about 5.5% of the pool (±0.5 percentage points: 1260–1512 yuan)');
  });

  it('says which build date a date is measured against', () => {
    const { problems } = loadDataset(filesWith(edit('credit_followups.csv', '2018-04-30', '2027-11-27')), 'data', { minNoticeDays: 5, today: TODAY });
    expect(problems[0]!.en).toBe('the date 2027-11-27 is more than a year after the build date 2026-11-26');
  });

  it('says by how much a dividend misses its pool', () => {
    expect(problem(edit('dividend_shares.csv', '6667.01', '6667.02'), 'dividend.pool-sum').hint!.en).toContain('0.01');
  });
});

describe('several problems in one file', () => {
  it('are all reported in one run, in line order, the problems of files and headers first', () => {
    const text = loans
      .replace('L2016-0002,530721102210', 'L2016-0002,530721102299')
      .replace(',2017,80000,', ',2017,8万,')
      .replace('2016-01-29,2016-02-05', '2016-01-29,2016-01-20')
      .replace('养殖土鸡', '=养殖土鸡');
    const { problems } = loadDataset(filesWith({ 'credit_loans.csv': text, 'villages.csv': `\uFEFF${villages}` }), 'data');
    expect(located(problems)).toEqual([
      ['encoding.bom', 'villages.csv', 1, 1],
      ['loan.stage-order', 'credit_loans.csv', 3, 13],
      ['key.foreign', 'credit_loans.csv', 4, 2],
      ['cell.formula', 'credit_loans.csv', 4, 10],
      ['cell.unit-in-number', 'credit_loans.csv', 5, 9],
    ]);
  });

  it('puts a broken header first, then the checks it made skip, then the rest', () => {
    const { problems } = loadDataset(
      filesWith({ ...edit('sources.csv', /^id,/, 'code,'), ...edit('credit_loans.csv', ',2017,80000,', ',2017,8万,') }),
      'data',
    );
    const codes = problems.map((p) => p.code);
    expect(codes.slice(0, 2).sort()).toEqual(['header.missing', 'header.unknown']);
    expect(codes.slice(2, 14)).toEqual(Array(12).fill('check.skipped'));
    expect(codes.slice(14)).toEqual(['cell.unit-in-number']);
    expect(problems[2]!.en).toMatch(/^sources\.csv's header lacks the column id, so the checks of \S+ that read it were skipped \(foreign key source_id/);
    expect(problems[2]!.zh).toContain('sources.csv 的表头缺少列 id');
  });
});

describe('npm run validate (the command line)', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/validate.ts', ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });

  it('exits 0 on the valid fixture and says so', () => {
    const r = run([VALID_DIR]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('data valid');
    expect(() => execFileSync(process.execPath, ['scripts/validate.ts', VALID_DIR], { stdio: 'pipe' })).not.toThrow();
  });

  it('exits 1 on a bad package and prints path:line:column: error[code]: 中文 / English (hint)', () => {
    const dir = dirWith({ ...edit('credit_loans.csv', ',2017,80000,', ',2017,8万,'), 'villages.csv': villages.replaceAll('\n', '\r\n') });
    try {
      const r = run([dir]);
      expect(r.status).toBe(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^${dir}/villages\\.csv:1:0: error\\[newline\\.crlf\\]: .+ / .+`)),
        expect.stringMatching(new RegExp(`^${dir}/credit_loans\\.csv:5:9: error\\[cell\\.unit-in-number\\]: 数字中带有单位“万” / the number carries a unit \\("万"\\) \\(提示: .*80000.* / hint: .*80000.*\\)$`)),
      ]);
      expect(r.stderr).toContain('2 error(s)');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('prints the same problems as JSON with --format json', () => {
    const dir = dirWith(edit('credit_loans.csv', ',2017,80000,', ',2017,8万,'));
    try {
      const r = run([dir, '--format', 'json']);
      expect(r.status).toBe(1);
      const out = JSON.parse(r.stdout);
      expect(out).toEqual({
        dir,
        errors: 1,
        warnings: 0,
        problems: [
          {
            code: 'cell.unit-in-number',
            zh: '数字中带有单位“万”',
            en: 'the number carries a unit ("万")',
            hint: { zh: expect.stringContaining('80000'), en: expect.stringContaining('80000') },
            file: `${dir}/credit_loans.csv`,
            line: 5,
            column: 9,
            severity: 'error',
          },
        ],
      });
      expect(JSON.parse(run([VALID_DIR, '--format', 'json']).stdout)).toMatchObject({ errors: 0, problems: [] });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('prints GitHub workflow annotations when GITHUB_ACTIONS=true', () => {
    const dir = dirWith(edit('credit_loans.csv', ',2017,80000,', ',2017,8万,'));
    try {
      const r = run([dir], { GITHUB_ACTIONS: 'true' });
      expect(r.status).toBe(1);
      const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      expect(annotations).toEqual([expect.stringMatching(new RegExp(`^::error file=${dir}/credit_loans\\.csv,line=5,col=9,title=cell\\.unit-in-number::数字中带有单位“万” / the number carries a unit \\("万"\\) \\(.+\\)$`))]);
      // With --format json, stdout stays one JSON document and the annotations go to stderr.
      const j = run([dir, '--format', 'json'], { GITHUB_ACTIONS: 'true' });
      expect(JSON.parse(j.stdout).errors).toBe(1);
      expect(j.stderr).toMatch(/^::error file=.*credit_loans\.csv,line=5,col=9,title=cell\.unit-in-number::/m);
      expect(run([VALID_DIR], { GITHUB_ACTIONS: 'true' }).stdout).not.toContain('::');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('a broken header: its own errors first, one warning per skipped dependency, and a summary that counts both', () => {
    const dir = dirWith(edit('sources.csv', /^id,/, 'code,'));
    try {
      const r = run([dir]);
      expect(r.status).toBe(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(14);
      expect(lines[0]).toContain(`${dir}/sources.csv:1:0: error[header.missing]`);
      expect(lines[1]).toMatch(/sources\.csv:1:1: error\[header\.unknown\]: 未知的列名“code” .*did you mean id \(Id\)/);
      for (const l of lines.slice(2)) expect(l).toMatch(/sources\.csv:1:0: warning\[check\.skipped\]/);
      expect(r.stdout).not.toContain('key.foreign');
      expect(r.stderr).toContain('2 error(s), 12 warning(s)');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('reads a table’s file named in capitals from disk and says what to rename it', () => {
    const dir = dirWith({ 'villages.csv': null, 'Villages.CSV': villages });
    try {
      const r = run([dir]);
      expect(r.status).toBe(1);
      expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/Villages\.CSV:0:0: error\[file\.case\]: .*did you mean villages\.csv\?/)]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('measures dates against the newest version in CHANGELOG.md, or SOURCE_DATE_EPOCH', () => {
    const dir = dirWith(edit('credit_followups.csv', '2018-04-30', '2027-12-01'));
    try {
      // the fixture's CHANGELOG.md: 1.0.0 — 2026-11-26, so 2027-12-01 is too late
      const r = run([dir]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('error[date.range]: 日期 2027-12-01 比构建日期 2026-11-26 晚一年以上');
      // a build on 2027-06-01 (Beijing time) allows it
      expect(run([dir], { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 5, 1) / 1000) }).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('honours --percent-tolerance', () => {
    const dir = dirWith(edit('dividend_shares.csv', '合作社,5.5,false,1386,SYN,\nD2016-0001,入股村民,74.5,false,18774', '合作社,5.5,true,1500,SYN,\nD2016-0001,入股村民,74.5,true,18660'));
    try {
      expect(run([dir]).status).toBe(0);
      expect(run([dir, '--percent-tolerance', '0.4']).status).toBe(1);
      expect(run([dir, '--percent-tolerance', 'half']).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('honours --min-notice-days and refuses a bad option', () => {
    expect(run([VALID_DIR, '--min-notice-days', '8']).status).toBe(1);
    expect(run([VALID_DIR, '--min-notice-days', 'five']).status).toBe(2);
    expect(run([VALID_DIR, '--format', 'xml']).status).toBe(2);
  });
});

describe('npm run build', () => {
  it('validates first and stops on an error, before building anything', () => {
    const dir = dirWith(edit('credit_loans.csv', ',2017,80000,', ',2017,8万,'));
    try {
      const r = spawnSync(process.execPath, ['scripts/build.ts', '--data', dir], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('credit_loans.csv:5:9: error[cell.unit-in-number]');
      expect(r.stderr).toContain('validate data / 检查数据');
      expect(r.stderr).not.toContain('build site / 生成网站');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('readDataset', () => {
  it('reads a folder from disk as loadDataset reads its files', () => {
    expect(readDataset(VALID_DIR).problems).toEqual([]);
    expect(formatProblem({ code: 'x.y', zh: '甲', en: 'a', file: 'data/a.csv', line: 3, column: 2, severity: 'error' })).toBe('data/a.csv:3:2: error[x.y]: 甲 / a');
  });
});
