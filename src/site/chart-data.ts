/**
 * The rows every chart of the site plots, and the CSV of exactly those rows.
 *
 * Each chart's rows come from one named function here: the page passes `.rows` to the chart
 * function in src/charts/, and the chart's CSV endpoint writes the same `.rows` through `.columns`,
 * so the download is what is plotted by construction. Columns are data terms (field names of the
 * data, money in yuan, percent in percent, categories as stored in Chinese); a row may carry a
 * label in the page's language for the chart, which no column reads, so the CSV is the same for
 * both languages. Pure: takes the site model, no Astro, no file system.
 *
 * URLs (without the base path; both languages link the same file), only for charts with rows:
 *   /villages/{code}/chart-{income,dividends}.csv
 *   /townships/{code}/chart-{village-income,income-by-year}.csv
 *   /charts/{home,credit,dividends}-….csv (see `countyCharts`)
 */
import type { SiteModel, TownshipView, VillageView } from '../lib/derive/site-model.ts';
import { incomeByType, incomeByYearType, INCOME_BANDS, NO_RECORD_BAND, type BandId } from '../lib/derive/income.ts';
import { STANDARD_SPLIT } from '../lib/derive/dividends.ts';
import { chartCsv, type ChartColumn } from '../lib/publish/chart-csv.ts';
import { industries, loanDecisions, repaymentStatuses } from '../schemas/vocab.ts';
import type { IncomeByYearRow } from '../charts/income-by-year.ts';
import type { IncomeByTypeRow } from '../charts/income-by-type.ts';
import type { IncomeBandRow } from '../charts/income-bands.ts';
import type { TownshipIncomeRow } from '../charts/township-income.ts';
import type { LoansByYearRow } from '../charts/loans-by-year.ts';
import type { LoansByGroupRow } from '../charts/loans-by-group.ts';
import type { DividendSplitRow } from '../charts/dividend-split.ts';
import type { ShareholdingRow } from '../charts/shareholdings.ts';
import { tr, type Lang } from './i18n.ts';
import { nameIn, shortNameIn, term } from './names.ts';

export interface ChartData<R extends object> {
  /** Exactly the rows the chart function is given, in the order it draws them. */
  rows: R[];
  /** The CSV's columns, read from those rows. */
  columns: ChartColumn<R>[];
}

const yuanOf = (fen: number) => fen / 100;

// ---- collective income by year and type (county, township, village)

const incomeByYearColumns: ChartColumn<IncomeByYearRow>[] = [{ name: 'year' }, { name: 'income_type', key: 'type' }, { name: 'amount_yuan', key: 'yuan' }];

function incomeByYearData(rows: readonly { year: number; type: string; fen: number }[]): ChartData<IncomeByYearRow> {
  return { rows: rows.map((r) => ({ year: r.year, type: r.type, yuan: yuanOf(r.fen) })), columns: incomeByYearColumns };
}

/** Village page: its income by year, stacked by type. */
export const villageIncomeChart = (v: VillageView) => incomeByYearData(v.incomeByYearType);

/** Township page: its villages' income by year, stacked by type. */
export const townshipIncomeByYearChart = (t: TownshipView) => incomeByYearData(incomeByYearType(t.villages.flatMap((v) => v.incomeRows)));

/** Home page: all villages' income by year, stacked by type. */
export const homeIncomeByYearChart = (m: SiteModel) => incomeByYearData(m.income.byYearType);

// ---- home page

/** Home page: income by type in the newest year with income totals (no rows when there is none). */
export function homeIncomeByTypeChart(m: SiteModel): ChartData<IncomeByTypeRow> {
  const year = m.income.latestYear;
  return {
    rows: year ? incomeByType(m.data.collective_income, year) : [],
    columns: [{ name: 'year', value: () => year }, { name: 'income_type', key: 'type' }, { name: 'amount_yuan', value: (r) => yuanOf(r.fen) }],
  };
}

const BAND_YEAR = 2017;
const BAND_FACT: Partial<Record<BandId, string>> = { b50: 'F33', b30: 'F34', b20: 'F35' };
type BandRow = IncomeBandRow & { band: BandId };

/**
 * Home page: villages in each 2017 income band beside the published count (the "no record" band
 * only when some village has none). No rows when the data has no 2017 income totals.
 */
export function homeIncomeBandsChart(m: SiteModel, lang: Lang): ChartData<BandRow> {
  const en = lang === 'en';
  const published = (id: BandId) => {
    const value = BAND_FACT[id] ? m.factById.get(BAND_FACT[id]!)?.value : null;
    return value ? Number(value) : null;
  };
  const has = m.data.income_totals.some((t) => t.year === BAND_YEAR);
  const rows = has
    ? m.income.bands2017
        .filter((b) => b.band.id !== 'none' || b.villages.length > 0)
        .map((b) => ({ label: en ? b.band.en : b.band.zh, dataset: b.villages.length, published: published(b.band.id), band: b.band.id }))
    : [];
  const band = (id: BandId) => INCOME_BANDS.find((b) => b.id === id) ?? NO_RECORD_BAND;
  const bound = (fen: number) => (Number.isFinite(fen) ? yuanOf(fen) : null);
  return {
    rows,
    columns: [
      { name: 'year', value: () => BAND_YEAR },
      { name: 'band', value: (r) => band(r.band).zh },
      { name: 'min_yuan', value: (r) => bound(band(r.band).min) },
      { name: 'max_yuan', value: (r) => bound(band(r.band).max) },
      { name: 'villages', key: 'dataset' },
      { name: 'published_villages', key: 'published' },
    ],
  };
}

