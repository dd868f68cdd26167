import { describe, expect, test } from 'vitest';
import { buildSiteModel } from '../src/lib/derive/site-model.ts';
import { incomeBands } from '../src/lib/derive/income.ts';
import { loanStages, noticeDays } from '../src/lib/derive/loans.ts';
import { periodRange } from '../src/lib/derive/period.ts';
import { fixtureDataset } from './fixtures/site-dataset.ts';
import type { Dataset } from '../src/schemas/index.ts';

const m = buildSiteModel(fixtureDataset());

describe('site model', () => {
  test('each village gets its own rows, indexed once', () => {
    const v = m.villageByCode.get('530721102211')!;
    expect(v.name.en).toBe('Labazhi Village Committee');
    expect(v.township?.name).toBe('石鼓镇');
    expect(v.totals.map((t) => t.year)).toEqual([2016, 2017]);
    expect(v.loans.map((l) => l.loan.loan_id)).toEqual(['L5', 'L1', 'L4']);
    expect(v.loans.find((l) => l.loan.loan_id === 'L1')!.followups).toHaveLength(1);
    expect(v.dividends.map((d) => d.dividend.distribution_id)).toEqual(['D1']);
    expect(v.sources).toEqual(['GEO', 'S1', 'SYN']);
    expect(v.synthetic.any).toBe(true);
  });

  test('a distribution not tied to one village belongs to its township', () => {
    const t = m.townshipByCode.get('530721205')!;
    expect(t.dividends.map((d) => d.dividend.distribution_id)).toEqual(['D-S1']);
    expect(m.villageByCode.get('530721205204')!.dividends).toEqual([]);
  });

  test('the standard split is recognised and reconciles with the pool', () => {
    const d = m.dividends.find((x) => x.dividend.distribution_id === 'D1')!;
    expect(d.standard).toBe(true);
    expect(d.reconciles).toBe(true);
    expect(d.shares.map((s) => s.party)).toEqual(['村集体', '合作社', '入股村民']);
  });

  test('coverage: approved loans decided from 2014-01-01 to 2018-04-30 beside the published 462 / 6102万元', () => {
    const rec = m.coverage.find((c) => c.id === 'recipients')!;
    expect(rec.dataset).toBe('2'); // L1 and L2; L3 is after April 2018, L4 declined, L5 has no date
    expect(rec.agrees).toBe(true);
    expect(rec.synthetic).toBe(true);
    const amount = m.coverage.find((c) => c.id === 'credit-amount')!;
    expect(amount.dataset).toBe('30');
    expect(amount.agrees).toBe(true);
    const b50 = m.coverage.find((c) => c.id === 'band-50')!;
    expect([b50.published, b50.dataset]).toEqual(['1', '1']);
  });

  test('people are counted by person id: withheld names, which all read (姓名不公开), are still two people', () => {
    const d = fixtureDataset();
    const withheld = d.credit_loans.map((l) => (['L1', 'L2', 'L3'].includes(l.loan_id) ? { ...l, recipient: '(姓名不公开)', recipient_public: false } : l));
    const w = buildSiteModel({ ...d, credit_loans: withheld });
    expect(w.coverage.find((c) => c.id === 'recipients')!.dataset).toBe('2');
    expect(w.loanRollups.byYear.find((y) => y.key === '2018')!.recipients).toBe(2);
  });

  test('2017 bands: ≥50,000; 30,000–50,000; 20,000–30,000; <20,000; villages without a row under "no record"', () => {
    const bands = incomeBands(m.data.income_totals, m.villages.map((v) => v.village.code), 2017);
    const n = Object.fromEntries(bands.map((b) => [b.band.id, b.villages.map((v) => v.code)]));
    expect(n).toEqual({ b50: ['530721102211'], b30: ['530721102201'], b20: [], b0: [], none: ['530721205204'] });
  });

  test('which pages use each source', () => {
    const s1 = m.sourceUsage.get('S1')!.map((p) => p.path);
    expect(s1).toContain('/credit/');
    expect(s1).toContain('/villages/530721102211/');
    expect(s1).toContain('/townships/530721205/');
  });

  test('an empty data package still gives a model (pages say "no records")', () => {
    const empty = Object.fromEntries(Object.keys(fixtureDataset()).map((k) => [k, []])) as unknown as Dataset;
    const e = buildSiteModel(empty);
    expect(e.villages).toEqual([]);
    expect(e.income.latestYear).toBeNull();
    expect(e.coverage.find((c) => c.id === 'recipients')!.dataset).toBe('0');
  });
});

describe('loan stages', () => {
  test('a loan with every date: four stages done, notice days counted inclusively', () => {
    const l = fixtureDataset().credit_loans[0]!;
    const s = loanStages(l);
    expect(s.map((x) => x.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(s[2]!.days).toBe(7);
    expect(noticeDays('2014-02-11', '2014-02-20')).toBe(10);
  });

  test('a declined loan ends "no"; a published loan without dates is "not stated" before its decision', () => {
    const [, , , declined, published] = fixtureDataset().credit_loans;
    expect(loanStages(declined!)[3]!.state).toBe('no');
    expect(loanStages(published!).map((x) => x.state)).toEqual(['unknown', 'unknown', 'unknown', 'done']);
  });

  test('periods as published become inclusive date ranges', () => {
    expect(periodRange('2014/2018-04')).toEqual({ from: '2014-01-01', to: '2018-04-30' });
    expect(periodRange('2016-02')).toEqual({ from: '2016-02-01', to: '2016-02-29' });
    expect(periodRange('2019-02-02')).toEqual({ from: '2019-02-02', to: '2019-02-02' });
  });
});
