/**
 * The demonstration generator: deterministic, agreeing with S1's published totals (FACTS.md),
 * and identical to the committed data/ files (drift test). Every committed file parses through
 * its schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { tables, tableNames, type CreditLoan, type Village } from '../src/schemas/index.ts';
import { toCsv } from '../src/lib/write-csv.ts';
import { readRows } from '../src/lib/data-files.ts';
import { DEFAULT_SEED, DEMO_TABLES, generateDemo, SYN, type DemoRows } from '../src/lib/demo/index.ts';
import { demoFiles } from '../src/lib/demo/files.ts';
import { toDay } from '../src/lib/demo/dates.ts';
import { realRows } from '../src/lib/real/index.ts';
import { LI_FEILONG_ID } from '../src/lib/real/records.ts';
import { readDataset } from '../src/io/read-data-dir.ts';
import { publishable } from '../src/lib/publish/cells.ts';

const root = resolve(import.meta.dirname, '..');
const dataDir = join(root, 'data');
const read = (name: string) => readFileSync(join(dataDir, `${name}.csv`), 'utf8');

const villages: Village[] = readRows(tables.villages, read('villages'));
const demo: DemoRows = generateDemo(villages, DEFAULT_SEED);

const csvOf = (rows: DemoRows) => DEMO_TABLES.map((t) => toCsv(tables[t] as any, rows[t] as any));

const WINDOW_FROM = '2014-01-01';
const WINDOW_TO = '2018-04-30';
const inWindow = (l: CreditLoan) =>
  l.decision === '批准' && l.decided_on !== null && l.decided_on >= WINDOW_FROM && l.decided_on <= WINDOW_TO;

describe('committed data/ files', () => {
  test.each(tableNames)('%s.csv parses through its schema with no issues', (name) => {
    const text = read(name);
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text.includes('\r')).toBe(false);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(Object.keys(tables[name].fields));
    const issues: string[] = [];
    parsed.data.forEach((row, i) => {
      const r = tables[name].schema.safeParse(row);
      if (!r.success) issues.push(`line ${i + 2}: ${r.error.issues.map((x) => `${String(x.path[0])} ${x.message}`).join('; ')}`);
    });
    expect(issues).toEqual([]);
    // canonical: writing the parsed rows back gives the same bytes
    expect(toCsv(tables[name] as any, readRows(tables[name] as any, text) as any)).toBe(text);
  });

  test('the demonstration files are what the generator makes now (no drift)', () => {
    const fresh = demoFiles(villages, DEFAULT_SEED, (name) => read(name));
    for (const name of DEMO_TABLES) expect(read(name), `data/${name}.csv`).toBe(fresh[name]);
  });

  const shared = resolve(process.env.SHARED_DIR ?? join(root, '..', 'shared'));
  test.skipIf(!existsSync(join(shared, 'geo', 'yulong_villages.csv')))('the real rows are what import-real makes now', () => {
    const real = realRows({
      townships: readFileSync(join(shared, 'geo', 'yulong_townships.csv'), 'utf8'),
      villages: readFileSync(join(shared, 'geo', 'yulong_villages.csv'), 'utf8'),
    });
    for (const name of ['sources', 'counties', 'townships', 'villages', 'county_facts'] as const)
      expect(read(name), name).toBe(toCsv(tables[name] as any, real[name] as any));
    const loans = readRows(tables.credit_loans, read('credit_loans')).filter((l) => l.source_id !== SYN);
    expect(loans).toEqual(real.credit_loans);
    const dividends = readRows(tables.dividends, read('dividends')).filter((d) => d.source_id !== SYN);
    expect(dividends).toEqual(real.dividends);
  });

  test('the real rows are kept beside the demonstration rows', () => {
    const loans = readRows(tables.credit_loans, read('credit_loans'));
    const lfl = loans.find((l) => l.loan_id === 'L-S1-LFL');
    expect(lfl).toMatchObject({ recipient: '李飞龙', year: 2007, amount_yuan: 10_000_000, source_id: 'S1', decided_on: null });
    const dividends = readRows(tables.dividends, read('dividends'));
    const ljlm = dividends.find((d) => d.distribution_id === 'D-S1-LJLM');
    expect(ljlm).toMatchObject({ pool_yuan: 236_000_000, pool_is_lower_bound: true, recipients: 107, village_code: null });
    expect(ljlm?.revenue_source).toContain('旅游反哺');
    const shares = readRows(tables.dividend_shares, read('dividend_shares'));
    expect(shares.filter((s) => s.distribution_id === 'D-S1-LJLM')).toEqual([]);
  });

  test('counting distinct person ids of the published loans approved 2014-01-01 to 2018-04-30 gives the published 462 (FACTS.md), withheld names or not', () => {
    const { data } = readDataset(dataDir);
    const published = publishable(data).credit_loans.filter(inWindow);
    const f14 = data.county_facts.find((f) => f.id === 'F14')!;
    expect(f14).toMatchObject({ value: '462', unit: '人', period: '2014/2018-04' });
    expect(new Set(published.map((l) => l.person_id)).size).toBe(Number(f14.value));
    // names alone undercount: the withheld ones all read (姓名不公开)
    expect(new Set(published.map((l) => l.recipient)).size).toBeLessThan(462);
  });

  test('a person id is one person: one name, never shared by a placeholder and a real person', () => {
    const loans = readRows(tables.credit_loans, read('credit_loans'));
    const posts = readRows(tables.duty_posts, read('duty_posts'));
    const names = new Map<string, Set<string>>();
    for (const [id, name] of [...loans.map((l) => [l.person_id, l.recipient]), ...posts.map((p) => [p.person_id, p.holder])] as [string, string][]) names.set(id, (names.get(id) ?? new Set()).add(name));
    expect([...names].filter(([, n]) => n.size > 1)).toEqual([]);
    expect(loans.find((l) => l.loan_id === 'L-S1-LFL')!.person_id).toBe(LI_FEILONG_ID);
    expect(loans.filter((l) => l.source_id === SYN).map((l) => l.person_id)).not.toContain(LI_FEILONG_ID);
  });

  test('data/ stays small', () => {
    const bytes = tableNames.reduce((s, n) => s + read(n).length, 0);
    expect(bytes).toBeLessThan(3_000_000);
  });
});

describe('generator', () => {
  test('same seed gives identical CSV; another seed gives different CSV', () => {
    const again = generateDemo(villages, DEFAULT_SEED);
    expect(csvOf(again)).toEqual(csvOf(demo));
    const other = generateDemo(villages, DEFAULT_SEED + 1);
    csvOf(other).forEach((text, i) => expect(text, DEMO_TABLES[i]).not.toBe(csvOf(demo)[i]));
  });

  test('every row is synthetic and every generated row parses through its schema', () => {
    for (const name of DEMO_TABLES) {
      const rows = demo[name] as { source_id: string }[];
      expect(rows.length, name).toBeGreaterThan(0);
      expect(rows.every((r) => r.source_id === SYN), name).toBe(true);
      const text = toCsv(tables[name] as any, rows as any);
      expect(readRows(tables[name] as any, text)).toEqual(rows);
    }
  });

  test('income: 2017 bands are 18 / 9 / 77 and every village has 20,000 yuan or more from 2017 on', () => {
    const t2017 = demo.income_totals.filter((t) => t.year === 2017);
    expect(t2017).toHaveLength(104);
    const fen = t2017.map((t) => t.total_yuan);
    expect(fen.filter((f) => f >= 5_000_000)).toHaveLength(18);
    expect(fen.filter((f) => f >= 3_000_000 && f < 5_000_000)).toHaveLength(9);
    expect(fen.filter((f) => f >= 2_000_000 && f < 3_000_000)).toHaveLength(77);
    for (let year = 2017; year <= 2024; year++) {
      const rows = demo.income_totals.filter((t) => t.year === year);
      expect(rows, String(year)).toHaveLength(104);
      expect(rows.every((t) => t.total_yuan >= 2_000_000), String(year)).toBe(true);
    }
    expect(new Set(demo.income_totals.map((t) => t.village_code)).size).toBe(104);
  });

  test('income: before 2015 about 85% of villages are weak (under 10,000 yuan) or empty shells', () => {
    const income2014 = new Map(demo.income_totals.filter((t) => t.year === 2014).map((t) => [t.village_code, t.total_yuan]));
    const weak = villages.filter((v) => (income2014.get(v.code) ?? 0) < 1_000_000).length;
    expect(weak / 104).toBeGreaterThan(0.8);
    expect(weak / 104).toBeLessThan(0.9);
    expect(villages.some((v) => !income2014.has(v.code))).toBe(true);
  });

  test('income: types add up exactly to each village total, and no type row without a total', () => {
    const sums = new Map<string, number>();
    for (const c of demo.collective_income) {
      const k = `${c.village_code}|${c.year}`;
      sums.set(k, (sums.get(k) ?? 0) + c.amount_yuan);
    }
    expect(sums.size).toBe(demo.income_totals.length);
    for (const t of demo.income_totals) expect(sums.get(`${t.village_code}|${t.year}`)).toBe(t.total_yuan);
  });

  test('loans: 462 distinct recipients and exactly 61,020,000 yuan approved 2014-01-01 to 2018-04-30', () => {
    const window = demo.credit_loans.filter(inWindow);
    expect(new Set(window.map((l) => l.recipient)).size).toBe(462);
    expect(new Set(window.map((l) => l.person_id)).size).toBe(462);
    expect(window.reduce((s, l) => s + l.amount_yuan, 0)).toBe(6_102_000_000);
  });

  test('loans: yearly approved totals grow strictly 2014 < 2015 < 2016 < 2017', () => {
    const byYear = [2014, 2015, 2016, 2017].map((y) =>
      demo.credit_loans.filter((l) => inWindow(l) && l.decided_on!.startsWith(String(y))).reduce((s, l) => s + l.amount_yuan, 0),
    );
    for (let i = 1; i < byYear.length; i++) expect(byYear[i]!).toBeGreaterThan(byYear[i - 1]!);
  });

  test('loans: placeholders only, whole yuan, stage dates in order, notice of at least 5 days', () => {
    const recipients = demo.credit_loans.map((l) => l.recipient);
    expect(recipients.every((r) => /^示例党员\d{4}$/.test(r))).toBe(true);
    expect(demo.duty_posts.every((d) => /^示例党员\d{4}$/.test(d.holder))).toBe(true);
    expect(demo.credit_loans.some((l) => l.recipient === '示例党员0463')).toBe(true);
    for (const l of demo.credit_loans) {
      expect(l.amount_yuan % 100, l.loan_id).toBe(0);
      const stages = [l.applied_on, l.recommended_on, l.notice_from, l.notice_to, l.decided_on].filter((d) => d !== null);
      expect(stages, l.loan_id).toEqual([...stages].sort());
      expect(l.applied_on, l.loan_id).not.toBeNull();
      if (l.notice_from !== null && l.notice_to !== null) expect(toDay(l.notice_to) - toDay(l.notice_from)).toBeGreaterThanOrEqual(5);
      if (l.decision !== '审批中') {
        expect(stages, l.loan_id).toHaveLength(5);
        expect(l.year).toBe(Number(l.decided_on!.slice(0, 4)));
      } else expect(l.decided_on).toBeNull();
      if (l.households_led !== null) expect(l.poor_households_led!).toBeLessThanOrEqual(l.households_led);
      if (l.decision === '批准') expect(l.repayment).not.toBeNull();
      else expect(l.repayment).toBeNull();
    }
    const decisions = new Set(demo.credit_loans.map((l) => l.decision));
    expect([...decisions].sort()).toEqual(['审批中', '批准', '未批准'].sort());
    expect(demo.credit_loans.some((l) => (l.decided_on ?? '') > '2023-12-31')).toBe(true);
  });

  test('follow-ups: only for approved loans, after the decision', () => {
    const loans = new Map(demo.credit_loans.map((l) => [l.loan_id, l]));
    for (const f of demo.credit_followups) {
      const l = loans.get(f.loan_id);
      expect(l?.decision, f.loan_id).toBe('批准');
      expect(f.date > l!.decided_on!, f.loan_id).toBe(true);
    }
  });

  test('dividends: shares are 20 / about 5.5 / about 74.5, add up to 10000 bp and to the pool', () => {
    const shares = new Map<string, typeof demo.dividend_shares>();
    for (const s of demo.dividend_shares) shares.set(s.distribution_id, [...(shares.get(s.distribution_id) ?? []), s]);
    expect(shares.size).toBe(demo.dividends.length);
    for (const d of demo.dividends) {
      const split = shares.get(d.distribution_id)!;
      expect(split.reduce((s, x) => s + x.percent, 0)).toBe(10000);
      expect(split.reduce((s, x) => s + x.amount_yuan, 0)).toBe(d.pool_yuan);
      expect(split.every((x) => Number.isInteger(x.amount_yuan))).toBe(true);
      const byParty = Object.fromEntries(split.map((x) => [x.party, x]));
      expect(byParty['村集体']).toMatchObject({ percent: 2000, percent_approximate: false });
      expect(byParty['合作社']).toMatchObject({ percent: 550, percent_approximate: true });
      expect(byParty['入股村民']).toMatchObject({ percent: 7450, percent_approximate: true });
      expect(d.village_code).not.toBeNull();
      expect(villages.find((v) => v.code === d.village_code)?.township_code).toBe(d.township_code);
    }
  });

  test('duty posts include 太平村 and say the points are an honour only', () => {
    expect(demo.duty_posts.some((d) => d.village_code === '530721206203')).toBe(true);
    expect(demo.duty_posts.every((d) => d.note?.includes('荣誉'))).toBe(true);
    expect(demo.shareholdings.length).toBeGreaterThan(0);
  });
});