// ---- township page

type TownshipIncomeChartRow = TownshipIncomeRow & { code: string; village: string };

/** Township page: each village's income in `year` (villages without a total left out), largest first. */
export function townshipIncomeChart(t: TownshipView, year: number, lang: Lang): ChartData<TownshipIncomeChartRow> {
  const rows: TownshipIncomeChartRow[] = [];
  for (const v of t.villages) {
    const inc = v.totals.find((x) => x.year === year);
    if (inc) rows.push({ name: shortNameIn(v.name, lang), fen: inc.total_yuan, code: v.village.code, village: v.name.zh });
  }
  rows.sort((a, b) => b.fen - a.fen);
  return {
    rows,
    columns: [{ name: 'year', value: () => year }, { name: 'village_code', key: 'code' }, { name: 'village_name', key: 'village' }, { name: 'total_yuan', value: (r) => yuanOf(r.fen) }],
  };
}

// ---- village page

type SplitChartRow = DividendSplitRow & { distribution_id: string; approximate: boolean };

/** Village page: the split of each of its distributions (one bar per date, segments by party). */
export function villageDividendChart(v: VillageView): ChartData<SplitChartRow> {
  return {
    rows: v.dividends.flatMap((d) =>
      d.shares.map((s) => ({ distribution: d.dividend.date, party: s.party, bp: s.percent, distribution_id: d.dividend.distribution_id, approximate: s.percent_approximate })),
    ),
    columns: [
      { name: 'distribution_id' },
      { name: 'date', key: 'distribution' },
      { name: 'party' },
      { name: 'percent', value: (r) => r.bp / 100 },
      { name: 'percent_approximate', key: 'approximate' },
    ],
  };
}

// ---- red credit

/** Credit page: loans by year (the amount lent is plotted; the count is in the description). */
export function creditLoansByYearChart(m: SiteModel): ChartData<LoansByYearRow> {
  return {
    rows: m.loanRollups.byYear.map((y) => ({ year: Number(y.key), fen: y.fen, loans: y.loans })).sort((a, b) => a.year - b.year),
    columns: [{ name: 'year' }, { name: 'loans' }, { name: 'amount_yuan', value: (r) => yuanOf(r.fen) }],
  };
}

export type LoanGroup = 'township' | 'industry' | 'status';

/** How a loan group's key reads on the page: a township's name, an industry or a status in the page's language. */
export function loanGroupLabel(m: SiteModel, group: LoanGroup, key: string, lang: Lang): string {
  if (group === 'township') {
    const t = m.townshipByCode.get(key);
    return t ? nameIn(t.name, lang) : key;
  }
  if (group === 'industry') return term(industries, key, lang);
  return key === '未载明' ? tr(lang, '未载明', 'not stated') : term([...repaymentStatuses, ...loanDecisions], key, lang);
}

type GroupChartRow = LoansByGroupRow & { key: string };

/** Credit page: loans by township, industry or status (the number of loans is plotted). */
export function creditLoansByGroupChart(m: SiteModel, group: LoanGroup, lang: Lang): ChartData<GroupChartRow> {
  const source = group === 'township' ? m.loanRollups.byTownship : group === 'industry' ? m.loanRollups.byIndustry : m.loanRollups.byStatus;
  const keyColumns: ChartColumn<GroupChartRow>[] =
    group === 'township'
      ? [{ name: 'township_code', key: 'key' }, { name: 'township_name', value: (r) => m.townshipByCode.get(r.key)?.name.zh ?? null }]
      : [{ name: group, key: 'key' }];
  return {
    rows: source.map((x) => ({ label: loanGroupLabel(m, group, x.key, lang), loans: x.loans, fen: x.fen, key: x.key })),
    columns: [...keyColumns, { name: 'loans' }, { name: 'amount_yuan', value: (r) => yuanOf(r.fen) }],
  };
}

// ---- dividends page

type StandardSplitRow = DividendSplitRow & { approximate: boolean };

/** Dividends page: the published 20 / 5.5 / 74.5 split as one bar. */
export function dividendsStandardSplitChart(lang: Lang): ChartData<StandardSplitRow> {
  const label = tr(lang, '公开的比例', 'Published split');
  return {
    rows: STANDARD_SPLIT.map((s) => ({ distribution: label, party: s.party, bp: s.bp, approximate: s.approximate })),
    columns: [{ name: 'party' }, { name: 'percent', value: (r) => r.bp / 100 }, { name: 'percent_approximate', key: 'approximate' }],
  };
}

