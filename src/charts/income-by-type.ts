/** Collective income by type (产业带动, 服务创收, 招商合作, 资源开发, 租赁经营, 其他) in one year. */
import { incomeTypes, termLabel } from '../schemas/vocab.ts';
import { short } from '../site/i18n.ts';
import { wan } from '../site/format.ts';
import { hbars } from './bars.ts';
import { colourOf, incomeTypeColour } from './palette.ts';
import { cached, type ChartOptions } from './render.ts';

export interface IncomeByTypeRow {
  type: string;
  fen: number;
}

export function incomeByType(rows: readonly IncomeByTypeRow[], opts: ChartOptions & { year: number }): string {
  return cached('income-by-type', opts, [rows, opts.year], () => {
    const en = opts.lang === 'en';
    const label = (t: string) => termLabel(incomeTypes, t, short(opts.lang));
    const total = rows.reduce((s, r) => s + r.fen, 0);
    const share = (f: number) => (total ? `${Math.round((f / total) * 1000) / 10}%` : '');
    return hbars(
      rows.map((r, i) => ({ label: label(r.type), value: r.fen / 100, text: `${wan(r.fen, opts.lang).replace(' yuan', '')} (${share(r.fen)})`, colour: colourOf(incomeTypeColour, r.type, i) })),
      opts,
      {
        title: en ? `Collective income by type, ${opts.year}` : `${opts.year}年集体经济收入(按类型)`,
        description: en
          ? `Horizontal bars: ${rows.map((r) => `${label(r.type)} ${wan(r.fen, 'en')} (${share(r.fen)})`).join('; ')}.`
          : `横向条形图:${rows.map((r) => `${r.type}${wan(r.fen, 'zh-CN')}(${share(r.fen)})`).join(';')}。`,
      },
    );
  });
}
