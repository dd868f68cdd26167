/** A township's villages side by side: each village's collective income in one year. */
import { wan } from '../site/format.ts';
import { hbars } from './bars.ts';
import { cached, type ChartOptions } from './render.ts';

export interface TownshipIncomeRow {
  /** The village's short name in the page's language. */
  name: string;
  fen: number;
}

export function townshipIncome(rows: readonly TownshipIncomeRow[], opts: ChartOptions & { year: number; township: string }): string {
  return cached('township-income', opts, [rows, opts.year, opts.township], () => {
    const en = opts.lang === 'en';
    const sorted = [...rows].sort((a, b) => b.fen - a.fen);
    return hbars(
      sorted.map((r) => ({ label: r.name, value: r.fen / 100, text: wan(r.fen, opts.lang).replace(' yuan', '') })),
      opts,
      {
        title: en ? `${opts.township}: collective income of each village, ${opts.year}` : `${opts.township}各村${opts.year}年集体经济收入`,
        description: en
          ? `Horizontal bars, largest first: ${sorted.map((r) => `${r.name} ${wan(r.fen, 'en')}`).join('; ')}.`
          : `横向条形图,从高到低:${sorted.map((r) => `${r.name}${wan(r.fen, 'zh-CN')}`).join(';')}。`,
      },
    );
  });
}
