/**
 * Shared shapes: horizontal bars with a label on the left and the value at the bar's end, and
 * vertical bars by year. The named charts in this folder call these with their own rows and words.
 */
import { BAR } from './palette.ts';
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { DEFAULT_WIDTH, FONT_SIZE, marginFor, packed, Plot, plotSvg, renderPlot, textWidth, tidySvg, type ChartOptions, type ChartText } from './render.ts';

export interface HBarRow {
  label: string;
  value: number;
  /** What is written at the end of the bar. */
  text: string;
  colour?: string;
}

export function hbars(rows: readonly HBarRow[], opts: ChartOptions, text: ChartText, extra: Plot.Markish[] = []): string {
  if (rows.length === 0) return '';
  const width = opts.width ?? DEFAULT_WIDTH;
  const labelWidth = marginFor(rows.map((r) => r.label), 30, width);
  const marginRight = Math.max(...rows.map((r) => textWidth(r.text))) + 10;
  // Long labels (English ones, say) go above their bar instead of beside it, so nothing is cut.
  const above = labelWidth > width * 0.4;
  const band = above ? FONT_SIZE * 3 : FONT_SIZE * 2;
  const barTop = above ? FONT_SIZE + 4 : 0;
  return renderPlot(
    {
      width,
      height: rows.length * band + 24,
      marginLeft: above ? 1 : labelWidth,
      marginRight,
      marginTop: 4,
      marginBottom: 20,
      x: { axis: null, nice: true },
      y: { domain: rows.map((r) => r.label), label: null, tickSize: 0, padding: above ? 0.1 : 0.25, axis: above ? null : 'left' },
      marks: [
        Plot.barX(rows, { y: 'label', x: 'value', fill: (r: HBarRow) => r.colour ?? BAR, insetTop: barTop, ariaHidden: 'true' }),
        Plot.text(rows, { y: 'label', x: 'value', text: 'text', textAnchor: 'start', dx: 4, dy: barTop / 2, ariaHidden: 'true' }),
        ...(above ? [Plot.text(rows, { y: 'label', x: 0, text: 'label', textAnchor: 'start', dy: -(band * 0.9) / 2 + FONT_SIZE / 2 + 1, ariaHidden: 'true' })] : []),
        Plot.ruleX([0], { ariaHidden: 'true' }),
        ...extra,
      ],
    },
    text,
  );
}

export interface YearBarRow {
  year: number;
  value: number;
  key?: string;
  colour?: string;
}

const TICK = /\uE000([^\uE001]*)\uE001/g;
const Y_LABEL = '\uE002';
const neutral = new Map<string, Uint8Array>();

/**
 * Bars by year, stacked by `key` when given; `tick` formats the y axis. The languages' versions
 * of one chart differ only in the words — the y axis's tick labels and label, the title and
 * description — so Plot draws the chart once with placeholders for the axis's words (the same
 * geometry: Plot does not measure text), kept deflated for the other language's page, and each
 * language gets its words put in. `key` is only told apart, never shown: give the same keys in
 * both languages (the stored terms) to draw once. A word that markup would escape is drawn directly.
 */
export function yearBars(rows: readonly YearBarRow[], opts: ChartOptions, text: ChartText, tick: (v: number) => string, yLabel: string): string {
  if (rows.length === 0) return '';
  const width = opts.width ?? DEFAULT_WIDTH;
  const words = [yLabel];
  const id = createHash('sha256').update(JSON.stringify([width, rows.map((r) => [r.year, r.value, r.key ?? '', r.colour ?? ''])])).digest('base64');
  let svg: string;
  const hit = neutral.get(id);
  if (hit !== undefined) svg = inflateRawSync(hit).toString('utf8');
  else {
    svg = plotYearBars(rows, width, (v) => `\uE000${v}\uE001`, Y_LABEL);
    neutral.set(id, packed(svg));
  }
  svg = svg.replace(TICK, (_m, v: string) => {
    const w = tick(Number(v));
    words.push(w);
    return w;
  });
  svg = svg.replace(Y_LABEL, () => yLabel);
  if (words.some((w) => /[&<>'"\uE000-\uE002]/.test(w))) svg = plotYearBars(rows, width, tick, yLabel);
  return tidySvg(svg, text);
}

function plotYearBars(rows: readonly YearBarRow[], width: number, tick: (v: number) => string, yLabel: string): string {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const every = Math.ceil(years.length / Math.max(1, Math.floor((width - 60) / 40)));
  const keys = [...new Set(rows.map((r) => r.key ?? ''))];
  const colours = keys.map((k) => rows.find((r) => (r.key ?? '') === k)?.colour ?? BAR);
  return plotSvg({
    width,
    height: 220,
    marginLeft: 52,
    marginTop: 24,
    marginBottom: 26,
    x: { type: 'band', domain: years, tickFormat: (y: number) => (years.indexOf(y) % every === 0 ? String(y) : ''), label: null, tickSize: 0 },
    y: { grid: true, tickFormat: tick, label: yLabel, ticks: 4 },
    color: { domain: keys, range: colours },
    marks: [
      Plot.barY(rows, { x: 'year', y: 'value', fill: (r: YearBarRow) => r.key ?? '', ariaHidden: 'true', order: keys } as Plot.BarYOptions),
      Plot.ruleY([0], { ariaHidden: 'true' }),
    ],
  });
}
