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
import { findPersonalNumbers } from '../src/lib/privacy.ts';
import { dirWith, filesWith, validFiles, validText, VALID_DIR, type Overlay } from './helpers/fixture-data.ts';
import { cases, edit, loans, lowerBound, TODAY, villages } from './helpers/validator-cases.ts';

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

  it('says which character of the cell breaks the files, and that a Word line break wants a real one', () => {
    const vt = problem(edit('credit_loans.csv', '养殖土鸡', '养殖\u000B土鸡'), 'cell.control');
    expect(vt.zh).toContain('单元格第 3 个字符');
    expect(vt.en).toContain('character 3 of the cell');
    expect(vt.en).toContain('U+000B');
    expect(vt.hint!.zh).toContain('Alt+Enter');
    expect(vt.hint!.en).toContain('real line break');
    // characters are counted as an editor counts them (an astral character is one)
    expect(problem(edit('credit_loans.csv', '养殖土鸡', '𠀀养殖\u0007土鸡'), 'cell.control').hint!.en).toContain('character 4');
    const bidi = problem(edit('credit_loans.csv', '养殖土鸡', '养殖\u202E土鸡\u202E'), 'cell.bidi');
    expect(bidi.en).toContain('U+202E');
    expect(bidi.en).toContain('2 in all');
  });

  it('says a U+FFFD means the file went through the wrong encoding, and how to get the text back', () => {
    const r = problem(edit('credit_loans.csv', '养殖土鸡', '养殖\uFFFD\uFFFD鸡'), 'cell.replacement-char');
    expect(r.zh).toContain('错误的编码');
    expect(r.en).toContain('wrong encoding');
    expect(r.hint!.zh).toContain('GBK');
    expect(r.hint!.en).toContain('CSV UTF-8');
  });

  it('never repeats a personal number it found: the message shows it masked, with the character it starts at', () => {
    const p = problem(edit('credit_loans.csv', '带动2户农户', '联系13812345678'), 'privacy.phone');
    expect(`${p.zh} ${p.en}`).not.toContain('13812345678');
    expect(p.zh).toContain('138****5678');
    expect(p.zh).toContain('第 3 个字符');
    expect(p.en).toContain('from character 3');
    const id = problem(edit('credit_loans.csv', /,SYN,\nL2016-0002/, ',SYN,身份证 530721 19900101 1234\nL2016-0002'), 'privacy.id-card');
    expect(id.en).toContain('530721********1234');
    const card = problem(edit('dividends.csv', '记为下限', '打入 6222 0212 3456 7890 123'), 'privacy.bank-card');
    expect(card.en).toContain('6222 **** **** 0123');
  });

  it('masks a personal number wherever another message would quote the cell', () => {
    const space = problem(edit('credit_loans.csv', '带动2户农户', ' 联系13812345678'), 'cell.whitespace');
    expect(space.hint!.zh).toBe('删除多余的空格:“联系138****5678,其中贫困户1户”');
    const range = problem(edit('credit_loans.csv', '2组,白族,35,2017', '2组,白族,13812345678,2017'), 'cell.range');
    expect(range.zh).toContain('138****5678');
    const code = problem(edit('credit_loans.csv', 'L2016-0002,530721102210', 'L2016-0002,13812345678'), 'cell.code');
    expect(`${code.zh} ${code.en}`).not.toContain('13812345678');
    const foreign = problem(edit('credit_loans.csv', 'L2016-0002,530721102210', 'L2016-0002,530721102299'), 'key.foreign');
    expect(foreign.zh).toContain('530721102299'); // a village code is not a personal number
  });

  it('shows a control character in a quoted column name as <U+000B>, not as itself', () => {
    const p = problem(edit('counties.csv', 'code,name', 'code,na\u000Bme'), 'header.unknown');
    expect(p.zh).toContain('na<U+000B>me');
  });

  it('reports a row holding only a control character as that, not as an empty row to drop', () => {
    const { problems } = loadDataset(filesWith({ 'counties.csv': `${validText('counties.csv')}\u000B,,,,\n` }), 'data');
    expect(problems.map((p) => p.code)).toContain('cell.control');
    expect(problems.map((p) => p.code)).not.toContain('row.empty');
  });

  it('prints no control character and no personal number in any message of any case', () => {
    const raw = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/;
    for (const c of cases) {
      for (const p of loadDataset(filesWith(c.overlay()), 'data').problems) {
        for (const text of [p.zh, p.en, p.hint?.zh ?? '', p.hint?.en ?? '']) {
          expect(text, `${c.name}: ${p.code}`).not.toMatch(raw);
          expect(text, `${c.name}: ${p.code}`).not.toContain('\n');
          for (const n of findPersonalNumbers(text)) expect(n.match, `${c.name}: ${p.code}`).toBe(n.masked);
        }
      }
    }
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
      ['loan.stage-order', 'credit_loans.csv', 3, 14],
      ['key.foreign', 'credit_loans.csv', 4, 2],
      ['cell.formula', 'credit_loans.csv', 4, 11],
      ['cell.unit-in-number', 'credit_loans.csv', 5, 10],
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
        expect.stringMatching(new RegExp(`^${dir}/credit_loans\\.csv:5:10: error\\[cell\\.unit-in-number\\]: 数字中带有单位“万” / the number carries a unit \\("万"\\) \\(提示: .*80000.* / hint: .*80000.*\\)$`)),
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
            column: 10,
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
      expect(annotations).toEqual([expect.stringMatching(new RegExp(`^::error file=${dir}/credit_loans\\.csv,line=5,col=10,title=cell\\.unit-in-number::数字中带有单位“万” / the number carries a unit \\("万"\\) \\(.+\\)$`))]);
      // With --format json, stdout stays one JSON document and the annotations go to stderr.
      const j = run([dir, '--format', 'json'], { GITHUB_ACTIONS: 'true' });
      expect(JSON.parse(j.stdout).errors).toBe(1);
      expect(j.stderr).toMatch(/^::error file=.*credit_loans\.csv,line=5,col=10,title=cell\.unit-in-number::/m);
      expect(run([VALID_DIR], { GITHUB_ACTIONS: 'true' }).stdout).not.toContain('::');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('prints no personal number and no control character it found, in text or JSON', () => {
    const dir = dirWith({ ...edit('credit_loans.csv', '带动2户农户', ' 电话 138-1234-5678\u000B') });
    try {
      for (const args of [[dir], [dir, '--format', 'json']]) {
        const r = run(args, { GITHUB_ACTIONS: 'true' });
        expect(r.status).toBe(1);
        expect(r.stdout + r.stderr).toContain('138****5678');
        expect(r.stdout + r.stderr).not.toMatch(/138-?1234-?5678/);
        expect(r.stdout + r.stderr).not.toContain('\u000B');
      }
      expect(JSON.parse(run([dir, '--format', 'json']).stdout).problems.map((p: Problem) => p.code)).toEqual(['cell.control', 'cell.whitespace', 'privacy.phone']);
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
      expect(r.stdout).toContain('credit_loans.csv:5:10: error[cell.unit-in-number]');
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
