/**
 * A withheld name is withheld everywhere (issue 12 §2), without a site build: finding names in
 * text, what publishing does to names, what the validator says when another table names a
 * withheld person (on the committed data/), examples that name nobody, the build's name check on
 * a made-up site, and how a released version is withdrawn. tests/withheld-site.test.ts builds one
 * site with all of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataFiles } from '../src/io/read-data-dir.ts';
import { freezeRelease } from '../src/io/freeze-release.ts';
import { releasesHoldingNames } from '../src/io/verify-releases.ts';
import { forbiddenNamesIn } from '../src/io/forbidden-names.ts';
import { withdrawRelease } from '../src/io/withdraw-release.ts';
import { addWithdrawal, parseChangelog, withdrawalOf } from '../src/lib/changelog.ts';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { nameFinder } from '../src/lib/name-search.ts';
import { publishable, WITHHELD_NAME } from '../src/lib/publish/cells.ts';
import { namesIn } from '../src/lib/publish/name-scan.ts';
import { tables } from '../src/schemas/index.ts';
import type { Field } from '../src/schemas/fields.ts';
import { editData, fixtureRepo } from './helpers/release-repo.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};
const enc = new TextEncoder();

/** The committed data/ with 李飞龙's loan withheld. */
function withheldData(): Map<string, Uint8Array> {
  const files = readDataFiles('data');
  const loans = new TextDecoder().decode(files.get('credit_loans.csv'));
  files.set('credit_loans.csv', enc.encode(loans.replace('L-S1-LFL,530721102211,李飞龙,true,', 'L-S1-LFL,530721102211,李飞龙,false,')));
  return files;
}

describe('finding names in text', () => {
  const find = nameFinder(['李飞龙', '示例党员0001', '李龙', '李']);
  it('finds every place, but not a placeholder inside a longer number, and not one-character names', () => {
    expect(find('李飞龙和李飞龙').map((h) => h.index)).toEqual([0, 4]);
    expect(find('示例党员00012 与 示例党员0001。')).toEqual([{ name: '示例党员0001', index: 12 }]);
    expect(find('李四')).toEqual([]);
    expect(find('李龙飞')).toEqual([{ name: '李龙', index: 0 }]);
  });
});

describe('publishing', () => {
  const { data } = loadDataset(readDataFiles('data'), 'data');
  it('withholds a name that is not public, and keeps the person id', () => {
    const loans = loadDataset(withheldData(), 'data').data.credit_loans;
    const lfl = publishable({ ...data, credit_loans: loans }).credit_loans.find((l) => l.loan_id === 'L-S1-LFL')!;
    expect(lfl).toMatchObject({ recipient: WITHHELD_NAME, recipient_public: false, person_id: 'P-RZHQW6' });
  });

  it('with names masked, masks every real name wherever it is written, placeholders and other text untouched', () => {
    const masked = publishable(data, { maskNames: true });
    expect(masked.credit_loans.find((l) => l.loan_id === 'L-S1-LFL')!.recipient).toBe('李*龙');
    const facts = masked.county_facts.filter((f) => f.scope_code === '530721102211');
    expect(facts.length).toBeGreaterThan(5);
    expect(JSON.stringify(masked)).not.toContain('李飞龙');
    expect(facts.find((f) => f.id === 'F17')!.quote).toBe('李*龙,傈僳族,党员,26岁,拉巴支村委会4组');
    expect(facts.find((f) => f.id === 'F21')!.label_en).toBe('Area of 李*龙’s pig farm');
    expect(masked.credit_loans.filter((l) => l.recipient.startsWith('示例') || l.recipient === WITHHELD_NAME).length).toBe(data.credit_loans.length - 1);
    expect(masked.villages).toStrictEqual(data.villages);
    expect(publishable(data).county_facts).toBe(data.county_facts);
  });
});

