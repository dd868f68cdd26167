/**
 * Synthetic figures for any number of villages, in the shape of the demonstration data
 * (src/lib/demo) but made village by village: each village draws from its own seeded stream
 * (`scale:<code>`), so its figures are the same whichever selection it is generated in, and the
 * cost grows linearly with the villages. What it keeps from the demonstration: income 2014–2024
 * in the 2017 bands' proportions (18/9/77) with 85% weak villages in 2014 and types adding up to
 * the total; about 4 red-credit loans a village through the four stages with follow-ups;
 * dividends split 20 / about 5.5 / about 74.5 in about a third of the village committees with
 * their share capital; duty posts in about one village in twenty. It does not try to match
 * S1's county totals (those are Yulong's alone). Every row has source_id SYN and placeholder
 * names (示例党员…) with person ids unique in the whole country (src/lib/person-id.ts).
 */
import type { CollectiveIncome, CreditFollowup, CreditLoan, Dividend, DividendShare, DutyPost, IncomeTotal, Shareholding, Village } from '../../schemas/index.ts';
import { rng, splitExact, type Rng } from '../demo/random.ts';
import { AS_OF, toDay, toIso } from '../demo/dates.ts';
import { POOL_STEP_FEN, splitPool } from '../demo/dividends.ts';
import { SYN } from '../real/records.ts';
import { scalePersonId } from '../person-id.ts';

export interface ScaleFigures {
  income_totals: IncomeTotal[];
  collective_income: CollectiveIncome[];
  credit_loans: CreditLoan[];
  credit_followups: CreditFollowup[];
  dividends: Dividend[];
  dividend_shares: DividendShare[];
  shareholdings: Shareholding[];
  duty_posts: DutyPost[];
}

const YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;
const MAIN_TYPES = [['产业带动', 5], ['资源开发', 4], ['租赁经营', 3], ['服务创收', 2], ['招商合作', 2]] as const;

/** A village's name without its kind (碧溪村民委员会 → 碧溪), for cooperatives' names. */
export const stemOfName = (name: string) =>
  name.replace(/[（(][^（()）]*[)）]$/, '').replace(/(社区居民委员会|社区居委会|村民委员会|居民委员会|村委会|居委会|社区|嘎查)$/, '') || name;

/** Income in 10-yuan units, 2014..2024 (the demonstration's path: weak start, 2017 band, growth). */
function incomePath(r: Rng): number[] {
  const band = r.weighted([['high', 18], ['mid', 9], ['low', 77]] as const);
  const weak = band === 'low' ? true : band === 'mid' ? r.chance(5 / 9) : r.chance(6 / 18);
  const v17 = band === 'high' ? 5000 + Math.floor(r.next() ** 2 * 11000) : band === 'mid' ? r.int(3000, 4999) : r.int(2000, 2999);
  const v14 = weak ? (r.chance(0.5) ? 0 : r.int(80, 999)) : Math.max(1000, Math.round(v17 * r.real(0.3, 0.65)));
  const v15 = v14 === 0 && r.chance(0.5) ? 0 : v14 + Math.round((v17 - v14) * r.real(0.05, 0.35));
  const v16 = v15 + Math.round((v17 - v15) * r.real(0.35, 0.8));
  const out = [v14, v15, v16, v17];
  let v = v17;
  for (let y = 2018; y <= 2024; y++) out.push((v = Math.max(2000, Math.round(v * (1 + r.real(-0.03, 0.14))))));
  return out;
}

function income(r: Rng, code: string, out: ScaleFigures): void {
  const amounts = incomePath(r);
  const primary = r.weighted(MAIN_TYPES);
  const others = r.shuffle(MAIN_TYPES.map(([t]) => t as string).filter((t) => t !== primary));
  const hasOther = r.chance(0.15);
  YEARS.forEach((year, i) => {
    const units = amounts[i]!;
    if (units === 0) return; // an empty shell: no total row that year
    out.income_totals.push({ village_code: code, year, total_yuan: units * 1000, source_id: SYN, note: null });
    const k = units < 1000 ? 1 : units < 3000 ? r.int(1, 2) : r.int(2, 3);
    const types: string[] = [primary, ...others.slice(0, k - 1)];
    if (hasOther && year >= 2018 && units >= 3000) types.push('其他');
    const weights = types.map((_, j) => (j === 0 ? r.real(2, 4) : r.real(0.4, 1.2)));
    splitExact(units, weights).forEach((part, j) =>
      out.collective_income.push({ village_code: code, year, income_type: types[j]!, amount_yuan: part * 1000, source_id: SYN, note: null }),
    );
  });
}

