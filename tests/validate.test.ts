/**
 * The validator against every case of DESIGN.md's "Bad input" list and every rule: each case
 * lays one bad file over the valid fixture package and names exactly the problems (code, file,
 * line, column) an editor must be shown, and nothing else.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { readDataset } from '../src/io/read-data-dir.ts';
import { formatProblem, type Problem } from '../src/schemas/problem.ts';
import { tables } from '../src/schemas/index.ts';
import { findPersonalNumbers } from '../src/lib/privacy.ts';
import { dirWith, filesWith, validFiles, validText, VALID_DIR, type Overlay } from './helpers/fixture-data.ts';
import { cases, edit, loans, villages } from './helpers/validator-cases.ts';

const located = (problems: Problem[]) => problems.map((p) => [p.code, p.file.replace(/^data\//, ''), p.line, p.column]);

describe('the valid fixture package', () => {
  it('has no problem at all', () => {
    expect(loadDataset(validFiles(), 'data').problems).toEqual([]);
  });
});

describe('bad input: each case is found, located, and alone', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { problems } = loadDataset(filesWith(c.overlay()), 'data', { minNoticeDays: c.minNoticeDays ?? 5 });
    expect(located(problems)).toEqual([...c.expect].sort((a, b) => a[1].localeCompare(b[1]) || a[2] - b[2] || a[3] - b[3] || a[0].localeCompare(b[0])));
    for (const p of problems) {
      expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.en).toMatch(/[a-z]/);
      expect(p.severity).toBe('error');
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

  it('says by how much a dividend misses its pool', () => {
    expect(problem(edit('dividend_shares.csv', '6667.01', '6667.02'), 'dividend.pool-sum').hint!.en).toContain('0.01');
  });
});

describe('several problems in one file', () => {
  it('are all reported in one run, in line order', () => {
    const text = loans
      .replace('L2016-0002,530721102210', 'L2016-0002,530721102299')
      .replace(',2017,80000,', ',2017,8万,')
      .replace('2016-01-29,2016-02-05', '2016-01-29,2016-01-20')
      .replace('养殖土鸡', '=养殖土鸡');
    const { problems } = loadDataset(filesWith({ 'credit_loans.csv': text, 'villages.csv': `\uFEFF${villages}` }), 'data');
    expect(located(problems)).toEqual([
      ['loan.stage-order', 'credit_loans.csv', 3, 14],
      ['key.foreign', 'credit_loans.csv', 4, 2],
      ['cell.formula', 'credit_loans.csv', 4, 11],
      ['cell.unit-in-number', 'credit_loans.csv', 5, 10],
      ['encoding.bom', 'villages.csv', 1, 1],
    ]);
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
        expect.stringMatching(new RegExp(`^${dir}/credit_loans\\.csv:5:10: error\\[cell\\.unit-in-number\\]: 数字中带有单位“万” / the number carries a unit \\("万"\\) \\(提示: .*80000.* / hint: .*80000.*\\)$`)),
        expect.stringMatching(new RegExp(`^${dir}/villages\\.csv:1:0: error\\[newline\\.crlf\\]: .+ / .+`)),
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
