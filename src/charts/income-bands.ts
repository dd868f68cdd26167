/** Villages in each 2017 income band: the dataset's count as a bar, the published count as a mark. */
import { PUBLISHED, BAR } from './palette.ts';
import { hbars } from './bars.ts';
import { cached, Plot, type ChartOptions } from './render.ts';

export interface IncomeBandRow {
  /** The band's words in the page's language ("5万元以上"). */
  label: string;
  dataset: number;
  published: number | null;
}

export function incomeBands(rows: readonly IncomeBandRow[], opts: ChartOptions): string {
  return cached('income-bands', opts, rows, () => {
    const en = opts.lang === 'en';
    const pub = rows.filter((r) => r.published !== null);
    const text = (r: IncomeBandRow) => (r.published === null ? String(r.dataset) : en ? `${r.dataset} (published ${r.published})` : `${r.dataset}(公布 ${r.published})`);
    return hbars(
      rows.map((r) => ({ label: r.label, value: r.dataset, text: text(r), colour: BAR })),
      opts,
      {
        title: en ? 'Villages by 2017 collective income' : '2017年各收入档次的村数',
        description: en
          ? `Bars: villages in each band in this dataset. Orange marks: the number published. ${rows.map((r) => `${r.label}: ${r.dataset}${r.published === null ? '' : ` (published ${r.published})`}`).join('; ')}.`
          : `条形为本数据集各档次的村数,橙色竖线为公开发表的村数。${rows.map((r) => `${r.label}:${r.dataset}个${r.published === null ? '' : `(公布${r.published}个)`}`).join(';')}。`,
      },
      [Plot.tickX(pub, { y: 'label', x: 'published', stroke: PUBLISHED, strokeWidth: 3, ariaHidden: 'true' })],
    );
  });
}