const INDUSTRIES = [
  ['种植', 20, ['种植核桃', '种植花椒', '种植高原蔬菜', '种植茶叶', '种植水果']],
  ['养殖', 22, ['养殖生猪', '养殖中蜂', '养殖山羊', '养殖黄牛', '养殖土鸡']],
  ['种养结合', 12, ['种植饲草并养殖肉牛', '种植玉米并养殖生猪']],
  ['中药材', 18, ['种植重楼', '种植当归', '种植三七', '种植天麻']],
  ['乡村旅游', 9, ['开办农家乐', '开办民宿']],
  ['加工', 8, ['建设农产品加工坊', '建设烘干房']],
  ['商贸电商', 7, ['开设农村电商服务点', '经营农资店']],
  ['其他', 4, ['购置农用运输车', '开办农机服务队']],
] as const;
const ETHNICITIES = [['汉族', 6], ['彝族', 2], ['白族', 1], ['哈尼族', 1], ['傣族', 1], ['壮族', 1], ['苗族', 1], ['傈僳族', 1], ['纳西族', 1]] as const;
const FINDINGS = {
  资金使用: ['资金按承诺用途使用', '资金已全部投入生产'],
  经营情况: ['经营正常,规模有所扩大', '经营正常,已有收益', '受市场价格影响收益下降,已帮助联系销路'],
  带动贫困户: ['带动农户按承诺参与生产并获得收入', '带动户数达到承诺'],
} as const;
const STEP_FEN = 5000 * 100;

/**
 * The k-th placeholder person of a village (loan recipients 1–6, post holders from 101): unique in
 * the whole country, so a withheld placeholder is never another village's public one, and the
 * village code stays apart from the number (530721102211-101 would read as a 15-digit ID number).
 */
export const placeholderOf = (code: string, k: number) => `示例党员${code}号${k}`;