/** Dividends page: the value of each kind of contribution, all years. */
export function dividendsShareholdingsChart(m: SiteModel): ChartData<ShareholdingRow> {
  return {
    rows: m.shareholdingsByType.map((s) => ({ type: s.type, fen: s.fen })),
    columns: [{ name: 'contribution', key: 'type' }, { name: 'amount_yuan', value: (r) => yuanOf(r.fen) }],
  };
}

// ---- the CSV files

/** The CSV of a chart, or null when it plots nothing (no file, no link). */
export function chartCsvText<R extends object>(d: ChartData<R>): string | null {
  return d.rows.length > 0 ? chartCsv(d.columns, d.rows) : null;
}

/** The language the CSV files are made in; no column reads a language's label, so either would do. */
const CSV_LANG: Lang = 'zh-CN';

export const villageCharts = {
  income: (_m: SiteModel, v: VillageView) => chartCsvText(villageIncomeChart(v)),
  dividends: (_m: SiteModel, v: VillageView) => chartCsvText(villageDividendChart(v)),
} as const;
export type VillageChart = keyof typeof villageCharts;

export const townshipCharts = {
  'village-income': (m: SiteModel, t: TownshipView) => (m.income.latestYear === null ? null : chartCsvText(townshipIncomeChart(t, m.income.latestYear, CSV_LANG))),
  'income-by-year': (_m: SiteModel, t: TownshipView) => chartCsvText(townshipIncomeByYearChart(t)),
} as const;
export type TownshipChart = keyof typeof townshipCharts;

export const countyCharts = {
  'home-income-by-year': (m: SiteModel) => chartCsvText(homeIncomeByYearChart(m)),
  'home-income-by-type': (m: SiteModel) => chartCsvText(homeIncomeByTypeChart(m)),
  'home-income-bands': (m: SiteModel) => chartCsvText(homeIncomeBandsChart(m, CSV_LANG)),
  'credit-loans-by-year': (m: SiteModel) => chartCsvText(creditLoansByYearChart(m)),
  'credit-loans-by-township': (m: SiteModel) => chartCsvText(creditLoansByGroupChart(m, 'township', CSV_LANG)),
  'credit-loans-by-industry': (m: SiteModel) => chartCsvText(creditLoansByGroupChart(m, 'industry', CSV_LANG)),
  'credit-loans-by-status': (m: SiteModel) => chartCsvText(creditLoansByGroupChart(m, 'status', CSV_LANG)),
  'dividends-split': () => chartCsvText(dividendsStandardSplitChart(CSV_LANG)),
  'dividends-shareholdings': (m: SiteModel) => chartCsvText(dividendsShareholdingsChart(m)),
} as const;
export type CountyChart = keyof typeof countyCharts;

/** Site paths (without base or language) of the chart CSVs: link them with `withBase`. */
export const villageChartPath = (code: string, chart: VillageChart) => `/villages/${code}/chart-${chart}.csv`;
export const townshipChartPath = (code: string, chart: TownshipChart) => `/townships/${code}/chart-${chart}.csv`;
export const countyChartPath = (chart: CountyChart) => `/charts/${chart}.csv`;

export interface ChartCsvFile {
  /** The site path (without base), as the `*ChartPath` functions give it. */
  path: string;
  text: string;
}

const entries = <K extends string, F>(o: Record<K, F>) => Object.entries(o) as [K, F][];

/** Every village's chart CSVs (or these villages'), only for charts with rows. */
export function villageChartFiles(m: SiteModel, villages: readonly VillageView[] = m.villages): (ChartCsvFile & { code: string; chart: VillageChart })[] {
  return villages.flatMap((v) =>
    entries(villageCharts).flatMap(([chart, csv]) => {
      const text = csv(m, v);
      return text === null ? [] : [{ code: v.village.code, chart, path: villageChartPath(v.village.code, chart), text }];
    }),
  );
}

/** Every township's chart CSVs (or these townships'), only for charts with rows. */
export function townshipChartFiles(m: SiteModel, townships: readonly TownshipView[] = m.townships): (ChartCsvFile & { code: string; chart: TownshipChart })[] {
  return townships.flatMap((t) =>
    entries(townshipCharts).flatMap(([chart, csv]) => {
      const text = csv(m, t);
      return text === null ? [] : [{ code: t.township.code, chart, path: townshipChartPath(t.township.code, chart), text }];
    }),
  );
}

/** The county pages' chart CSVs (home, credit, dividends), only for charts with rows. */
export function countyChartFiles(m: SiteModel): (ChartCsvFile & { chart: CountyChart })[] {
  return entries(countyCharts).flatMap(([chart, csv]) => {
    const text = csv(m);
    return text === null ? [] : [{ chart, path: countyChartPath(chart), text }];
  });
}