describe('the validator, when another table names a withheld person', () => {
  const { problems } = loadDataset(withheldData(), 'data');
  it('refuses each cell of data/county_facts.csv that names 李飞龙, and nothing else', () => {
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code)).toEqual(Array(errors.length).fill('privacy.withheld-name'));
    expect([...new Set(errors.map((p) => `${p.file}:${p.line}`))]).toEqual(['data/county_facts.csv:18', 'data/county_facts.csv:19', 'data/county_facts.csv:20', 'data/county_facts.csv:21', 'data/county_facts.csv:22', 'data/county_facts.csv:23', 'data/county_facts.csv:24', 'data/county_facts.csv:25']);
    // label_zh (D), label_en (E), quote (K): the cells that name him
    expect(errors.filter((p) => p.line === 18).map((p) => p.column)).toEqual([4, 5, 11]);
  });

  it('says which flag conflicts, in Chinese and English, with the name masked, and leaves the decision to the editor', () => {
    const p = problems.find((x) => x.line === 18)!;
    expect(p.zh).toBe('这里写出了“李*龙”,而这个姓名不公开(credit_loans.csv 第 2 行(loan L-S1-LFL)的 recipient_public=false)');
    expect(p.en).toBe('this cell names "李*龙", a name that is withheld (recipient_public=false on loan L-S1-LFL at credit_loans.csv line 2)');
    expect(p.hint!.zh).toContain('由编辑决定');
    expect(p.hint!.en).toContain('never silently rewrites a published fact');
    expect(JSON.stringify(problems)).not.toContain('李飞龙');
  });

  it('warns when one real name in one village has two person ids', () => {
    const files = readDataFiles('data');
    const loans = new TextDecoder().decode(files.get('credit_loans.csv'));
    const row = loans.split('\n')[1]!.replace('L-S1-LFL', 'L-S1-LFL2').replace('P-RZHQW6', 'P-RZHQW7');
    files.set('credit_loans.csv', enc.encode(loans.replace(/\n$/, `\n${row}\n`)));
    const w = loadDataset(files, 'data').problems.filter((p) => p.code === 'person.same-name');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', file: 'data/credit_loans.csv', column: 5 });
    expect(w[0]!.en).toBe('"李*龙" of the same village has id P-RZHQW6 at credit_loans.csv line 2 but P-RZHQW7 here');
  });
});

describe('examples in datapackage.json', () => {
  it('never use a person’s name: the name fields show placeholders, and no example holds a real name from the data', () => {
    const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as { resources: { name: string; schema: { fields: { name: string; example?: string }[] } }[] };
    const { data } = loadDataset(readDataFiles('data'), 'data');
    const people = new Set([...data.credit_loans.map((l) => l.recipient), ...data.duty_posts.map((p) => p.holder)].filter((n) => !n.startsWith('示例')));
    expect(people).toContain('李飞龙');
    const find = nameFinder(people);
    const examples = pkg.resources.flatMap((r) => r.schema.fields.map((f) => [`${r.name}.${f.name}`, f.example ?? ''] as const));
    expect(examples.length).toBeGreaterThan(50);
    expect(examples.filter(([, e]) => find(e).length > 0)).toEqual([]);
    for (const [t, f] of [['credit_loans', 'recipient'], ['duty_posts', 'holder']] as const) {
      const example = ((tables[t].fields as Record<string, Field<any>>)[f]!).meta.example;
      expect(example, `${t}.${f}`).toMatch(/^示例党员\d{4}$/);
    }
  });
});

describe('the build’s check of names (scripts/check-names.ts)', () => {
  /** A made-up built site: a page, a zip with a CSV, a workbook-like zip, a gzipped search fragment. */
  function site(name: string): string {
    const dir = temp('ledger-names-site-');
    mkdirSync(join(dir, 'villages/530721102211'), { recursive: true });
    mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
    mkdirSync(join(dir, 'data/latest'), { recursive: true });
    writeFileSync(join(dir, 'villages/530721102211/index.html'), `<!doctype html>\n<p>借款人:\n<b>${name}</b></p>\n`);
    writeFileSync(join(dir, 'data/latest/yulong-village-ledger.zip'), zipSync({ 'v/credit_loans.csv': enc.encode(`loan_id,recipient\nL-S1-LFL,${name}\n`) }));
    writeFileSync(join(dir, 'data/latest/yulong-village-ledger.xlsx'), zipSync({ 'xl/sharedStrings.xml': enc.encode(`<sst><si><t>${name}</t></si></sst>`) }));
    writeFileSync(join(dir, 'pagefind/fragment/zh-cn_1.pf_fragment'), gzipSync(`pagefind_dcd{"content":"${name} 种植滇重楼"}`));
    return dir;
  }
  const dataDir = () => {
    const d = temp('ledger-names-data-');
    for (const [n, b] of withheldData()) if (n === 'credit_loans.csv' || n === 'duty_posts.csv') writeFileSync(join(d, n), b);
    return d;
  };
  const check = (s: string, data: string, env: Record<string, string> = {}) => spawnSync(process.execPath, ['scripts/check-names.ts', '--site', s, '--data', data], { encoding: 'utf8', env: { ...process.env, LEDGER_MASK_NAMES: '', ...env } });

  it('fails naming each file (archive entries, the inflated search fragment) with line and column, the name masked', () => {
    const r = check(site('李飞龙'), dataDir());
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual([
      'data/latest/yulong-village-ledger.xlsx!xl/sharedStrings.xml:1:13: 不公开的姓名 / a withheld name: 李*龙',
      'data/latest/yulong-village-ledger.zip!v/credit_loans.csv:2:10: 不公开的姓名 / a withheld name: 李*龙',
      'pagefind/fragment/zh-cn_1.pf_fragment (gzip):1:25: 不公开的姓名 / a withheld name: 李*龙',
      'villages/530721102211/index.html:3:4: 不公开的姓名 / a withheld name: 李*龙',
    ]);
    expect(r.stderr).not.toContain('李飞龙');
  });

  it('passes a site where the name is withheld, and, with names masked, fails on a real name in full', () => {
    const clean = site(WITHHELD_NAME);
    expect(check(clean, dataDir()).status).toBe(0);
    const he = site('示例党员0001 与 和志强');
    const data = dataDir();
    writeFileSync(join(data, 'duty_posts.csv'), `${readFileSync(join(data, 'duty_posts.csv'), 'utf8')}530721206203,2019,P09,村务监督岗,监督,和志强,P-H7Q2ZM,88,党支部,S1,\n`);
    expect(check(he, data).status).toBe(0);
    const masked = check(he, data, { LEDGER_MASK_NAMES: '1' });
    expect(masked.status).toBe(1);
    expect(masked.stderr).toContain('villages/530721102211/index.html:3:15: 未打码的真实姓名 / a real name not masked: 和*强');
  });
});

