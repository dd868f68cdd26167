/** Dividend distributions joined to their split, and the standard 20 / 5.5 / 74.5 split. */
import type { Dividend, DividendShare } from '../../schemas/index.ts';
import { dividendParties } from '../../schemas/vocab.ts';
import { byText, groupBy, sum } from './group.ts';

export interface DistributionView {
  dividend: Dividend;
  /** Shares in the vocabulary's party order. */
  shares: DividendShare[];
  /** Percents add to 100% and yuan to the pool (when there are shares at all). */
  reconciles: boolean;
  /** The split matches the standard 20 / 5.5 / 74.5 (collective / cooperative / shareholders). */
  standard: boolean;
}

const partyOrder = new Map<string, number>(dividendParties.map((p, i) => [p.value, i]));
export const compareParty = (a: string, b: string) => (partyOrder.get(a) ?? 99) - (partyOrder.get(b) ?? 99) || byText(a, b);

/** The published split, in basis points. */
export const STANDARD_SPLIT: readonly { party: string; bp: number; approximate: boolean }[] = [
  { party: '村集体', bp: 2000, approximate: false },
  { party: '合作社', bp: 550, approximate: true },
  { party: '入股村民', bp: 7450, approximate: true },
];

export function isStandardSplit(shares: readonly DividendShare[]): boolean {
  if (shares.length !== STANDARD_SPLIT.length) return false;
  return STANDARD_SPLIT.every((s) => shares.some((x) => x.party === s.party && x.percent === s.bp));
}

export function distributions(dividends: readonly Dividend[], shares: readonly DividendShare[]): DistributionView[] {
  const byId = groupBy(shares, (s) => s.distribution_id);
  return [...dividends]
    .sort((a, b) => byText(a.date, b.date) || byText(a.distribution_id, b.distribution_id))
    .map((dividend) => {
      const s = [...(byId.get(dividend.distribution_id) ?? [])].sort((a, b) => compareParty(a.party, b.party));
      const reconciles = s.length > 0 && sum(s.map((x) => x.percent)) === 10000 && sum(s.map((x) => x.amount_yuan)) === dividend.pool_yuan;
      return { dividend, shares: s, reconciles, standard: isStandardSplit(s) };
    });
}
