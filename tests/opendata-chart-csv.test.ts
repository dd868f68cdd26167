/** The CSV offered under each chart: exactly the plotted values, in the download dialect, never a formula. */
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../src/lib/publish/chart-csv.ts';
import { readCsv } from './helpers/read-published.ts';

describe('chartCsv', () => {
  it('writes one column per channel and one line per mark, read back unchanged by csv-parse', () => {
    const csv = chartCsv([{ name: 'year' }, { name: 'income_type' }, { name: 'amount_yuan', key: 'yuan' }], [
      { year: 2017, income_type: '产业带动', yuan: 20000.5 },
      { year: 2018, income_type: '租赁, 经营', yuan: null },
    ]);
    expect(csv).toBe('year,income_type,amount_yuan\n2017,产业带动,20000.5\n2018,"租赁, 经营",\n');
    expect(readCsv(new TextEncoder().encode(csv)).rows).toEqual([
      { year: '2017', income_type: '产业带动', amount_yuan: '20000.5' },
      { year: '2018', income_type: '租赁, 经营', amount_yuan: '' },
    ]);
  });

  it('writes the header alone for a chart with no marks, and refuses a formula cell or a non-finite number', () => {
    expect(chartCsv([{ name: 'year' }], [])).toBe('year\n');
    expect(() => chartCsv([{ name: 'label' }], [{ label: '=1+1' }])).toThrow(/formula/);
    expect(() => chartCsv([{ name: 'v' }], [{ v: Number.NaN }])).toThrow(/finite/);
    expect(chartCsv([{ name: 'v' }], [{ v: -5 }])).toBe('v\n-5\n');
  });

  it('computes a cell from the plotted row (fen → yuan), and refuses a column the rows do not have', () => {
    const rows = [{ type: '土地', fen: 5000050 }];
    expect(chartCsv([{ name: 'year', value: () => 2018 }, { name: 'contribution', key: 'type' }, { name: 'amount_yuan', value: (r) => r.fen / 100 }], rows)).toBe('year,contribution,amount_yuan\n2018,土地,50000.5\n');
    expect(() => chartCsv([{ name: 'amount_yuan' }], rows)).toThrow(/no property "amount_yuan"/);
  });
});
