/** What shareholders put in: the value of each kind of contribution. */
import { contributionTypes, termLabel } from '../schemas/vocab.ts';
import { short } from '../site/i18n.ts';
import { wan } from '../site/format.ts';
import { hbars } from './bars.ts';
import { cached, type ChartOptions } from './render.ts';

export interface ShareholdingRow {
  /** Contribution as stored (土地, 项目资金, ...). */
  type: string;
  fen: number;
}

export function shareholdings(rows: readonly ShareholdingRow[], opts: ChartOptions & { title?: string }): string {
  return cached('shareholdings', opts, [rows, opts.title], () => {
    const en = opts.lang === 'en';
    const label = (t: string) => termLabel(contributionTypes, t, short(opts.lang));
    return hbars(
      rows.map((r) => ({ label: label(r.type), value: r.fen / 100, text: wan(r.fen, opts.lang).replace(' yuan', '') })),
      opts,
      {
        title: opts.title ?? (en ? 'Shares by contribution' : '入股构成'),
        description: en
          ? `Horizontal bars, value of each kind of contribution: ${rows.map((r) => `${label(r.type)} ${wan(r.fen, 'en')}`).join('; ')}.`
          : `横向条形图,各入股方式的折股金额:${rows.map((r) => `${r.type}${wan(r.fen, 'zh-CN')}`).join(';')}。`,
      },
    );
  });
}
