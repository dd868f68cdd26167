/**
 * Each chart's CSV download holds exactly the rows its chart is given: the page and the endpoint
 * both take them from src/site/chart-data.ts. Checked on the fixture dataset for a village, a
 * township and the county pages: values (yuan, percent, stored Chinese terms), the download
 * dialect, the same file for both languages, a file exactly when the chart draws something, and
 * never a spreadsheet formula.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteModel, type SiteModel } from '../src/lib/derive/site-model.ts';
import { isFormulaLike } from '../src/lib/publish/cells.ts';
import { chartCsv } from '../src/lib/publish/chart-csv.ts';
import { incomeByYear } from '../src/charts/income-by-year.ts';
import { incomeByType } from '../src/charts/income-by-type.ts';
import { incomeBands } from '../src/charts/income-bands.ts';
import { townshipIncome } from '../src/charts/township-income.ts';
import { loansByYear } from '../src/charts/loans-by-year.ts';
import { loansByGroup } from '../src/charts/loans-by-group.ts';
import { dividendSplit } from '../src/charts/dividend-split.ts';
import { shareholdings } from '../src/charts/shareholdings.ts';
import {
  countyChartFiles,
  creditLoansByGroupChart,
  creditLoansByYearChart,
  dividendsShareholdingsChart,
  dividendsStandardSplitChart,
  homeIncomeBandsChart,
  homeIncomeByTypeChart,
  homeIncomeByYearChart,
  townshipChartFiles,
  townshipIncomeByYearChart,
  townshipIncomeChart,
  villageChartFiles,
  villageDividendChart,
  villageIncomeChart,
  type ChartData,
} from '../src/site/chart-data.ts';
import type { Lang } from '../src/site/i18n.ts';
import { fixtureDataset } from './fixtures/site-dataset.ts';
import { readCsv } from './helpers/read-published.ts';

const model = (): SiteModel => buildSiteModel(fixtureDataset());
const bytes = (s: string) => new TextEncoder().encode(s);

/** Every published chart CSV: site path → text. */
function allFiles(m: SiteModel): Map<string, string> {
  return new Map([...villageChartFiles(m), ...townshipChartFiles(m), ...countyChartFiles(m)].map((f) => [f.path, f.text]));
}

/** The rows a chart was given, as the CSV should read back: each column's value as cell text. */
function expectedCells<R extends object>(d: ChartData<R>): Record<string, string>[] {
  return d.rows.map((r) =>
    Object.fromEntries(
      d.columns.map((c) => {
        const v = c.value ? c.value(r) : (r as Record<string, unknown>)[c.key ?? c.name];
        return [c.name, v === null || v === undefined ? '' : String(v)];
      }),
    ),
  );
}

/** Parses the published file with csv-parse and checks it against the chart's own rows. */
function expectSameAsPlotted<R extends object>(files: Map<string, string>, path: string, d: ChartData<R>) {
  const text = files.get(path);
  expect(text, path).toBeDefined();
  const { header, rows } = readCsv(bytes(text!));
  expect(header).toEqual(d.columns.map((c) => c.name));
  expect(rows).toEqual(expectedCells(d));
  return rows;
}

describe('a village page’s chart CSVs', () => {
  const m = model();
  const files = allFiles(m);
  const v = m.villageByCode.get('530721102211')!;

  it('income: the rows the income chart plots, in yuan, with the stored income types', () => {
    const d = villageIncomeChart(v);
    expect(incomeByYear(d.rows, { lang: 'zh-CN' })).toContain('<svg');
    const rows = expectSameAsPlotted(files, '/villages/530721102211/chart-income.csv', d);
    expect(rows).toEqual([
      { year: '2016', income_type: '产业带动', amount_yuan: '25000' },
      { year: '2017', income_type: '产业带动', amount_yuan: '40000' },
      { year: '2017', income_type: '租赁经营', amount_yuan: '12000' },
    ]);
  });

  it('dividends: each distribution’s split as plotted, percent in percent', () => {
    const d = villageDividendChart(v);
    expect(dividendSplit(d.rows, { lang: 'zh-CN' })).toContain('<svg');
    const rows = expectSameAsPlotted(files, '/villages/530721102211/chart-dividends.csv', d);
    expect(rows).toEqual([
      { distribution_id: 'D1', date: '2018-01-10', party: '村集体', percent: '20', percent_approximate: 'false' },
      { distribution_id: 'D1', date: '2018-01-10', party: '合作社', percent: '5.5', percent_approximate: 'true' },
      { distribution_id: 'D1', date: '2018-01-10', party: '入股村民', percent: '74.5', percent_approximate: 'true' },
    ]);
  });

  it('a chart with nothing to plot has no file (and its page shows "no records", no link)', () => {
    // 石鼓 has income but no dividends; 黎明 has neither
    expect(files.has('/villages/530721102201/chart-income.csv')).toBe(true);
    expect(files.has('/villages/530721102201/chart-dividends.csv')).toBe(false);
    expect([...files.keys()].filter((p) => p.startsWith('/villages/530721205204/'))).toEqual([]);
    for (const x of m.villages) {
      expect(incomeByYear(villageIncomeChart(x).rows, { lang: 'zh-CN' }) !== '', x.village.code).toBe(files.has(`/villages/${x.village.code}/chart-income.csv`));
      expect(dividendSplit(villageDividendChart(x).rows, { lang: 'zh-CN' }) !== '', x.village.code).toBe(files.has(`/villages/${x.village.code}/chart-dividends.csv`));
    }
  });
});

