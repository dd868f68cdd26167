/**
 * Exact money: integer fen in memory. These format it for people; arithmetic is integer
 * addition, never floating-point yuan.
 */

/** 610200000000 fen → "6102000000" / 12345 fen → "123.45" (plain yuan, no separators). */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(cents).padStart(2, '0')}`;
}

export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);

export function sumFen(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  if (!Number.isSafeInteger(s)) throw new RangeError('sum of money exceeds exact integer range');
  return s;
}
