// The data diff a reviewer reads on every pull request: rows added, removed and changed by
// primary key, the effect on the totals, the flags, and no noise from row order or encoding.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../src/io/read-data-dir.ts';
import { loadSide } from '../src/io/git-data.ts';
import { diffRows } from '../src/lib/diff/rows.ts';
import { csvDataRows } from '../src/lib/diff/release.ts';
import { makeReport, type DiffReport } from '../src/lib/diff/report.ts';
import { renderMarkdown, renderText } from '../src/lib/diff/render.ts';

const BASE = 'tests/fixtures/diff/base';
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the base fixture, edited by `edit`. */
function variant(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-diff-'));
  temp.push(dir);
  cpSync(BASE, dir, { recursive: true });
  edit(dir);
  return dir;
}
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const rewrite = (dir: string, f: string, fn: (s: string) => string) => writeFileSync(join(dir, f), fn(read(dir, f)));
const report = (head: string, base = BASE): DiffReport =>
  makeReport({ label: 'base', dataset: readDataset(base) }, { label: 'head', dataset: readDataset(head) });
const table = (r: DiffReport, name: string) => r.tables.find((t) => t.table === name);

describe('diffRows', () => {
  it('keys rows by the primary key and compares canonical cell text', () => {
    const a = readDataset(BASE).data;
    const b = structuredClone(a);
    b.income_totals[1]!.total_yuan = 5300000;
    b.income_totals.reverse();
    b.income_totals.push({ village_code: '530721102204', year: 2018, total_yuan: 100, source_id: 'SYN', note: null });
    const d = diffRows('income_totals', a.income_totals, b.income_totals);
    expect(d.removed).toEqual([]);
    expect(d.added.map((r) => [r.village_code, r.year])).toEqual([['530721102204', 2018]]);
    expect(d.changed).toEqual([
      expect.objectContaining({ key: ['530721102211', '2017'], fields: [{ name: 'total_yuan', old: '52000', new: '53000' }] }),
    ]);
  });
});

