/**
 * Demonstration red-credit loans and their follow-up records, agreeing with S1:
 * - from 2014-01-01 to 2018-04-30 exactly 462 distinct Party members (示例党员0001…0462, one
 *   approved loan each, each with a person id of its own) received exactly 61,020,000 yuan, the yearly totals growing 2014 < 2015 <
 *   2016 < 2017 (2018 is January–April only);
 * - declined loans (未批准) and later loans (May 2018 to 2024, 示例党员0463…) come on top;
 * - every loan passes its stages in order: applied ≤ recommended ≤ notice_from ≤ notice_to ≤
 *   decided_on, and the public notice runs at least 7 days counting both ends
 *   (notice_to − notice_from ≥ 6), so at least 5 days under either reading.
 */
import type { CreditFollowup, CreditLoan, Village } from '../../schemas/index.ts';
import { rng, type Rng } from './random.ts';
import { AS_OF, toDay, toIso } from './dates.ts';
import { REAL_PERSON_IDS, SYN } from '../real/records.ts';
import { PersonIds } from '../person-id.ts';

/** The demonstration's person ids: one seeded stream of its own, so the other columns do not move; real people's ids are never handed out. */
export const demoPersonIds = (seed: number, taken: Iterable<string> = REAL_PERSON_IDS) => new PersonIds(rng(seed, 'person-ids'), taken);

/** The published window and how the demonstration spreads it over the years (yuan). */
export const WINDOW = { from: '2014-01-01', to: '2018-04-30', recipients: 462, totalYuan: 61_020_000 } as const;
export const WINDOW_PLAN = [
  { year: 2014, from: '2014-02-20', to: '2014-12-31', count: 40, totalYuan: 3_900_000 },
  { year: 2015, from: '2015-01-05', to: '2015-12-31', count: 85, totalYuan: 10_500_000 },
  { year: 2016, from: '2016-01-05', to: '2016-12-31', count: 125, totalYuan: 16_800_000 },
  { year: 2017, from: '2017-01-05', to: '2017-12-31', count: 152, totalYuan: 21_500_000 },
  { year: 2018, from: '2018-01-02', to: '2018-04-30', count: 60, totalYuan: 8_320_000 },
] as const;
/** Approved loans after the window, per year (2018 = May–December). */
export const LATER_PLAN = [
  { year: 2018, from: '2018-05-02', to: '2018-12-28', count: 45 },
  { year: 2019, from: '2019-01-04', to: '2019-12-27', count: 70 },
  { year: 2020, from: '2020-01-06', to: '2020-12-28', count: 60 },
  { year: 2021, from: '2021-01-05', to: '2021-12-28', count: 55 },
  { year: 2022, from: '2022-01-05', to: '2022-12-28', count: 50 },
  { year: 2023, from: '2023-01-05', to: '2023-12-28', count: 45 },
  { year: 2024, from: '2024-01-05', to: '2024-11-29', count: 40 },
] as const;
const DECLINED = 24;
const PENDING = 7;
/** Loan amounts are multiples of this, from 50,000 to 300,000 yuan. */
const STEP = 5000;
const MIN_STEPS = 10;
const MAX_STEPS = 60;

export const placeholder = (n: number) => `示例党员${String(n).padStart(4, '0')}`;

const INDUSTRIES = [
  ['种植', 20],
  ['养殖', 22],
  ['种养结合', 12],
  ['中药材', 18],
  ['乡村旅游', 9],
  ['加工', 8],
  ['商贸电商', 7],
  ['其他', 4],
] as const;

const PURPOSES: Record<string, readonly string[]> = {
  种植: ['种植核桃', '种植花椒', '种植雪桃', '种植玛咖', '种植高原蔬菜', '种植青刺果', '种植梅子'],
  养殖: ['养殖生猪', '养殖中蜂', '养殖山羊', '养殖黄牛', '养殖土鸡', '养殖冷水鱼'],
  种养结合: ['种植饲草并养殖肉牛', '林下种植中药材并养殖土鸡', '种植玉米并养殖生猪'],
  中药材: ['种植滇重楼', '种植秦艽', '种植云木香', '种植当归', '种植续断', '种植附子'],
  乡村旅游: ['开办农家乐', '开办民宿', '发展乡村旅游接待'],
  加工: ['建设核桃初加工坊', '建设中药材烘干房', '建设农产品加工坊'],
  商贸电商: ['开设农村电商服务点', '经营农资店', '开办农特产品网店'],
  其他: ['购置农用运输车', '开办农机服务队'],
};

const SHORT: Record<string, string> = {
  种植: '种植业',
  养殖: '养殖业',
  种养结合: '种养殖',
  中药材: '中药材种植',
  乡村旅游: '乡村旅游',
  加工: '农产品加工',
  商贸电商: '电商销售',
  其他: '产业',
};