function loans(r: Rng, v: Village, out: ScaleFigures, seed: number): void {
  const asOf = toDay(AS_OF);
  const count = r.int(2, 6); // about 4 a village
  for (let k = 1; k <= count; k++) {
    const decision = r.weighted([['批准', 92], ['未批准', 5], ['审批中', 3]] as const);
    const industry = r.weighted(INDUSTRIES.map((x) => [x, x[1]] as const));
    let decided: number | null = null;
    let applied: number;
    let recommended: number | null;
    let noticeFrom: number | null;
    let noticeTo: number | null;
    if (decision === '审批中') {
      applied = r.int(toDay('2024-10-08'), toDay('2024-12-10'));
      recommended = r.chance(0.6) ? applied + r.int(3, 12) : null;
      noticeFrom = recommended !== null && r.chance(0.5) ? recommended + r.int(1, 4) : null;
      noticeTo = noticeFrom !== null ? noticeFrom + r.int(6, 9) : null;
      if (noticeTo !== null && noticeTo > asOf) noticeFrom = noticeTo = null;
    } else {
      decided = r.int(toDay('2014-03-01'), toDay('2024-11-29'));
      noticeTo = decided - r.int(1, 10);
      noticeFrom = noticeTo - r.int(6, 9);
      recommended = noticeFrom - r.int(1, 7);
      applied = recommended - r.int(3, 20);
    }
    const year = Number(toIso(decided ?? applied).slice(0, 4));
    // ids start with the village code, so every table sorts in village order (the generator can
    // write the nation in batches); the Y keeps year and code apart (2016-530721… reads as a bank card)
    const loanId = `L${v.code}-Y${year}-${String(k).padStart(2, '0')}`;
    const approved = decision === '批准';
    const led = approved ? r.int(2, 20) : null;
    const poor = led !== null ? r.int(0, Math.min(led, 8)) : null;
    let repayment: string | null = null;
    let due = 0;
    if (approved) {
      due = decided! + r.weighted([[1, 2], [2, 3], [3, 5]] as const) * 365;
      repayment = due > asOf ? '未到期' : r.weighted([['已结清', 88], ['展期', 6], ['逾期', 6]] as const);
    }
    out.credit_loans.push({
      loan_id: loanId,
      village_code: v.code,
      recipient: placeholderOf(v.code, k),
      recipient_public: !r.chance(0.02),
      person_id: scalePersonId(seed, v.code, k),
      village_group: `${r.int(1, 12)}组`,
      ethnicity: r.weighted(ETHNICITIES),
      age: r.int(22, 58),
      year,
      amount_yuan: r.int(10, 60) * STEP_FEN,
      purpose: r.pick(industry[2]),
      industry: industry[0],
      applied_on: toIso(applied),
      recommended_on: recommended === null ? null : toIso(recommended),
      notice_from: noticeFrom === null ? null : toIso(noticeFrom),
      notice_to: noticeTo === null ? null : toIso(noticeTo),
      objections: noticeTo === null ? null : decision === '未批准' ? r.int(1, 3) : r.chance(0.06) ? 1 : 0,
      decided_on: decided === null ? null : toIso(decided),
      decision,
      repayment,
      pledge: led === null ? null : `带动${led}户农户发展${industry[0]},其中贫困户${poor}户`,
      model_household: approved ? decided! < asOf - 365 && r.chance(0.22) : null,
      households_led: led,
      poor_households_led: poor,
      source_id: SYN,
      note: decision === '未批准' ? '公示期间收到异议,经核实后未获批准' : decision === '审批中' ? '申请正在办理中' : null,
    });
    if (!approved) continue;
    let day = decided! + r.int(30, 120);
    const checks = (['资金使用', '经营情况', '带动贫困户'] as const).slice(0, r.int(1, 3));
    for (const checked of checks) {
      if (day > asOf) break;
      out.credit_followups.push({ loan_id: loanId, date: toIso(day), checked, finding: r.pick(FINDINGS[checked]), source_id: SYN, note: null });
      day += r.int(90, 240);
    }
    const after = Math.max(day, due + r.int(10, 60));
    if ((repayment === '逾期' || repayment === '展期') && after <= asOf)
      out.credit_followups.push({
        loan_id: loanId,
        date: toIso(after),
        checked: '还款情况',
        finding: repayment === '逾期' ? '经营困难,逾期未还,已协商还款计划' : '受灾减收,经农信社同意展期',
        source_id: SYN,
        note: null,
      });
  }
}

const COOPS = [
  { kind: '种植专业合作社', type: '产业带动', what: '种植经营收益' },
  { kind: '养殖专业合作社', type: '产业带动', what: '养殖经营收益' },
  { kind: '乡村旅游专业合作社', type: '服务创收', what: '乡村旅游接待服务收益' },
  { kind: '林下经济专业合作社', type: '资源开发', what: '林下资源开发收益' },
  { kind: '股份经济合作社', type: '租赁经营', what: '集体铺面与土地租赁收益' },
  { kind: '股份经济合作社', type: '招商合作', what: '招商引资合作项目收益' },
] as const;