describe('a township page’s chart CSVs', () => {
  const m = model();
  const files = allFiles(m);
  const t = m.townshipByCode.get('530721102')!;

  it('village income: every village’s total in the newest year, largest first, by code and stored name', () => {
    const d = townshipIncomeChart(t, 2017, 'zh-CN');
    expect(townshipIncome(d.rows, { lang: 'zh-CN', year: 2017, township: '石鼓镇' })).toContain('<svg');
    expect(d.rows.map((r) => r.name)).toEqual(['拉巴支', '石鼓']);
    const rows = expectSameAsPlotted(files, '/townships/530721102/chart-village-income.csv', d);
    expect(rows).toEqual([
      { year: '2017', village_code: '530721102211', village_name: '拉巴支村委会', total_yuan: '52000' },
      { year: '2017', village_code: '530721102201', village_name: '石鼓村委会', total_yuan: '31000' },
    ]);
  });

  it('income by year: the township’s villages summed by year and type', () => {
    const rows = expectSameAsPlotted(files, '/townships/530721102/chart-income-by-year.csv', townshipIncomeByYearChart(t));
    expect(rows).toContainEqual({ year: '2017', income_type: '服务创收', amount_yuan: '31000' });
    expect(rows).toHaveLength(4);
  });

  it('the English page plots English names but links the same file', () => {
    const en = townshipIncomeChart(t, 2017, 'en');
    expect(en.rows.map((r) => r.name)).toEqual(['Labazhi', 'Shigu']);
    expect(chartCsv(en.columns, en.rows)).toBe(files.get('/townships/530721102/chart-village-income.csv'));
  });

  it('a township with no income has no chart files', () => {
    expect([...files.keys()].filter((p) => p.startsWith('/townships/530721205/'))).toEqual([]);
  });
});

