/**
 * Demonstration dividend distributions (受益分红), their split, and the villages' share capital.
 * Every split is S1's standard one: 村集体 20%, 合作社 about 5.5%, 入股村民 about 74.5%. Pools are
 * multiples of 200 yuan, so each share is a whole number of yuan and the shares add up to the
 * pool exactly.
 */
import type { Dividend, DividendShare, Shareholding, Village } from '../../schemas/index.ts';
import { rng, type Rng } from './random.ts';
import { SYN } from '../real/records.ts';

/** The split as published: percent in basis points, and whether S1 says "about". */
export const STANDARD_SPLIT = [
  { party: '村集体', bp: 2000, approximate: false },
  { party: '合作社', bp: 550, approximate: true },
  { party: '入股村民', bp: 7450, approximate: true },
] as const;
/** Pools are multiples of this many fen (200 yuan), so every share is a whole yuan. */
export const POOL_STEP_FEN = 20000;

const DIVIDEND_VILLAGES = 36;
const FIRST_YEAR = 2016;
const LAST_YEAR = 2024;

const COOPS = [
  { kind: '中药材种植专业合作社', type: '产业带动', what: '中药材种植经营收益' },
  { kind: '核桃专业合作社', type: '产业带动', what: '核桃购销与加工收益' },
  { kind: '生猪养殖专业合作社', type: '产业带动', what: '生猪养殖经营收益' },
  { kind: '乡村旅游专业合作社', type: '服务创收', what: '乡村旅游接待服务收益' },
  { kind: '农机服务专业合作社', type: '服务创收', what: '农机作业服务收益' },
  { kind: '林下经济专业合作社', type: '资源开发', what: '林下资源开发收益' },
  { kind: '水电资源专业合作社', type: '资源开发', what: '小水电资源补偿收益' },
  { kind: '股份经济合作社', type: '租赁经营', what: '集体铺面与土地租赁收益' },
  { kind: '股份经济合作社', type: '招商合作', what: '招商引资合作项目收益' },
] as const;

/** 白马社区居委会 → 白马, 拉巴支村委会 → 拉巴支. */
export const stemOf = (name: string) => name.replace(/(社区居委会|居委会|村委会)$/, '');

export interface DividendRows {
  dividends: Dividend[];
  shares: DividendShare[];
  shareholdings: Shareholding[];
}

export function splitPool(distributionId: string, poolFen: number): DividendShare[] {
  if (poolFen % POOL_STEP_FEN !== 0) throw new Error(`pool ${poolFen} fen is not a multiple of 200 yuan`);
  return STANDARD_SPLIT.map((s) => ({
    distribution_id: distributionId,
    party: s.party,
    percent: s.bp,
    percent_approximate: s.approximate,
    amount_yuan: (poolFen * s.bp) / 10000,
    source_id: SYN,
    note: null,
  }));
}

interface Capital {
  contribution: string;
  thousands: number;
  households: number | null;
}

/** A village's share capital when its cooperative is founded (values in thousands of yuan). */
function foundingCapital(r: Rng): Capital[] {
  const all: [Capital, boolean][] = [
    [{ contribution: '土地', thousands: r.int(40, 400), households: r.int(20, 160) }, true],
    [{ contribution: '项目资金', thousands: r.int(100, 500), households: null }, r.chance(0.85)],
    [{ contribution: '红色信贷资金', thousands: r.int(50, 300), households: r.int(1, 6) }, r.chance(0.6)],
    [{ contribution: '社会资本', thousands: r.int(20, 300), households: r.int(2, 30) }, r.chance(0.5)],
    [{ contribution: '贫困户政策扶持', thousands: r.int(20, 200), households: r.int(8, 80) }, r.chance(0.75)],
  ];
  return all.filter(([, present]) => present).map(([c]) => c);
}

/** The capital grows a little at each later snapshot (more land and members join). */
function grow(r: Rng, capital: Capital[]): Capital[] {
  return capital.map((c) => ({
    contribution: c.contribution,
    thousands: Math.round(c.thousands * r.real(1, 1.25)),
    households: c.households === null ? null : c.households + r.int(0, Math.ceil(c.households / 5)),
  }));
}

export function generateDividends(villages: readonly Village[], seed: number): DividendRows {
  const r = rng(seed, 'dividends');
  const sorted = [...villages].sort((a, b) => (a.code < b.code ? -1 : 1));
  const chosen = r
    .shuffle(sorted.filter((v) => v.kind === '村委会'))
    .slice(0, DIVIDEND_VILLAGES)
    .sort((a, b) => (a.code < b.code ? -1 : 1));

  type Draft = Omit<Dividend, 'distribution_id'> & { order: string };
  const drafts: Draft[] = [];
  const shareholdings: Shareholding[] = [];
  for (const v of chosen) {
    const coop = r.pick(COOPS);
    const coopName = `玉龙县${stemOf(v.name)}${coop.kind}`;
    const start = r.int(FIRST_YEAR, 2020);
    let poolSteps = r.int(80, 600); // × 200 yuan: 16,000 – 120,000 yuan
    let capital = foundingCapital(r);
    for (let year = start - 1; year <= LAST_YEAR; year += r.int(2, 3)) {
      for (const c of capital)
        shareholdings.push({
          village_code: v.code,
          year,
          contribution: c.contribution,
          amount_yuan: c.thousands * 1000 * 100,
          shareholders: c.households,
          source_id: SYN,
          note: c.contribution === '项目资金' ? '财政项目资金入股,收益归村集体' : null,
        });
      capital = grow(r, capital);
    }
    for (let year = start; year <= LAST_YEAR; year++) {
      if (year > start && r.chance(0.12)) continue; // a lean year without a distribution
      const groups = r.chance(0.12);
      const month = r.weighted([['01', 5], ['02', 3], ['12', 2]] as const);
      const dayNum = month === '12' ? r.int(15, 30) : r.int(5, month === '02' ? 26 : 30);
      const date = `${year}-${month}-${String(dayNum).padStart(2, '0')}`;
      const incomeYear = month === '12' ? year : year - 1;
      drafts.push({
        order: `${date}|${v.code}`,
        scope: groups ? '村民小组' : '村',
        village_code: v.code,
        township_code: v.township_code,
        date,
        revenue_source: `${coopName}${incomeYear}年度${coop.what}`,
        revenue_type: coop.type,
        pool_yuan: (groups ? Math.max(40, Math.round(poolSteps / 3)) : poolSteps) * POOL_STEP_FEN,
        pool_is_lower_bound: false,
        recipients: groups ? r.int(25, 120) : r.int(60, 420),
        village_groups: groups ? r.int(1, 4) : null,
        committees: 1,
        source_id: SYN,
        note: null,
      });
      poolSteps = Math.max(60, Math.round(poolSteps * r.real(0.95, 1.2)));
    }
  }
  drafts.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const perYear = new Map<number, number>();
  const dividends: Dividend[] = [];
  const shares: DividendShare[] = [];
  for (const { order: _order, ...d } of drafts) {
    const year = Number(d.date.slice(0, 4));
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const id = `D${year}-${String(seq).padStart(4, '0')}`;
    dividends.push({ distribution_id: id, ...d });
    shares.push(...splitPool(id, d.pool_yuan));
  }
  return { dividends, shares, shareholdings };
}