function dividends(r: Rng, v: Village, out: ScaleFigures): void {
  const coop = r.pick(COOPS);
  const coopName = `${stemOfName(v.name)}${coop.kind}`;
  const start = r.int(2016, 2020);
  let capital = [
    { contribution: '土地', thousands: r.int(40, 400), households: r.int(20, 160) as number | null, present: true },
    { contribution: '项目资金', thousands: r.int(100, 500), households: null, present: r.chance(0.85) },
    { contribution: '红色信贷资金', thousands: r.int(50, 300), households: r.int(1, 6), present: r.chance(0.6) },
    { contribution: '社会资本', thousands: r.int(20, 300), households: r.int(2, 30), present: r.chance(0.5) },
    { contribution: '贫困户政策扶持', thousands: r.int(20, 200), households: r.int(8, 80), present: r.chance(0.75) },
  ].filter((c) => c.present);
  for (let year = start - 1; year <= 2024; year += r.int(2, 3)) {
    for (const c of capital)
      out.shareholdings.push({
        village_code: v.code,
        year,
        contribution: c.contribution,
        amount_yuan: c.thousands * 1000 * 100,
        shareholders: c.households,
        source_id: SYN,
        note: c.contribution === '项目资金' ? '财政项目资金入股,收益归村集体' : null,
      });
    capital = capital.map((c) => ({ ...c, thousands: Math.round(c.thousands * r.real(1, 1.25)), households: c.households === null ? null : c.households + r.int(0, Math.ceil(c.households / 5)) }));
  }
  let poolSteps = r.int(80, 600);
  for (let year = start; year <= 2024; year++) {
    if (year > start && r.chance(0.12)) continue;
    const groups = r.chance(0.12);
    const month = r.weighted([['01', 5], ['02', 3], ['12', 2]] as const);
    const day = month === '12' ? r.int(15, 30) : r.int(5, month === '02' ? 26 : 30);
    const id = `D${v.code}-Y${year}`;
    const pool = (groups ? Math.max(40, Math.round(poolSteps / 3)) : poolSteps) * POOL_STEP_FEN;
    out.dividends.push({
      distribution_id: id,
      scope: groups ? '村民小组' : '村',
      village_code: v.code,
      township_code: v.township_code,
      date: `${year}-${month}-${String(day).padStart(2, '0')}`,
      revenue_source: `${coopName}${month === '12' ? year : year - 1}年度${coop.what}`,
      revenue_type: coop.type,
      pool_yuan: pool,
      pool_is_lower_bound: false,
      recipients: groups ? r.int(25, 120) : r.int(60, 420),
      village_groups: groups ? r.int(1, 4) : null,
      committees: 1,
      source_id: SYN,
      note: null,
    });
    out.dividend_shares.push(...splitPool(id, pool));
    poolSteps = Math.max(60, Math.round(poolSteps * r.real(0.95, 1.2)));
  }
}

const POSTS = [
  ['政策宣传岗', '向村民宣讲惠农和扶贫政策,每月入户不少于一次'],
  ['环境卫生监督岗', '每周巡查村内环境卫生,督促整改'],
  ['矛盾纠纷调解岗', '及时了解并协助调解邻里和土地纠纷'],
  ['产业发展带头岗', '示范种养技术,带动农户发展产业'],
  ['扶贫帮困联络岗', '联系贫困户和困难群众,反映诉求'],
  ['护林防火岗', '巡山护林,宣传森林防火'],
  ['村务监督岗', '监督村务、财务公开和集体经济台账'],
] as const;

function dutyPosts(r: Rng, v: Village, out: ScaleFigures, seed: number): void {
  const posts = r.shuffle(POSTS).slice(0, r.int(4, 7));
  let next = 101;
  const holders = posts.map(() => next++);
  for (let year = r.int(2018, 2021); year <= 2024; year++)
    posts.forEach(([post, duty], i) => {
      if (r.chance(0.08)) holders[i] = next++;
      out.duty_posts.push({
        village_code: v.code,
        year,
        post_id: `P${String(i + 1).padStart(2, '0')}`,
        post,
        duty,
        holder: placeholderOf(v.code, holders[i]!),
        person_id: scalePersonId(seed, v.code, holders[i]!),
        points: r.int(62, 100),
        scored_by: '党支部、村民代表、群众',
        source_id: SYN,
        note: '积分只是荣誉,不参与分红,也不发报酬',
      });
    });
}

/** Every figure of every village, in village code order (then generation order). */
export function generateScaleFigures(villages: readonly Village[], seed: number): ScaleFigures {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, not ${seed}`);
  const out: ScaleFigures = { income_totals: [], collective_income: [], credit_loans: [], credit_followups: [], dividends: [], dividend_shares: [], shareholdings: [], duty_posts: [] };
  const sorted = [...villages].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const v of sorted) {
    const r = rng(seed, `scale:${v.code}`);
    income(r, v.code, out);
    loans(r, v, out, seed);
    if (v.kind === '村委会' && r.chance(0.35)) dividends(r, v, out);
    if (v.kind === '村委会' && r.chance(0.05)) dutyPosts(r, v, out, seed);
  }
  return out;
}