describe('the county pages’ chart CSVs', () => {
  const m = model();
  const files = allFiles(m);

  it('home: income by year and type, by type in the newest year, and the 2017 bands beside the published counts', () => {
    expectSameAsPlotted(files, '/charts/home-income-by-year.csv', homeIncomeByYearChart(m));
    expect(incomeByYear(homeIncomeByYearChart(m).rows, { lang: 'zh-CN' })).toContain('<svg');

    const byType = homeIncomeByTypeChart(m);
    expect(incomeByType(byType.rows, { lang: 'zh-CN', year: 2017 })).toContain('<svg');
    expect(expectSameAsPlotted(files, '/charts/home-income-by-type.csv', byType)).toEqual([
      { year: '2017', income_type: '产业带动', amount_yuan: '40000' },
      { year: '2017', income_type: '服务创收', amount_yuan: '31000' },
      { year: '2017', income_type: '租赁经营', amount_yuan: '12000' },
    ]);

    const bands = homeIncomeBandsChart(m, 'zh-CN');
    expect(incomeBands(bands.rows, { lang: 'zh-CN' })).toContain('<svg');
    expect(expectSameAsPlotted(files, '/charts/home-income-bands.csv', bands)).toEqual([
      { year: '2017', band: '5万元以上', min_yuan: '50000', max_yuan: '', villages: '1', published_villages: '1' },
      { year: '2017', band: '3万至5万元', min_yuan: '30000', max_yuan: '50000', villages: '1', published_villages: '1' },
      { year: '2017', band: '2万至3万元', min_yuan: '20000', max_yuan: '30000', villages: '0', published_villages: '0' },
      { year: '2017', band: '不足2万元', min_yuan: '0', max_yuan: '20000', villages: '0', published_villages: '' },
      { year: '2017', band: '无记录', min_yuan: '', max_yuan: '', villages: '1', published_villages: '' },
    ]);
  });

  it('credit: loans by year (amount in yuan) and by township, industry and status (stored terms)', () => {
    const byYear = creditLoansByYearChart(m);
    expect(loansByYear(byYear.rows, { lang: 'zh-CN' })).toContain('<svg');
    expect(expectSameAsPlotted(files, '/charts/credit-loans-by-year.csv', byYear)[0]).toEqual({ year: '2007', loans: '1', amount_yuan: '100000' });
    for (const g of ['township', 'industry', 'status'] as const) {
      const d = creditLoansByGroupChart(m, g, 'zh-CN');
      expect(loansByGroup(d.rows, { lang: 'zh-CN', by: g })).toContain('<svg');
      expectSameAsPlotted(files, `/charts/credit-loans-by-${g}.csv`, d);
    }
    expect(files.get('/charts/credit-loans-by-township.csv')).toBe('township_code,township_name,loans,amount_yuan\n530721102,石鼓镇,5,530000\n');
    expect(files.get('/charts/credit-loans-by-status.csv')).toContain('\n未批准,1,80000\n');
  });

  it('dividends: the published split and the shareholdings by contribution', () => {
    const split = dividendsStandardSplitChart('zh-CN');
    expect(dividendSplit(split.rows, { lang: 'zh-CN' })).toContain('<svg');
    expect(files.get('/charts/dividends-split.csv')).toBe('party,percent,percent_approximate\n村集体,20,false\n合作社,5.5,true\n入股村民,74.5,true\n');
    const shares = dividendsShareholdingsChart(m);
    expect(shareholdings(shares.rows, { lang: 'zh-CN' })).toContain('<svg');
    expect(expectSameAsPlotted(files, '/charts/dividends-shareholdings.csv', shares)).toEqual([{ contribution: '土地', amount_yuan: '50000' }]);
  });

  it('the English pages plot English labels but the CSV is the same file', () => {
    const same = <R extends object>(f: (lang: Lang) => ChartData<R>, path: string) => {
      const en = f('en');
      expect(chartCsv(en.columns, en.rows), path).toBe(files.get(path));
    };
    same((l) => homeIncomeBandsChart(m, l), '/charts/home-income-bands.csv');
    for (const g of ['township', 'industry', 'status'] as const) same((l) => creditLoansByGroupChart(m, g, l), `/charts/credit-loans-by-${g}.csv`);
    same((l) => dividendsStandardSplitChart(l), '/charts/dividends-split.csv');
    expect(homeIncomeBandsChart(m, 'en').rows[0]!.label).toBe('50,000 yuan or more');
  });

  it('with no income, loans or shareholdings the county pages offer only the published split', () => {
    const empty = buildSiteModel({ ...fixtureDataset(), income_totals: [], collective_income: [], credit_loans: [], credit_followups: [], shareholdings: [] });
    expect(countyChartFiles(empty).map((f) => f.path)).toEqual(['/charts/dividends-split.csv']);
    expect(townshipChartFiles(empty)).toEqual([]);
  });
});

describe('the download dialect', () => {
  it('every chart CSV is UTF-8 without BOM, LF line ends, a header row and no formula cell', () => {
    const files = allFiles(model());
    expect(files.size).toBe(3 + 2 + 9); // villages 拉巴支 (2) and 石鼓 (1), township 石鼓镇 (2), county pages (9)
    for (const [path, text] of files) {
      expect(text.charCodeAt(0), path).not.toBe(0xfeff);
      expect(text, path).not.toContain('\r');
      expect(text.endsWith('\n'), path).toBe(true);
      expect(text.split('\n')[0], path).toMatch(/^[a-z_]+(,[a-z_]+)*$/);
      const { rows } = readCsv(bytes(text));
      expect(rows.length, path).toBeGreaterThan(0);
      for (const r of rows) for (const cell of Object.values(r)) expect(isFormulaLike(cell), `${path}: ${cell}`).toBe(false);
    }
  });

  it('refuses to write a cell a spreadsheet would run as a formula', () => {
    const data = fixtureDataset();
    data.villages[0] = { ...data.villages[0]!, name: '=HYPERLINK("http://x")' };
    expect(() => townshipChartFiles(buildSiteModel(data))).toThrow(/formula/);
  });
});
