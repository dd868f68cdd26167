/**
 * A region of several counties (a prefecture, a province, the nation): each county's figures for
 * the overview page, and the dataset cut into one dataset per county (for the county pages),
 * both in one pass over the rows. Pure.
 */
import type { Dataset } from '../../schemas/index.ts';
import { tableNames } from '../../schemas/index.ts';

export interface CountySummary {
  code: string;
  name: string;
  prefecture: string | null;
  province: string | null;
  townships: number;
  villages: number;
  /** Income of all its villages in the region's newest income year (fen). */
  incomeFen: number;
  /** Approved red-credit loans and their amount (fen). */
  loans: number;
  loanFen: number;
  dividends: number;
  /** Whether any of these figures comes from synthetic rows. */
  synthetic: boolean;
}

export interface RegionSummary {
  counties: CountySummary[];
  /** The newest year with an income total anywhere in the region. */
  incomeYear: number | null;
  townships: number;
  villages: number;
}

/** County code of every village (through its township). */
function countyOfVillage(data: Dataset): Map<string, string> {
  const countyOf = new Map(data.townships.map((t) => [t.code, t.county_code]));
  return new Map(data.villages.map((v) => [v.code, countyOf.get(v.township_code) ?? v.code.slice(0, 6)]));
}

export function regionSummary(data: Dataset): RegionSummary {
  const synthetic = new Set(data.sources.filter((s) => s.kind === 'synthetic').map((s) => s.id));
  const county = countyOfVillage(data);
  const incomeYear = data.income_totals.reduce<number | null>((y, t) => (y === null || t.year > y ? t.year : y), null);
  const by = new Map<string, CountySummary>(
    [...data.counties]
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((c) => [c.code, { code: c.code, name: c.name, prefecture: c.prefecture, province: c.province, townships: 0, villages: 0, incomeFen: 0, loans: 0, loanFen: 0, dividends: 0, synthetic: false }]),
  );
  for (const t of data.townships) by.get(t.county_code) && by.get(t.county_code)!.townships++;
  for (const v of data.villages) {
    const c = by.get(county.get(v.code)!);
    if (c) c.villages++;
  }
  for (const r of data.income_totals) {
    if (r.year !== incomeYear) continue;
    const c = by.get(county.get(r.village_code) ?? '');
    if (!c) continue;
    c.incomeFen += r.total_yuan;
    c.synthetic ||= synthetic.has(r.source_id);
  }
  for (const l of data.credit_loans) {
    const c = by.get(county.get(l.village_code) ?? '');
    if (!c || l.decision !== '批准') continue;
    c.loans++;
    c.loanFen += l.amount_yuan;
    c.synthetic ||= synthetic.has(l.source_id);
  }
  for (const d of data.dividends) {
    const c = by.get(d.township_code.slice(0, 6));
    if (!c) continue;
    c.dividends++;
    c.synthetic ||= synthetic.has(d.source_id);
  }
  return { counties: [...by.values()], incomeYear, townships: data.townships.length, villages: data.villages.length };
}

/** The dataset of each county: its geography and every row of its villages (one pass per table). */
export function splitByCounty(data: Dataset): Map<string, Dataset> {
  const empty = (): Dataset => Object.fromEntries(tableNames.map((n) => [n, []])) as unknown as Dataset;
  const out = new Map<string, Dataset>(data.counties.map((c) => [c.code, { ...empty(), sources: data.sources, counties: [c] }]));
  const village = countyOfVillage(data);
  const put = <K extends keyof Dataset>(county: string | undefined, table: K, row: Dataset[K][number]) => {
    const d = county === undefined ? undefined : out.get(county);
    if (d) (d[table] as Dataset[K][number][]).push(row);
  };
  for (const t of data.townships) put(t.county_code, 'townships', t);
  for (const v of data.villages) put(village.get(v.code), 'villages', v);
  for (const f of data.county_facts) put(f.scope_code.slice(0, 6), 'county_facts', f);
  for (const r of data.income_totals) put(village.get(r.village_code), 'income_totals', r);
  for (const r of data.collective_income) put(village.get(r.village_code), 'collective_income', r);
  const loanCounty = new Map<string, string>();
  for (const l of data.credit_loans) {
    const c = village.get(l.village_code);
    if (c) loanCounty.set(l.loan_id, c);
    put(c, 'credit_loans', l);
  }
  for (const f of data.credit_followups) put(loanCounty.get(f.loan_id), 'credit_followups', f);
  const dividendCounty = new Map<string, string>();
  for (const d of data.dividends) {
    const c = d.township_code.slice(0, 6);
    dividendCounty.set(d.distribution_id, c);
    put(c, 'dividends', d);
  }
  for (const s of data.dividend_shares) put(dividendCounty.get(s.distribution_id), 'dividend_shares', s);
  for (const r of data.shareholdings) put(village.get(r.village_code), 'shareholdings', r);
  for (const r of data.duty_posts) put(village.get(r.village_code), 'duty_posts', r);
  return out;
}

/** The name of the region the counties make up: one prefecture, one province, or neither. */
export function regionName(counties: Dataset['counties']): { zh: string; prefecture: string | null; province: string | null } {
  const provinces = [...new Set(counties.map((c) => c.province ?? ''))];
  const prefectures = [...new Set(counties.map((c) => c.prefecture ?? ''))];
  const province = provinces.length === 1 && provinces[0] ? provinces[0] : null;
  const prefecture = province && prefectures.length === 1 && prefectures[0] ? prefectures[0] : null;
  return { zh: prefecture ? `${province}${prefecture}` : province ?? `${counties.length}个县(市、区)`, prefecture, province };
}
