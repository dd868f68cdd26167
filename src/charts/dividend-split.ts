/** How each distribution was split: one 100% bar per distribution, segments by party. */
import { dividendParties, termLabel } from '../schemas/vocab.ts';
import { compareParty } from '../lib/derive/dividends.ts';
import { percentBp } from '../site/format.ts';
import { short } from '../site/i18n.ts';
import { colourOf, partyColour } from './palette.ts';
import { cached, DEFAULT_WIDTH, FONT_SIZE, marginFor, Plot, renderPlot, type ChartOptions } from './render.ts';

export interface DividendSplitRow {
  /** The distribution's label (its date, say). */
  distribution: string;
  party: string;
  bp: number;
}

export function dividendSplitLegend(rows: readonly DividendSplitRow[], lang: ChartOptions['lang']) {
  return [...new Set(rows.map((r) => r.party))].sort(compareParty).map((p, i) => ({ label: termLabel(dividendParties, p, short(lang)), colour: colourOf(partyColour, p, i) }));
}

export function dividendSplit(rows: readonly DividendSplitRow[], opts: ChartOptions): string {
  if (rows.length === 0) return '';
  return cached('dividend-split', opts, rows, () => {
    const en = opts.lang === 'en';
    const width = opts.width ?? DEFAULT_WIDTH;
    const ids = [...new Set(rows.map((r) => r.distribution))];
    const parties = [...new Set(rows.map((r) => r.party))].sort(compareParty);
    const sorted = [...rows].sort((a, b) => ids.indexOf(a.distribution) - ids.indexOf(b.distribution) || compareParty(a.party, b.party));
    const label = (p: string) => termLabel(dividendParties, p, short(opts.lang));
    return renderPlot(
      {
        width,
        height: ids.length * FONT_SIZE * 2.2 + 30,
        marginLeft: marginFor(ids, 30, Math.round(width * 0.4)),
        marginRight: 20,
        marginTop: 4,
        marginBottom: 24,
        x: { domain: [0, 100], ticks: [0, 25, 50, 75, 100], tickFormat: (v: number) => `${v}%`, label: null },
        y: { domain: ids, label: null, tickSize: 0, padding: 0.2 },
        color: { domain: parties.map(label), range: parties.map((p, i) => colourOf(partyColour, p, i)) },
        marks: [
          Plot.barX(sorted, Plot.stackX({ y: 'distribution', x: (r: DividendSplitRow) => r.bp / 100, fill: (r: DividendSplitRow) => label(r.party), order: parties.map(label), stroke: 'white', strokeWidth: 1, ariaHidden: 'true' } as Plot.BarXOptions)),
          Plot.ruleX([0], { ariaHidden: 'true' }),
        ],
      },
      {
        title: en ? 'How each distribution was split' : '每次分红的分配比例',
        description: en
          ? `One bar per distribution, 100% wide, split by party: ${ids.map((id) => `${id}: ${sorted.filter((r) => r.distribution === id).map((r) => `${label(r.party)} ${percentBp(r.bp, 'en')}`).join(', ')}`).join('; ')}.`
          : `每次分红一根100%的条形,按分配对象分段:${ids.map((id) => `${id}:${sorted.filter((r) => r.distribution === id).map((r) => `${r.party}${percentBp(r.bp)}`).join('、')}`).join(';')}。`,
      },
    );
  });
}
