/**
 * The classification of a pull request's problems: "only what the conversion fixes" (BOM, CRLF,
 * GBK or UTF-16 bytes, full-width digits in numeric columns) gets one line and the converted
 * files; anything else is a real problem and the validator's list stands.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { classifyConversion, conversionLine } from '../src/lib/conversion.ts';
import { dirWith, filesWith, validText } from './helpers/fixture-data.ts';

const villages = validText('villages.csv');
const loans = validText('credit_loans.csv');

describe('classifyConversion', () => {
  it.each([
    ['a BOM', { 'villages.csv': `\uFEFF${villages}` }],
    ['CRLF line ends', { 'villages.csv': villages.replaceAll('\n', '\r\n') }],
    ['GBK bytes', { 'villages.csv': iconv.encode(villages, 'gbk') }],
    ['UTF-16LE with a BOM', { 'villages.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(villages, 'utf16le')]) }],
    ['full-width digits in an amount', { 'credit_loans.csv': loans.replace(',2016,50000,', ',2016,５００００,') }],
    ['all of them in two files', { 'villages.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(villages.replaceAll('\n', '\r\n'))]), 'credit_loans.csv': iconv.encode(loans.replace(',2016,50000,', ',2016,５００００,'), 'gb18030') }],
  ])('%s: only the conversion, and the converted files are clean', (_, overlay) => {
    const c = classifyConversion(filesWith(overlay), 'data');
    expect(c.problems.length).toBeGreaterThan(0);
    expect(c.onlyConversion).toBe(true);
    expect([...c.converted.keys()].sort()).toEqual(Object.keys(overlay).sort());
    expect(new TextDecoder().decode(c.converted.get('villages.csv') ?? new TextEncoder().encode(villages))).toBe(villages);
    expect(conversionLine(c).en).toMatch(/^all \d+ problem\(s\) are only the file format/);
  });

  it.each([
    ['a real error beside a BOM', { 'villages.csv': `\uFEFF${villages}`, 'credit_loans.csv': loans.replace(',2017,80000,', ',2017,8万,') }],
    ['a real error alone', { 'credit_loans.csv': loans.replace(',2017,80000,', ',2017,8万,') }],
    ['full-width digits in a name (not a conversion)', { 'villages.csv': villages.replace('海洛村委会', '海洛村委会１') }],
  ])('%s: not only the conversion', (_, overlay) => {
    const c = classifyConversion(filesWith(overlay), 'data');
    expect(c.problems.length).toBeGreaterThan(0);
    expect(c.onlyConversion).toBe(false);
  });

  it('a clean package needs no conversion', () => {
    expect(classifyConversion(filesWith({}), 'data')).toMatchObject({ onlyConversion: false, problems: [] });
  });
});

describe('node scripts/check-conversion.ts (the CI step)', () => {
  it('says it in one line, writes the converted files and the step output, and leaves data/ alone', () => {
    const dir = dirWith({ 'villages.csv': `\uFEFF${villages.replaceAll('\n', '\r\n')}` });
    const out = join(dir, 'converted');
    const gh = join(dir, 'gh-output');
    try {
      const r = spawnSync(process.execPath, ['scripts/check-conversion.ts', dir, '--out', out], { encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: gh, GITHUB_ACTIONS: '' } });
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toMatch(/只是电子表格另存时的文件格式.*villages\.csv/);
      expect(readFileSync(join(out, 'villages.csv'), 'utf8')).toBe(villages);
      expect(readFileSync(gh, 'utf8')).toBe('convertible=true\n');
      expect(readFileSync(join(dir, 'villages.csv'), 'utf8')).toBe(`\uFEFF${villages.replaceAll('\n', '\r\n')}`);
      const clean = spawnSync(process.execPath, ['scripts/check-conversion.ts', 'tests/fixtures/valid', '--out', join(dir, 'none')], { encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: gh } });
      expect(clean.status).toBe(0);
      expect(readFileSync(gh, 'utf8')).toBe('convertible=true\nconvertible=false\n');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