describe('withdrawing a released version', () => {
  const repo = () => {
    const root = fixtureRepo('ledger-withdraw-');
    temps.push(root);
    freezeRelease(root, '1.0.0');
    editData(root, 'credit_loans.csv', '李飞龙,true,', '李飞龙,false,');
    return root;
  };
  const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n)).toString('base64')]));

  it('the changelog line round-trips: written first in the version’s entry, read back with its date and reason', () => {
    const text = '# log\n\n## 1.1.0 — 2027-01-02\n\n- b\n\n## 1.0.0 — 2026-11-26\n\n- a\n';
    const out = addWithdrawal(text, '1.0.0', { date: '2027-01-10', reason: '理由 / reason' });
    expect(out).toBe('# log\n\n## 1.1.0 — 2027-01-02\n\n- b\n\n## 1.0.0 — 2026-11-26\n\n- 撤回 / Withdrawn 2027-01-10: 理由 / reason\n- a\n');
    const [newer, older] = parseChangelog(out);
    expect(withdrawalOf(newer!)).toBeNull();
    expect(withdrawalOf(older!)).toEqual({ date: '2027-01-10', reason: '理由 / reason' });
  });

  it('marks the version in data/CHANGELOG.md and nothing else; the build then stops naming it', () => {
    const root = repo();
    const before = snapshot(join(root, 'releases/v1.0.0'));
    const names = forbiddenNamesIn(join(root, 'data'));
    expect([...names]).toEqual([['李飞龙', 'withheld'], ['示例党员0002', 'withheld']]);
    expect(releasesHoldingNames(join(root, 'releases'), names, new Set()).map((r) => [r.version, r.found.some((f) => f.file === 'credit_loans.csv')])).toEqual([['1.0.0', true]]);
    const cli = spawnSync(process.execPath, ['scripts/withdraw-release.ts', '1.0.0', '--reason', '一位借款人的姓名不再公开 / a recipient’s name is now withheld', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 10, 4) / 1000) },
    });
    expect(cli.status).toBe(0);
    const entry = parseChangelog(readFileSync(join(root, 'data/CHANGELOG.md'), 'utf8')).find((r) => r.version === '1.0.0')!;
    expect(withdrawalOf(entry)).toEqual({ date: '2027-01-10', reason: '一位借款人的姓名不再公开 / a recipient’s name is now withheld' });
    expect(snapshot(join(root, 'releases/v1.0.0'))).toEqual(before);
    expect(releasesHoldingNames(join(root, 'releases'), names, new Set(['1.0.0']))).toEqual([]);
  });

  it('refuses a version that was not frozen, a missing reason, a reason that names the person, and a second withdrawal', () => {
    const root = repo();
    const w = (version: string, reason: string) => () => withdrawRelease({ root, version, reason });
    expect(w('1.1.0', '理由')).toThrow(/releases\/v1\.1\.0\/ 不存在.*only a frozen version can be withdrawn/);
    expect(w('1.0.0', '  ')).toThrow(/--reason/);
    expect(w('1.0.0', '李飞龙的姓名不再公开')).toThrow(/the reason names 李\*龙/);
    expect(w('1.0.0', '理由 / reason')()).toMatchObject({ reason: '理由 / reason' });
    expect(w('1.0.0', '理由')).toThrow(/already withdrawn/);
    expect(spawnSync(process.execPath, ['scripts/withdraw-release.ts', '1.0.0', '--root', root], { encoding: 'utf8' }).status).toBe(2);
  });
});
