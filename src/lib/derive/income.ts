/**
 * Collective income rollups: by year, by year and type, and the 2017 income bands that S1
 * publishes (18 villages at 50,000 yuan or more, 9 at 30,000–50,000, 77 at 20,000–30,000).
 * Money is integer fen.
 */
import type { CollectiveIncome, IncomeTotal } from '../../schemas/index.ts';
import { incomeTypes } from '../../schemas/vocab.ts';
import { byText, groupBy, sum } from './group.ts';

export type BandId = 'b50' | 'b30' | 'b20' | 'b0' | 'none';

export interface Band {
  id: BandId;
  /** Lower bound in fen (inclusive); upper bound exclusive. */
  min: number;
  max: number;
  zh: string;
  en: string;
}

export const INCOME_BANDS: readonly Band[] = [
  { id: 'b50', min: 5_000_000, max: Infinity, zh: '5万元以上', en: '50,000 yuan or more' },
  { id: 'b30', min: 3_000_000, max: 5_000_000, zh: '3万至5万元', en: '30,000–50,000 yuan' },
  { id: 'b20', min: 2_000_000, max: 3_000_000, zh: '2万至3万元', en: '20,000–30,000 yuan' },
  { id: 'b0', min: 0, max: 2_000_000, zh: '不足2万元', en: 'under 20,000 yuan' },
];
export const NO_RECORD_BAND: Band = { id: 'none', min: NaN, max: NaN, zh: '无记录', en: 'no record' };

export function bandOf(fen: number): Band {
  return INCOME_BANDS.find((b) => fen >= b.min && fen < b.max) ?? INCOME_BANDS[INCOME_BANDS.length - 1]!;
}

export interface BandGroup {
  band: Band;
  villages: { code: string; fen: number | null }[];
}

/** Every village in its band for `year`; villages with no total for that year under "no record". */
export function incomeBands(totals: readonly IncomeTotal[], villageCodes: readonly string[], year: number): BandGroup[] {
  const fenOf = new Map<string, number>();
  for (const t of totals) if (t.year === year) fenOf.set(t.village_code, t.total_yuan);
  const groups: BandGroup[] = [...INCOME_BANDS, NO_RECORD_BAND].map((band) => ({ band, villages: [] }));
  for (const code of villageCodes) {
    const fen = fenOf.get(code);
    const band = fen === undefined ? NO_RECORD_BAND : bandOf(fen);
    groups.find((g) => g.band.id === band.id)!.villages.push({ code, fen: fen ?? null });
  }
  for (const g of groups) g.villages.sort((a, b) => (b.fen ?? -1) - (a.fen ?? -1) || byText(a.code, b.code));
  return groups;
}

export interface YearTotal {
  year: number;
  fen: number;
  villages: number;
}

/** Total income per year over the given rows, years ascending. */
export function incomeByYear(totals: readonly IncomeTotal[]): YearTotal[] {
  return [...groupBy(totals, (t) => t.year)]
    .map(([year, rows]) => ({ year, fen: sum(rows.map((r) => r.total_yuan)), villages: new Set(rows.map((r) => r.village_code)).size }))
    .sort((a, b) => a.year - b.year);
}

export interface YearTypeTotal {
  year: number;
  type: string;
  fen: number;
}

const typeOrder = new Map<string, number>(incomeTypes.map((t, i) => [t.value, i]));
export const compareIncomeType = (a: string, b: string) => (typeOrder.get(a) ?? 99) - (typeOrder.get(b) ?? 99) || byText(a, b);

/** Income per year and type, years ascending, types in the vocabulary's order. */
export function incomeByYearType(rows: readonly CollectiveIncome[]): YearTypeTotal[] {
  const m = new Map<string, YearTypeTotal>();
  for (const r of rows) {
    const k = `${r.year}|${r.income_type}`;
    const e = m.get(k);
    if (e) e.fen += r.amount_yuan;
    else m.set(k, { year: r.year, type: r.income_type, fen: r.amount_yuan });
  }
  return [...m.values()].sort((a, b) => a.year - b.year || compareIncomeType(a.type, b.type));
}

/** Income per type over all years (or one year), largest first. */
export function incomeByType(rows: readonly CollectiveIncome[], year?: number): { type: string; fen: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) if (year === undefined || r.year === year) m.set(r.income_type, (m.get(r.income_type) ?? 0) + r.amount_yuan);
  return [...m].map(([type, fen]) => ({ type, fen })).sort((a, b) => compareIncomeType(a.type, b.type));
}
