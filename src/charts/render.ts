/**
 * Renders an Observable Plot chart to an SVG string at build time, with a server-side `document`
 * (linkedom), and tidies it: role="img" with a <title> and <desc>, marks hidden from assistive
 * technology (the same numbers are in an HTML table beside the chart), Plot's class name fixed and
 * coordinates rounded to 2 decimals so the output is stable for snapshots and byte-identical builds.
 * Plot's `font-variant="tabular-nums"` on axis groups, a value the SVG attribute does not allow (the
 * W3C checker flags it), becomes a class that site.css styles.
 */
import * as Plot from '@observablehq/plot';
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Lang } from '../site/i18n.ts';

export interface ChartOptions {
  lang: Lang;
  /** Width in px of the SVG's coordinate system (it scales to its column). Default 328: a 360 px phone. */
  width?: number;
}

export interface ChartText {
  title: string;
  description: string;
}

export const DEFAULT_WIDTH = 328;
export const FONT_SIZE = 12;

let doc: Document | undefined;
function serverDocument(): Document {
  doc ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return doc;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rounds every number with more than 2 decimals inside attribute values and path data. */
export function roundNumbers(svg: string): string {
  return svg.replace(/(-?\d+\.\d{3,})/g, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return Object.is(r, -0) ? '0' : String(r);
  });
}

/**
 * Plot's `font-variant="tabular-nums"` becomes `class="tabular-nums"`: the SVG attribute does
 * not allow that value, and a `style` attribute would be refused by the site's
 * Content-Security-Policy (style-src 'self'); site.css sets the font variant for the class.
 */
export function tabularNumsToClass(svg: string): string {
  return svg.replace(/<([a-zA-Z]+)(\s[^>]*?)?\sfont-variant="tabular-nums"([^>]*)>/g, (_m, tag: string, before = '', after: string) => {
    const attrs = `${before}${after}`;
    if (/\sclass="/.test(attrs)) return `<${tag}${attrs.replace(/\sclass="([^"]*)"/, (_c, names: string) => ` class="${names} tabular-nums"`)}>`;
    return `<${tag}${before} class="tabular-nums"${after}>`;
  });
}

/** Makes Plot's SVG accessible and stable. */
export function tidySvg(svg: string, text: ChartText): string {
  let out = svg
    .replace(/class="plot-[0-9a-f]+"/g, 'class="plot"')
    .replace(/\.plot-[0-9a-f]+/g, '.plot')
    .replace(/\s(aria-label|aria-description)="[^"]*"/g, '')
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/^<svg([^>]*?) font-size="\d+"/, `<svg$1 font-size="${FONT_SIZE}"`);
  out = tabularNumsToClass(out);
  // every group is decoration for assistive technology: the svg as a whole is the image
  out = out.replace(/<g(\s|>)/g, (_m, c: string) => `<g aria-hidden="true"${c}`).replace(/(aria-hidden="true"\s*)+aria-hidden="true"/g, 'aria-hidden="true"');
  out = out.replace(/<g aria-hidden="true"([^>]*?) aria-hidden="true"/g, '<g aria-hidden="true"$1');
  out = out.replace(
    /^<svg([^>]*)>/,
    (_m, attrs: string) => `<svg${attrs} role="img" aria-label="${escapeXml(text.title)}"><title>${escapeXml(text.title)}</title><desc>${escapeXml(text.description)}</desc>`,
  );
  return roundNumbers(out);
}

/** Plot.plot with the server document: the SVG as Plot writes it, before tidying. */
export function plotSvg(options: Plot.PlotOptions): string {
  const el = Plot.plot({
    ...options,
    document: serverDocument(),
  } as Plot.PlotOptions) as unknown as { outerHTML: string };
  return el.outerHTML;
}

/** Plot.plot with the server document, system fonts and our tidying. */
export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  return tidySvg(plotSvg(options), text);
}

/** An estimate of a label's width in px: CJK characters are square, Latin about 0.6 em. */
export function textWidth(s: string, fontSize = FONT_SIZE): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.62;
  return Math.ceil(w);
}

/** A left margin wide enough for the longest label (Plot does not measure text). */
export function marginFor(labels: readonly string[], min = 30, max = 160): number {
  const w = Math.max(0, ...labels.map((l) => textWidth(l))) + 12;
  return Math.min(max, Math.max(min, w));
}

/**
 * A chart's SVG deflated, in a buffer of its own size: zlib's result is a view of a 64 KB chunk,
 * which it would otherwise keep alive (tens of thousands of charts: gigabytes).
 */
export const packed = (svg: string): Uint8Array => new Uint8Array(deflateRawSync(svg, { level: 1 }));

const cache = new Map<string, Uint8Array>();
const uses = new Map<string, number>();
const often = new Map<string, string>();

/**
 * Renders once per distinct content: the same chart (name, language, width, rows) on several
 * pages — a village's page and its print sheet — is computed once per build. A province build
 * renders tens of thousands of charts and reuses each until the end, so the cache keeps a hash of
 * the key and the SVG deflated (about a tenth of the string: the SVGs are repetitive markup).
 */
export function cached(name: string, opts: ChartOptions, rows: unknown, render: () => string): string {
  const key = createHash('sha256').update(`${name}\u0000${opts.lang}\u0000${opts.width ?? DEFAULT_WIDTH}\u0000${JSON.stringify(rows)}`).digest('base64');
  const shared = often.get(key);
  if (shared !== undefined) return shared;
  const hit = cache.get(key);
  if (hit !== undefined) {
    const svg = inflateRawSync(hit).toString('utf8');
    // a chart used a third time is one many pages share (the standard dividend split): kept as is
    const n = (uses.get(key) ?? 0) + 1;
    uses.set(key, n);
    if (n >= 2 && often.size < 512) often.set(key, svg);
    return svg;
  }
  const svg = render();
  cache.set(key, packed(svg));
  return svg;
}

export { Plot };
