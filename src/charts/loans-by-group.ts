/** Red-credit loans by township, industry or status: the number of loans in each group. */
import { hbars } from './bars.ts';
import { cached, type ChartOptions } from './render.ts';
import { wan } from '../site/format.ts';

export interface LoansByGroupRow {
  /** The group's label in the page's language. */
  label: string;
  loans: number;
  fen: number;
}

export function loansByGroup(rows: readonly LoansByGroupRow[], opts: ChartOptions & { by: string }): string {
  return cached('loans-by-group', opts, [rows, opts.by], () => {
    const en = opts.lang === 'en';
    return hbars(
      rows.map((r) => ({ label: r.label, value: r.loans, text: String(r.loans) })),
      opts,
      {
        title: en ? `Red-credit loans by ${opts.by}` : `红色信贷笔数(按${opts.by})`,
        description: en
          ? `Horizontal bars, number of loans: ${rows.map((r) => `${r.label} ${r.loans} (${wan(r.fen, 'en')})`).join('; ')}.`
          : `横向条形图,贷款笔数:${rows.map((r) => `${r.label}${r.loans}笔(${wan(r.fen, 'zh-CN')})`).join(';')}。`,
      },
    );
  });
}