describe('the data diff report', () => {
  it('lists an added loan with its village name and moves the loan totals', () => {
    const r = report(variant((d) => rewrite(d, 'credit_loans.csv', (s) => s + 'L2016-0003,530721102211,示例党员0003,true,P-T3B2FB,1组,纳西族,30,2016,60000,开办农家乐,乡村旅游,2016-05-01,2016-05-05,2016-05-06,2016-05-12,0,2016-05-20,批准,未到期,,false,1,0,SYN,\n')));
    expect(r.changed).toBe(true);
    const t = table(r, 'credit_loans')!;
    expect(t.added.map((a) => a.key)).toEqual([['L2016-0003']]);
    expect(t.added[0]!.names).toContain('拉巴支村委会(石鼓镇)');
    expect(t.removed).toEqual([]);
    expect(r.totals.map((l) => [l.id, l.old, l.new])).toEqual([
      ['loans-count', 3, 4],
      ['loans-amount', 23000000, 29000000],
    ]);
    expect(r.flags).toEqual([]);
  });

  it('flags a removed recipient and the dropping row count', () => {
    const r = report(variant((d) => rewrite(d, 'credit_loans.csv', (s) => s.split('\n').filter((l) => !l.startsWith('L2016-0002')).join('\n'))));
    const t = table(r, 'credit_loans')!;
    expect(t.removed.map((x) => x.key)).toEqual([['L2016-0002']]);
    expect(t.rows).toEqual({ old: 3, new: 2 });
    expect(r.flags.map((f) => f.kind).sort()).toEqual(['recipient-removed', 'row-count-dropped']);
    // The recipient chose not to be named: the report does not name them either.
    expect(renderText(r)).not.toContain('示例党员0002');
    expect(r.flags.find((f) => f.kind === 'recipient-removed')!.rows[0]).toContain('姓名不公开');
  });

  it('shows each changed field as old → new, with names beside codes, and the effect on the year’s income', () => {
    const r = report(variant((d) => {
      rewrite(d, 'income_totals.csv', (s) => s.replace('530721102211,2017,52000', '530721102211,2017,53000.50'));
      rewrite(d, 'collective_income.csv', (s) => s.replace('530721102211,2017,产业带动,40000', '530721102211,2017,产业带动,41000.50'));
    }));
    const t = table(r, 'income_totals')!;
    expect(t.changed).toEqual([expect.objectContaining({ key: ['530721102211', '2017'], names: '拉巴支村委会(石鼓镇)', fields: [{ name: 'total_yuan', old: '52000', new: '53000.50' }] })]);
    expect(r.totals).toEqual([expect.objectContaining({ id: 'income-2017', old: 10950000, new: 11050050 })]);
    const md = renderMarkdown(r);
    expect(md).toContain('`total_yuan`(合计(元) / Total (yuan)): `52000` → `53000.50`');
    expect(md).toContain('| 2017 年全县村集体经济收入 / County collective income, 2017 | 109,500 元 | 110,500.50 元 | +1,000.50 元 |');
    expect(r.flags).toEqual([]); // synthetic rows only
  });

  it('flags a published figure that changed and a row whose source changed', () => {
    const r = report(variant((d) => {
      rewrite(d, 'county_facts.csv', (s) => s.replace(',462,人,', ',463,人,'));
      rewrite(d, 'credit_followups.csv', (s) => s.replace('按承诺用途使用,SYN', '按承诺用途使用,S1'));
    }));
    const kinds = r.flags.map((f) => `${f.kind}:${f.table}`);
    expect(kinds).toContain('published-changed:county_facts');
    expect(kinds).toContain('source-changed:credit_followups');
    expect(r.flags.find((f) => f.kind === 'published-changed')!.rows).toEqual(['F09 玉龙纳西族自治县']);
    expect(r.flags.find((f) => f.kind === 'source-changed')!.rows).toEqual(['L2016-0001 · 2016-09-01: SYN → S1']);
    // A synthetic row changed is not a published figure changed.
    expect(kinds).not.toContain('published-changed:credit_followups');
  });

  it('flags a change to the sources table itself', () => {
    const r = report(variant((d) => rewrite(d, 'sources.csv', (s) => s.replace('xing528.com', 'xing528.com(转载)'))));
    expect(r.flags.map((f) => f.kind)).toEqual(['source-changed']);
    expect(r.flags[0]!.rows[0]).toMatch(/^S1 基层党建创新/);
  });

  it('says a renamed column is a header problem instead of listing every row as changed', () => {
    const r = report(variant((d) => {
      rewrite(d, 'credit_loans.csv', (s) => s.replace(',amount_yuan,', ',金额,'));
      rewrite(d, 'collective_income.csv', (s) => s.replace(',note', ',remark'));
    }));
    for (const name of ['credit_loans', 'collective_income']) {
      const t = table(r, name)!;
      expect(t.compared).toBe(false);
      expect(t.added.length + t.removed.length + t.changed.length).toBe(0);
      expect(t.headerProblems.map((p) => p.code).sort()).toEqual(['header.missing', 'header.unknown']);
    }
    expect(r.flags.filter((f) => f.kind === 'header-mismatch').map((f) => f.table)).toEqual(['collective_income', 'credit_loans']);
    expect(r.changed).toBe(true);
    const text = renderText(r);
    expect(text).toContain('表头与数据字典不一致,未逐行比较');
    expect(text).toContain('unknown column "金额"');
    expect(text).toContain('did you mean amount_yuan');
  });

  it('finds no change when only the order of the rows changed', () => {
    const r = report(variant((d) => {
      for (const f of ['villages.csv', 'credit_loans.csv', 'dividend_shares.csv', 'collective_income.csv']) {
        rewrite(d, f, (s) => {
          const [header, ...rows] = s.trimEnd().split('\n');
          return [header, ...rows.reverse()].join('\n') + '\n';
        });
      }
    }));
    expect(r.changed).toBe(false);
    expect(r.tables).toEqual([]);
    expect(r.totals).toEqual([]);
    expect(renderMarkdown(r)).toContain('没有数据变更');
  });

  it('finds no change when only the encoding, BOM, line ends or quoting changed, and lists those apart', () => {
    const r = report(variant((d) => {
      writeFileSync(join(d, 'villages.csv'), iconv.encode(read(d, 'villages.csv'), 'gbk'));
      writeFileSync(join(d, 'credit_loans.csv'), '\uFEFF' + read(d, 'credit_loans.csv'));
      rewrite(d, 'income_totals.csv', (s) => s.replace(/\n/g, '\r\n'));
      rewrite(d, 'townships.csv', (s) => s.replace('石鼓镇', '"石鼓镇"'));
    }));
    expect(r.changed).toBe(false);
    expect(r.tables).toEqual([]);
    expect(r.formatProblems.map((p) => `${p.code} ${p.file.split('/').pop()}`).sort()).toEqual([
      'encoding.bom credit_loans.csv',
      'encoding.gb18030 villages.csv',
      'newline.crlf income_totals.csv',
    ]);
    const md = renderMarkdown(r);
    expect(md).toContain('没有数据变更');
    expect(md).toContain('### 文件格式问题 · File format problems');
  });

  it('does not call a row removed when it is still there but cannot be read', () => {
    const r = report(variant((d) => rewrite(d, 'credit_loans.csv', (s) => s.replace(',2016,50000,', ',2016,5万,'))));
    const t = table(r, 'credit_loans')!;
    expect(t.removed).toEqual([]);
    expect(t.unreadable).toEqual([{ line: 4, key: ['L2016-0002'] }]);
    expect(r.flags.map((f) => f.kind)).toEqual(['unreadable-rows']);
  });
});

