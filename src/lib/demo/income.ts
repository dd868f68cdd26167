/**
 * Demonstration village collective income, 2014–2024, agreeing with S1:
 * - 2017: exactly 18 villages at 50,000 yuan or more, 9 in [30,000, 50,000), 77 in [20,000, 30,000);
 * - every village at 20,000 yuan or more from 2017 on;
 * - before 2015 about 85% of villages weak or empty-shell: 88 of 104 villages earn under
 *   10,000 yuan in 2014, about half of them nothing at all (an empty shell has no total row).
 * Amounts are whole multiples of 10 yuan; each village-year's types add up to its total exactly.
 */
import type { CollectiveIncome, IncomeTotal, Village } from '../../schemas/index.ts';
import { rng, splitExact, type Rng } from './random.ts';
import { SYN } from '../real/records.ts';

export const INCOME_YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;
export const BANDS_2017 = { high: 18, mid: 9, low: 77 } as const;
/** Villages that were not weak in 2014 (104 − 16 = 88 weak ≈ 85%). */
const NOT_WEAK_2014 = { high: 12, mid: 4 } as const;

const MAIN_TYPES = [
  ['产业带动', 5],
  ['资源开发', 4],
  ['租赁经营', 3],
  ['服务创收', 2],
  ['招商合作', 2],
] as const;

/** 10-yuan units, so every amount is a multiple of 10 yuan. */
const tens = (yuan: number) => Math.round(yuan / 10);

function path(r: Rng, band: 'high' | 'mid' | 'low', weak: boolean): number[] {
  // 2017 first, in 10-yuan units
  const v17 =
    band === 'high' ? 5000 + Math.floor(r.next() ** 2 * 11000) : band === 'mid' ? r.int(3000, 4999) : r.int(2000, 2999);
  const v14 = weak ? (r.chance(0.5) ? 0 : r.int(80, 999)) : Math.max(1000, tens(v17 * 10 * r.real(0.3, 0.65)));
  const stay0 = v14 === 0 && r.chance(0.5);
  const v15 = stay0 ? 0 : v14 + Math.round((v17 - v14) * r.real(0.05, 0.35));
  const v16 = v15 + Math.round((v17 - v15) * r.real(0.35, 0.8));
  const out = [v14, v15, v16, v17];
  let v = v17;
  for (let y = 2018; y <= 2024; y++) {
    v = Math.max(2000, Math.round(v * (1 + r.real(-0.03, 0.14))));
    out.push(v);
  }
  return out;
}

export interface IncomeRows {
  totals: IncomeTotal[];
  byType: CollectiveIncome[];
}

export function generateIncome(villages: readonly Village[], seed: number): IncomeRows {
  const r = rng(seed, 'income');
  const codes = villages.map((v) => v.code).sort();
  if (codes.length !== BANDS_2017.high + BANDS_2017.mid + BANDS_2017.low)
    throw new Error(`income: expected 104 villages, got ${codes.length}`);
  const shuffled = r.shuffle(codes);
  const band = new Map<string, 'high' | 'mid' | 'low'>();
  shuffled.forEach((c, i) => band.set(c, i < BANDS_2017.high ? 'high' : i < BANDS_2017.high + BANDS_2017.mid ? 'mid' : 'low'));
  const high = shuffled.slice(0, BANDS_2017.high);
  const mid = shuffled.slice(BANDS_2017.high, BANDS_2017.high + BANDS_2017.mid);
  const notWeak = new Set([...r.shuffle(high).slice(0, NOT_WEAK_2014.high), ...r.shuffle(mid).slice(0, NOT_WEAK_2014.mid)]);

  const totals: IncomeTotal[] = [];
  const byType: CollectiveIncome[] = [];
  for (const code of codes) {
    const amounts = path(r, band.get(code)!, !notWeak.has(code));
    const primary = r.weighted(MAIN_TYPES);
    const others = r.shuffle(MAIN_TYPES.map(([t]) => t as string).filter((t) => t !== primary));
    const hasOther = r.chance(0.15);
    INCOME_YEARS.forEach((year, i) => {
      const units = amounts[i]!;
      if (units === 0) return;
      totals.push({ village_code: code, year, total_yuan: units * 1000, source_id: SYN, note: null });
      // more ways of earning as the village grows
      const k = Math.min(units < 1000 ? 1 : units < 3000 ? r.int(1, 2) : r.int(2, 3), units);
      const types: string[] = [primary, ...others.slice(0, k - 1)];
      if (hasOther && year >= 2018 && units >= 3000) types.push('其他');
      const weights = types.map((_, j) => (j === 0 ? r.real(2, 4) : r.real(0.4, 1.2)));
      splitExact(units, weights).forEach((part, j) =>
        byType.push({ village_code: code, year, income_type: types[j]!, amount_yuan: part * 1000, source_id: SYN, note: null }),
      );
    });
  }
  return { totals, byType };
}
