/**
 * One named snapshot per chart, from fixture rows (never live data). Snapshots are SVG files in
 * tests/__snapshots__/charts/; update them with `npx vitest run tests/charts.test.ts -u` after a
 * deliberate change, and look at them.
 */
import { describe, expect, test } from 'vitest';
import { incomeByYear } from '../src/charts/income-by-year.ts';
import { incomeByType } from '../src/charts/income-by-type.ts';
import { incomeBands } from '../src/charts/income-bands.ts';
import { townshipIncome } from '../src/charts/township-income.ts';
import { loansByYear } from '../src/charts/loans-by-year.ts';
import { loansByGroup } from '../src/charts/loans-by-group.ts';
import { dividendSplit } from '../src/charts/dividend-split.ts';
import { shareholdings } from '../src/charts/shareholdings.ts';
import { tabularNumsToClass } from '../src/charts/render.ts';

function checkAccessible(svg: string) {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toMatch(/^<svg[^>]* role="img" aria-label="[^"]+"><title>[^<]+<\/title><desc>[^<]+<\/desc>/);
  expect(svg).not.toMatch(/plot-[0-9a-f]{6}/); // no generated class names
  expect(svg).not.toMatch(/\d\.\d{3,}/); // coordinates rounded
  expect(svg).not.toMatch(/<g(?![^>]*aria-hidden="true")[\s>]/); // every group hidden: the table carries the numbers
  expect(svg).not.toContain('style='); // the Content-Security-Policy refuses inline styles
  expect(svg).not.toContain('font-variant='); // SVG's attribute has no tabular-nums: the W3C checker refuses it
}

const snap = (name: string) => `./__snapshots__/charts/${name}.svg`;

describe('tidying Plot’s SVG', () => {
  test('font-variant="tabular-nums" becomes the class site.css styles, beside any class already there', () => {
    expect(tabularNumsToClass('<g transform="translate(-9,0)" font-variant="tabular-nums" text-anchor="end"><text>1</text></g>')).toBe('<g transform="translate(-9,0)" class="tabular-nums" text-anchor="end"><text>1</text></g>');
    expect(tabularNumsToClass('<g font-variant="tabular-nums">')).toBe('<g class="tabular-nums">');
    expect(tabularNumsToClass('<g class="axis" font-variant="tabular-nums" fill="none">')).toBe('<g class="axis tabular-nums" fill="none">');
    expect(tabularNumsToClass('<text>font-variant="tabular-nums"</text>')).toBe('<text>font-variant="tabular-nums"</text>');
  });
});

describe('charts', () => {
  test('income-by-year', async () => {
    const rows = [
      { year: 2015, type: '产业带动', yuan: 18000 },
      { year: 2016, type: '产业带动', yuan: 20000 },
      { year: 2016, type: '租赁经营', yuan: 10000 },
      { year: 2017, type: '产业带动', yuan: 25000 },
      { year: 2017, type: '服务创收', yuan: 15000.5 },
    ];
    const svg = incomeByYear(rows, { lang: 'zh-CN' });
    checkAccessible(svg);
    expect(svg).toContain('<title>各年集体经济收入(按类型)</title>');
    expect(svg).toContain('>2017<');
    await expect(svg).toMatchFileSnapshot(snap('income-by-year'));
    await expect(incomeByYear(rows, { lang: 'en' })).toMatchFileSnapshot(snap('income-by-year.en'));
  });

  test('income-by-type', async () => {
    const svg = incomeByType([{ type: '产业带动', fen: 146830000 }, { type: '服务创收', fen: 82030000 }, { type: '其他', fen: 14270000 }], { lang: 'zh-CN', year: 2024 });
    checkAccessible(svg);
    expect(svg).toContain('产业带动');
    await expect(svg).toMatchFileSnapshot(snap('income-by-type'));
  });

  test('income-bands', async () => {
    const svg = incomeBands([
      { label: '5万元以上', dataset: 18, published: 18 },
      { label: '3万至5万元', dataset: 9, published: 9 },
      { label: '2万至3万元', dataset: 77, published: 77 },
    ], { lang: 'zh-CN' });
    checkAccessible(svg);
    expect(svg).toContain('77(公布 77)');
    await expect(svg).toMatchFileSnapshot(snap('income-bands'));
  });

  test('township-income', async () => {
    const svg = townshipIncome([{ name: '十八寨沟', fen: 8050000 }, { name: '塔城', fen: 3441000 }, { name: '陇巴', fen: 2100000 }], { lang: 'zh-CN', year: 2024, township: '塔城乡' });
    checkAccessible(svg);
    expect(svg).toContain('十八寨沟');
    await expect(svg).toMatchFileSnapshot(snap('township-income'));
  });

  test('loans-by-year', async () => {
    const svg = loansByYear([{ year: 2014, fen: 390000000, loans: 40 }, { year: 2015, fen: 1050000000, loans: 85 }, { year: 2016, fen: 1680000000, loans: 125 }], { lang: 'en' });
    checkAccessible(svg);
    expect(svg).toContain('Red-credit loans by year');
    await expect(svg).toMatchFileSnapshot(snap('loans-by-year'));
  });

  test('loans-by-group', async () => {
    const svg = loansByGroup([{ label: '种植', loans: 20, fen: 300000000 }, { label: '中药材', loans: 18, fen: 250000000 }, { label: '乡村旅游', loans: 9, fen: 150000000 }], { lang: 'zh-CN', by: '产业' });
    checkAccessible(svg);
    await expect(svg).toMatchFileSnapshot(snap('loans-by-group'));
  });

  test('dividend-split', async () => {
    const rows = ['2018-01-10', '2019-01-08'].flatMap((d) => [
      { distribution: d, party: '村集体', bp: 2000 },
      { distribution: d, party: '合作社', bp: 550 },
      { distribution: d, party: '入股村民', bp: 7450 },
    ]);
    const svg = dividendSplit(rows, { lang: 'zh-CN' });
    checkAccessible(svg);
    expect(svg).toContain('入股村民74.5%');
    await expect(svg).toMatchFileSnapshot(snap('dividend-split'));
  });

  test('shareholdings', async () => {
    const svg = shareholdings([{ type: '土地', fen: 20800000 }, { type: '贫困户政策扶持', fen: 7300000 }], { lang: 'en' });
    checkAccessible(svg);
    expect(svg).toContain('Policy support for poor households');
    await expect(svg).toMatchFileSnapshot(snap('shareholdings'));
  });

  test('no rows, no chart: the page shows its "no records" message instead', () => {
    expect(incomeByYear([], { lang: 'zh-CN' })).toBe('');
    expect(dividendSplit([], { lang: 'en' })).toBe('');
  });
});