describe('rendering', () => {
  const r = report(variant((d) => {
    rewrite(d, 'dividends.csv', (s) => s.replace(',2360000,true,', ',2370000,true,'));
    rewrite(d, 'villages.csv', (s) => s.replace('530721205204,黎明村委会,村委会,530721205,GEO\n', ''));
    rewrite(d, 'townships.csv', (s) => s.replace('530721205,黎明傈僳族乡,乡,530721,1,GEO', '530721205,黎明傈僳族乡,乡,530721,0,GEO'));
  }));

  it('writes Markdown for a pull request, Chinese first', () => {
    const md = renderMarkdown(r);
    expect(md.startsWith('## 数据变更报告 · Data change report\n')).toBe(true);
    for (const h of ['### ⚠️ 请复核 · Look twice', '### 概要 · Summary', '### 对公开合计的影响 · Effect on the published totals', '### 分红 · Dividend distributions (`dividends.csv`)', '**修改 · Changed (1)**', '**删除 · Removed (1)**'])
      expect(md).toContain(h);
    expect(md).toContain('**公开发表的数字被修改 / Published figure changed**');
    expect(md).toContain('`pool_yuan`(分红总额(元) / Pool (yuan)): `2360000` → `2370000`');
    expect(md).toContain('➖ `530721205204` 黎明村委会(黎明傈僳族乡)');
    expect(md).toContain('| 分红总额 / Distributed pool | 2,370,000 元 | 2,380,000 元 | +10,000 元 |');
    expect(md.indexOf('请复核')).toBeLessThan(md.indexOf('Look twice'));
  });

  it('writes plain text for a terminal with the same headings', () => {
    const text = renderText(r);
    for (const h of ['数据变更报告 · Data change report', '请复核 · Look twice', '概要 · Summary', '删除 · Removed (1)', '修改 · Changed (1)'])
      expect(text).toContain(h);
    expect(text).toContain('~ D-S1-LJLM 黎明傈僳族乡');
    expect(text).toContain('pool_yuan(分红总额(元) / Pool (yuan)): 2360000 → 2370000');
    expect(text).not.toMatch(/[`*|]/);
  });

  it('caps long sections in Markdown so a pull-request comment stays readable', () => {
    const many = report(variant((d) => rewrite(d, 'villages.csv', (s) => s.split('\n')[0] + '\n')), BASE);
    const md = renderMarkdown(many, { limit: 1 });
    expect(md).toContain('…… 另有 2 行 / … and 2 more');
  });
});

describe('personal numbers and invisible characters in a diff (a pull-request comment is public)', () => {
  const head = variant((d) =>
    rewrite(d, 'credit_loans.csv', (s) =>
      s.replace('带动3户农户种植中药材,false,3,1,SYN,', '带动3户农户种植中药材,false,3,1,SYN,联系 138 1234 5678 或 Tel０８８８－５１２３４５６').replace(',年份按原文', ',身份证530721199001011234\u000B卡号6222021234567890123') +
        'L2016-0009,530721102211,示例党员0009,true,P-TQ9K4M,1组,纳西族,30,2016,60000,种植\u202E续断,中药材,2016-05-01,2016-05-05,2016-05-06,2016-05-12,0,2016-05-20,批准,未到期,,false,1,0,SYN,https://example.org/?p=%31%33%39%38%38%38%38%37%37%37%37\n',
    ),
  );
  const r = report(head);
  const raw = ['138 1234 5678', '13812345678', '０８８８－５１２３４５６', '5123456', '530721199001011234', '6222021234567890123', '%31%33%39', '\u000B', '\u202E'];

  it('lists the changes with every number masked and every control character shown', () => {
    const t = table(r, 'credit_loans')!;
    const notes = t.changed.flatMap((c) => c.fields.filter((f) => f.name === 'note').map((f) => f.new));
    expect(notes).toEqual(['身份证530721********1234<U+000B>卡号6222 **** **** 0123', '联系 138****5678 或 Tel0888-***3456']);
    expect(t.added[0]!.cells.purpose).toBe('种植<U+202E>续断');
    expect(t.added[0]!.cells.note).toBe('https://example.org/?p=139****7777');
  });

  it.each([
    ['JSON', () => JSON.stringify(r)],
    ['Markdown', () => renderMarkdown(r)],
    ['text', () => renderText(r)],
  ])('repeats none of them in %s', (_, out) => {
    const text = out();
    for (const x of raw) expect(text).not.toContain(x);
    expect(text).toContain('138****5678');
  });

  it('npm run diff prints none of them either', () => {
    for (const format of ['text', 'markdown', 'json']) {
      const out = spawnSync(process.execPath, ['scripts/diff.ts', BASE, head, '--format', format], { encoding: 'utf8' });
      expect(out.status).toBe(0);
      for (const x of raw) expect(out.stdout).not.toContain(x);
      expect(out.stdout).toContain('530721********1234');
    }
  });
});

describe('sides: folders and git refs', () => {
  const repo = mkdtempSync(join(tmpdir(), 'ledger-diff-git-'));
  temp.push(repo);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  cpSync(BASE, join(repo, 'data'), { recursive: true });
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'fix');
  rewrite(join(repo, 'data'), 'credit_loans.csv', (s) => s.replace(',2016,80000,', ',2016,85000,'));
  git('commit', '-q', '-am', 'fix amount');
  rewrite(join(repo, 'data'), 'villages.csv', (s) => s.replace('大同村委会', '大同村'));

  it('reads a git ref without touching the working tree, and defaults to the merge base with main and the working tree', () => {
    const byRefs = makeReport(loadSide(repo, 'main', 'base'), loadSide(repo, 'HEAD', 'head'));
    expect(byRefs.tables.map((t) => t.table)).toEqual(['credit_loans']);
    expect(byRefs.tables[0]!.changed[0]!.fields).toEqual([{ name: 'amount_yuan', old: '80000', new: '85000' }]);
    const byDefault = makeReport(loadSide(repo, undefined, 'base'), loadSide(repo, undefined, 'head'));
    expect(byDefault.tables.map((t) => t.table)).toEqual(['villages', 'credit_loans']);
    expect(byDefault.head).toBe('工作区 working tree');
    expect(byDefault.base).toMatch(/^main 的分叉点 merge base [0-9a-f]{7}/);
  });

  it('npm run diff prints Markdown or text and accepts folders', () => {
    const out = spawnSync(process.execPath, ['scripts/diff.ts', 'main', 'HEAD', '--format', 'markdown', '--root', repo], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('`amount_yuan`(金额(元) / Amount (yuan)): `80000` → `85000`');
    const folders = spawnSync(process.execPath, ['scripts/diff.ts', BASE, BASE], { encoding: 'utf8' });
    expect(folders.status).toBe(0);
    expect(folders.stdout).toContain('没有数据变更');
    const bad = spawnSync(process.execPath, ['scripts/diff.ts', 'no-such-ref', '--root', repo], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('既不是文件夹也不是 git 引用');
  });
});

describe('csvDataRows (the row counts of the data pages and of a diff against nothing)', () => {
  it('counts records, not lines, whole or a chunk at a time', () => {
    const csv = new TextEncoder().encode('id,note\r\n1,"两行\n的备注"\n2,好\n\n3,"引号""内"\n');
    expect(csvDataRows(csv)).toBe(3);
    // cut inside the quoted line break and inside a Chinese character
    const chunks = [csv.subarray(0, 12), csv.subarray(12, 20), csv.subarray(20)];
    expect(csvDataRows(chunks)).toBe(3);
    expect(csvDataRows(undefined)).toBe(0);
    expect(csvDataRows(new TextEncoder().encode('id,note\n'))).toBe(0);
  });
});
