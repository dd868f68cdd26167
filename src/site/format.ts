/**
 * Numbers and dates for people, with d3-format. Money arrives as integer fen and percent as
 * integer basis points (550 = 5.5%); neither is ever turned into a drifting float for tables:
 * `yuan` formats the whole yuan and the fen separately, so 12345678901 fen is exact.
 */
import { format } from 'd3';
import type { Lang } from './i18n.ts';

const int = format(',d');
const upTo2 = format(',.2~f');
const upTo1 = format(',.1~f');

/** Exact yuan with thousands separators, for tables: 10000050 fen → "100,000.50"; 100 → "1". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${int(whole)}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`;
}

/** Exact yuan with the unit: "100,000 元" / "100,000 yuan". */
export function yuanUnit(fen: number, lang: Lang): string {
  return lang === 'en' ? `${yuan(fen)} yuan` : `${yuan(fen)} 元`;
}

/**
 * Money for prose, rounded to at most 2 decimals: zh "6,102万元" (≥ 1 万元) or "9,800元";
 * en "61.02 million yuan" (≥ 1 million), "105,000 yuan" otherwise.
 */
export function wan(fen: number, lang: Lang): string {
  const y = fen / 100;
  if (lang === 'en') return Math.abs(y) >= 1e6 ? `${upTo2(y / 1e6)} million yuan` : `${upTo2(y)} yuan`;
  return Math.abs(y) >= 1e4 ? `${upTo2(y / 1e4)}万元` : `${upTo2(y)}元`;
}

/** A short axis label in 万 / thousands: zh "6.1万", en "61k". */
export function wanShort(yuanValue: number, lang: Lang): string {
  if (lang === 'en') return Math.abs(yuanValue) >= 1e6 ? `${upTo1(yuanValue / 1e6)}M` : Math.abs(yuanValue) >= 1e3 ? `${upTo1(yuanValue / 1e3)}k` : upTo1(yuanValue);
  return Math.abs(yuanValue) >= 1e4 ? `${upTo1(yuanValue / 1e4)}万` : upTo1(yuanValue);
}

/** 550 basis points → "5.5%"; 2000 → "20%"; with `about`, "约5.5%" / "about 5.5%". */
export function percentBp(bp: number, lang: Lang = 'zh-CN', about = false): string {
  const p = `${upTo2(bp / 100)}%`;
  if (!about) return p;
  return lang === 'en' ? `about ${p}` : `约${p}`;
}

/** A ratio as a percent with one decimal: 0.4621 → "46.2%". */
export function ratio(value: number): string {
  return `${upTo1(value * 100)}%`;
}

/** A count with thousands separators: 16685 → "16,685". */
export function count(n: number): string {
  return int(n);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO date (or year-month, or year) for people: zh "2019年2月2日", en "2 Feb 2019". Works on
 * the text, so no time zone can shift the day.
 */
export function date(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'en') {
    if (!mo) return y!;
    const name = MONTHS[Number(mo) - 1]!;
    return d ? `${Number(d)} ${name} ${y}` : `${name} ${y}`;
  }
  if (!mo) return `${y}年`;
  return d ? `${y}年${Number(mo)}月${Number(d)}日` : `${y}年${Number(mo)}月`;
}

/** A period as published: "2014/2018-04" → "2014年至2018年4月" / "2014 to Apr 2018". */
export function period(p: string, lang: Lang): string {
  const [a, b] = p.split('/');
  if (!b) return date(a!, lang);
  return lang === 'en' ? `${date(a!, lang)} to ${date(b, lang)}` : `${date(a!, lang)}至${date(b, lang)}`;
}

/** Whole days from one ISO date to another (inclusive of neither end's time of day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}