function ethnicityFor(r: Rng, townshipCode: string): string {
  if (townshipCode === '530721205') return r.weighted([['傈僳族', 7], ['纳西族', 1], ['汉族', 1], ['彝族', 1]]);
  if (townshipCode === '530721212' || townshipCode === '530721213') return r.weighted([['白族', 6], ['纳西族', 2], ['汉族', 2]]);
  return r.weighted([['纳西族', 6], ['汉族', 2], ['傈僳族', 1], ['白族', 1], ['彝族', 1], ['普米族', 0.5], ['藏族', 0.3]]);
}

/** Amounts in STEP units, each in [MIN_STEPS, MAX_STEPS], adding up to `total` exactly. */
export function amountsSumming(r: Rng, count: number, total: number): number[] {
  if (total < count * MIN_STEPS || total > count * MAX_STEPS) throw new Error(`loans: ${total} cannot be split into ${count}`);
  const common = [[10, 4], [16, 2], [20, 6], [24, 2], [30, 4], [40, 2], [50, 1], [60, 1]] as const;
  const a: number[] = Array.from({ length: count }, () => r.weighted(common));
  let diff = total - a.reduce((s, x) => s + x, 0);
  while (diff !== 0) {
    const i = r.int(0, count - 1);
    const step = Math.sign(diff) * Math.min(Math.abs(diff), r.pick([1, 2, 2, 4]));
    const v = a[i]! + step;
    if (v < MIN_STEPS || v > MAX_STEPS) continue;
    a[i] = v;
    diff -= step;
  }
  return a;
}

interface Draft {
  decided: number | null;
  applied: number;
  recommended: number | null;
  noticeFrom: number | null;
  noticeTo: number | null;
  decision: '批准' | '未批准' | '审批中';
  steps: number;
}

/** Stage dates backwards from the decision day. */
function stagesBefore(r: Rng, decided: number) {
  const noticeTo = decided - r.int(1, 10);
  const noticeFrom = noticeTo - r.int(6, 9);
  const recommended = noticeFrom - r.int(1, 7);
  const applied = recommended - r.int(3, 20);
  return { applied, recommended, noticeFrom, noticeTo };
}

function dayIn(r: Rng, from: string, to: string): number {
  return r.int(toDay(from), toDay(to));
}

export interface LoanRows {
  loans: CreditLoan[];
  followups: CreditFollowup[];
}

/**
 * `ids` hands out the placeholder people's ids (shared with the duty posts, so no two people
 * share one); by default a fresh allocator that avoids the real people's ids.
 */
