/** Red-credit loans by year: the amount lent (approved loans). */
import { wan, wanShort } from '../site/format.ts';
import { yearBars } from './bars.ts';
import { cached, type ChartOptions } from './render.ts';

export interface LoansByYearRow {
  year: number;
  fen: number;
  loans: number;
}

export function loansByYear(rows: readonly LoansByYearRow[], opts: ChartOptions): string {
  return cached('loans-by-year', opts, rows, () => {
    const en = opts.lang === 'en';
    const sorted = [...rows].sort((a, b) => a.year - b.year);
    return yearBars(
      sorted.map((r) => ({ year: r.year, value: r.fen / 100 })),
      opts,
      {
        title: en ? 'Red-credit loans by year (amount)' : '各年红色信贷金额',
        description: en
          ? `Bars by year: ${sorted.map((r) => `${r.year}: ${r.loans} loans, ${wan(r.fen, 'en')}`).join('; ')}.`
          : `按年份的柱形图:${sorted.map((r) => `${r.year}年${r.loans}笔,${wan(r.fen, 'zh-CN')}`).join(';')}。`,
      },
      (v) => wanShort(v, opts.lang),
      en ? 'yuan' : '元',
    );
  });
}