export function generateLoans(villages: readonly Village[], seed: number, ids = demoPersonIds(seed)): LoanRows {
  const r = rng(seed, 'loans');
  const sorted = [...villages].sort((a, b) => (a.code < b.code ? -1 : 1));
  const villageWeights = sorted.map((v) => [v, v.kind === '居委会' ? 0.4 : 1] as const);
  const asOf = toDay(AS_OF);

  // the published window: 462 approved loans
  const windowDrafts: Draft[] = [];
  for (const plan of WINDOW_PLAN) {
    const steps = amountsSumming(r, plan.count, plan.totalYuan / STEP);
    for (const s of steps) {
      const decided = dayIn(r, plan.from, plan.to);
      windowDrafts.push({ decided, ...stagesBefore(r, decided), decision: '批准', steps: s });
    }
  }
  // later approved loans, declined loans (all years), pending applications (end of 2024)
  const otherDrafts: Draft[] = [];
  for (const plan of LATER_PLAN)
    for (let i = 0; i < plan.count; i++) {
      const decided = dayIn(r, plan.from, plan.to);
      otherDrafts.push({ decided, ...stagesBefore(r, decided), decision: '批准', steps: r.int(MIN_STEPS, MAX_STEPS - 20) + r.int(0, 20) });
    }
  for (let i = 0; i < DECLINED; i++) {
    const decided = dayIn(r, '2014-03-01', '2024-11-29');
    otherDrafts.push({ decided, ...stagesBefore(r, decided), decision: '未批准', steps: r.int(MIN_STEPS, MAX_STEPS) });
  }
  for (let i = 0; i < PENDING; i++) {
    const applied = dayIn(r, '2024-10-08', '2024-12-20');
    const stage = r.int(1, 3);
    const recommended = stage >= 2 ? Math.min(asOf, applied + r.int(3, 12)) : null;
    const noticeFrom = stage >= 3 && recommended !== null ? recommended + r.int(1, 4) : null;
    const noticeTo = noticeFrom !== null ? noticeFrom + r.int(6, 9) : null;
    const done = noticeTo !== null && noticeTo <= asOf;
    otherDrafts.push({
      decided: null,
      applied,
      recommended,
      noticeFrom: done ? noticeFrom : null,
      noticeTo: done ? noticeTo : null,
      decision: '审批中',
      steps: r.int(MIN_STEPS, MAX_STEPS),
    });
  }
  const chrono = (a: Draft, b: Draft) => (a.decided ?? a.applied) - (b.decided ?? b.applied) || a.applied - b.applied;
  windowDrafts.sort(chrono);
  otherDrafts.sort(chrono);

  const loans: CreditLoan[] = [];
  const followups: CreditFollowup[] = [];
  const perYear = new Map<number, number>();
  const all = [...windowDrafts.map((d, i) => [d, i + 1] as const), ...otherDrafts.map((d, i) => [d, WINDOW.recipients + i + 1] as const)];
  // loan ids numbered by date within the year
  all.sort((x, y) => chrono(x[0], y[0]) || x[1] - y[1]);
  for (const [d, n] of all) {
    const village = r.weighted(villageWeights);
    const year = Number(toIso(d.decided ?? d.applied).slice(0, 4));
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const loanId = `L${year}-${String(seq).padStart(4, '0')}`;
    const industry = r.weighted(INDUSTRIES);
    const approved = d.decision === '批准';
    const led = approved ? r.int(2, 20) : null;
    const poor = led !== null ? r.int(0, Math.min(led, 8)) : null;
    let repayment: string | null = null;
    let due = 0;
    if (approved && d.decided !== null) {
      const term = r.weighted([[1, 2], [2, 3], [3, 5]] as const);
      due = d.decided + term * 365;
      if (due > asOf) repayment = '未到期';
      else if (due < asOf - 3 * 365) repayment = r.chance(0.97) ? '已结清' : '逾期';
      else repayment = r.weighted([['已结清', 88], ['展期', 6], ['逾期', 6]] as const);
    }
    const objections = d.noticeTo === null ? null : d.decision === '未批准' ? r.int(1, 3) : r.chance(0.06) ? 1 : 0;
    loans.push({
      loan_id: loanId,
      village_code: village.code,
      recipient: placeholder(n),
      recipient_public: !r.chance(0.02),
      person_id: ids.of(placeholder(n)),
      village_group: `${r.int(1, 12)}组`,
      ethnicity: ethnicityFor(r, village.township_code),
      age: r.int(22, 58),
      year,
      amount_yuan: d.steps * STEP * 100,
      purpose: r.pick(PURPOSES[industry]!),
      industry,
      applied_on: toIso(d.applied),
      recommended_on: d.recommended === null ? null : toIso(d.recommended),
      notice_from: d.noticeFrom === null ? null : toIso(d.noticeFrom),
      notice_to: d.noticeTo === null ? null : toIso(d.noticeTo),
      objections,
      decided_on: d.decided === null ? null : toIso(d.decided),
      decision: d.decision,
      repayment,
      pledge: led === null ? null : `带动${led}户农户发展${SHORT[industry]},其中贫困户${poor}户`,
      model_household: approved ? d.decided! < asOf - 365 && r.chance(0.22) : null,
      households_led: led,
      poor_households_led: poor,
      source_id: SYN,
      note:
        d.decision === '未批准'
          ? r.pick(['公示期间收到异议,经核实后未获批准', '农信社评估还款能力不足,未获批准', '经营项目不符合产业扶持方向,未获批准'])
          : d.decision === '审批中'
            ? '申请正在办理中'
            : null,
    });
    if (approved) followups.push(...followupsFor(r, loanId, d.decided!, due, repayment!, asOf));
  }
  return { loans, followups };
}

const FINDINGS: Record<string, readonly string[]> = {
  资金使用: ['资金按承诺用途使用', '资金已全部投入生产', '资金按计划分批投入,使用规范'],
  经营情况: ['经营正常,规模有所扩大', '经营正常,已有收益', '受市场价格影响收益下降,已帮助联系销路', '经营稳定'],
  带动贫困户: ['带动农户按承诺参与生产并获得收入', '已带动贫困户务工增收', '带动户数达到承诺'],
  创业承诺兑现: ['创业承诺已兑现', '创业承诺基本兑现,继续跟踪'],
  还款情况: ['按期还本付息', '已结清贷款'],
};

function followupsFor(r: Rng, loanId: string, decided: number, due: number, repayment: string, asOf: number): CreditFollowup[] {
  const out: CreditFollowup[] = [];
  const plan = ['资金使用', '经营情况', r.pick(['带动贫困户', '创业承诺兑现'])];
  let day = decided + r.int(30, 120);
  const count = r.int(1, 3);
  for (let i = 0; i < count && day <= asOf; i++) {
    const checked = plan[i]!;
    out.push({ loan_id: loanId, date: toIso(day), checked, finding: r.pick(FINDINGS[checked]!), source_id: SYN, note: null });
    day += r.int(90, 240);
  }
  // a check on repayment, after the loan fell due
  const after = Math.max(day, due + r.int(10, 60));
  if (repayment === '逾期' && after <= asOf)
    out.push({ loan_id: loanId, date: toIso(after), checked: '还款情况', finding: '经营困难,逾期未还,已协商还款计划', source_id: SYN, note: null });
  else if (repayment === '展期' && after <= asOf)
    out.push({ loan_id: loanId, date: toIso(after), checked: '还款情况', finding: '受灾减收,经农信社同意展期', source_id: SYN, note: null });
  else if (repayment === '已结清' && after <= asOf && r.chance(0.3))
    out.push({ loan_id: loanId, date: toIso(after), checked: '还款情况', finding: r.pick(FINDINGS['还款情况']!), source_id: SYN, note: null });
  return out;
}
