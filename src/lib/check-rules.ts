/**
 * The rules that tie rows together beyond types and keys: the four stages of a loan in order,
 * the public-notice period, dividend shares adding up, income by type adding up to the total,
 * the geography being consistent, and synthetic rows using placeholder names.
 */
import { finding, type Finding, type Problem } from '../schemas/problem.ts';
import { tableNames, tables, type Dataset, type TableName } from '../schemas/index.ts';
import type { Field } from '../schemas/fields.ts';
import type { LoadedTable, RawRow } from './load-table.ts';
import { formatYuan } from './money.ts';
import { WITHHELD_NAME } from './publish/cells.ts';
import { townshipKindOf, villageKindOf } from './geo-kinds.ts';

export interface RuleOptions {
  /** Shortest public notice (群众监督公示), in calendar days counting both ends. Default 5. */
  minNoticeDays: number;
  /**
   * How far a share marked percent_approximate (“约 5.5%”) may be from its percent of the pool,
   * in percentage points. Default 0.5.
   */
  percentTolerance?: number;
  /**
   * The build date, YYYY-MM-DD: no date may be more than a year after it. Deterministic, never the
   * clock: readDataset takes it from SOURCE_DATE_EPOCH or the newest version in the data folder's
   * CHANGELOG.md. Without it only the lower bound (1949-10-01) is checked.
   */
  today?: string;
}

export const defaultRuleOptions: RuleOptions & { percentTolerance: number } = { minNoticeDays: 5, percentTolerance: 0.5 };

/**
 * The rules that read more than one table: the table their problems are reported in (`on`) and
 * every table they read. A rule is skipped when a table it reads cannot be read (its header or
 * quotes are broken, or it is missing): its sums would be wrong for every row. load-dataset.ts
 * says so in one line per table instead.
 */
export const crossTableRules: { codes: string[]; on: TableName; reads: TableName[] }[] = [
  { codes: ['geo.village-count'], on: 'townships', reads: ['townships', 'villages'] },
  { codes: ['privacy.synthetic-name'], on: 'credit_loans', reads: ['credit_loans', 'sources'] },
  { codes: ['privacy.synthetic-name'], on: 'duty_posts', reads: ['duty_posts', 'sources'] },
  { codes: ['followup.before-loan'], on: 'credit_followups', reads: ['credit_followups', 'credit_loans'] },
  { codes: ['dividend.township'], on: 'dividends', reads: ['dividends', 'villages'] },
  { codes: ['dividend.percent-sum', 'dividend.pool-sum', 'dividend.share-amount'], on: 'dividend_shares', reads: ['dividend_shares', 'dividends', 'townships'] },
  { codes: ['income.total'], on: 'income_totals', reads: ['income_totals', 'collective_income'] },
  { codes: ['income.no-total'], on: 'collective_income', reads: ['collective_income', 'income_totals'] },
];

type Located = { [K in TableName]: Pick<LoadedTable<any>, 'file' | 'at'> & Partial<Pick<LoadedTable<any>, 'raw'>> };

/** Keys (of the given fields) of the rows of a table that did not parse: their sums are not checked. */
function unreadable(t: Located[TableName], fields: string[]): Set<string> {
  return new Set((t.raw ?? []).filter((r) => r.parsed < 0).map((r) => fields.map((f) => r.cells[f]).join('/')));
}

/** The earliest date the data can hold: the founding of the People's Republic of China. */
export const EARLIEST = '1949-10-01';

const tooLate = (zh: string, en: string, today: string) =>
  finding('date.range', `${zh} 比构建日期 ${today} 晚一年以上`, `${en} is more than a year after the build date ${today}`, {
    zh: '核对年份是否写错;构建日期是 CHANGELOG.md 中最新版本的日期(或 SOURCE_DATE_EPOCH)',
    en: 'check the year for a typo; the build date is the newest version’s date in CHANGELOG.md (or SOURCE_DATE_EPOCH)',
  });

/** Calendar days from `a` to `b` counting both ends: 2016-03-01..2016-03-05 is 5 days. */
export function daysInclusive(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000) + 1;
}

/**
 * @param unreadableTables tables whose rows cannot be read: the cross-table rules that read them report nothing
 */
export function checkRules(data: Dataset, located: Located, options: RuleOptions = defaultRuleOptions, unreadableTables: ReadonlySet<TableName> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const skipped = new Set(crossTableRules.filter((r) => r.reads.some((t) => unreadableTables.has(t))).flatMap((r) => r.codes.map((c) => `${r.on} ${c}`)));
  const add = (table: TableName, i: number, field: string, f: Finding) => {
    if (skipped.size && skipped.has(`${table} ${f.code}`)) return;
    const where = located[table].at[i]?.[field] as RawRow['at'][string] | undefined;
    problems.push({ ...f, file: located[table].file, line: where?.line ?? 0, column: where?.column ?? 0, severity: 'error' });
  };

  // Geography: codes nest, kinds match names, counts match the list.
  const townshipByCode = new Map(data.townships.map((t) => [t.code, t]));
  // Villages per township, each code counted once (a duplicate row has its own error). When a
  // row of villages.csv did not parse, the counts are not checked: that row has its own error.
  const villagesIn = new Map<string, number>();
  const countedVillages = new Set<string>();
  for (const v of data.villages)
    if (!countedVillages.has(v.code)) {
      countedVillages.add(v.code);
      villagesIn.set(v.township_code, (villagesIn.get(v.township_code) ?? 0) + 1);
    }
  const villagesComplete = !(located.villages.raw ?? []).some((r) => r.parsed < 0);
  data.townships.forEach((t, i) => {
    if (!t.code.startsWith(t.county_code))
      add('townships', i, 'code', finding('geo.code-prefix', `乡级代码 ${t.code} 不以县级代码 ${t.county_code} 开头`, `township code ${t.code} does not start with its county code ${t.county_code}`));
    if (t.kind !== townshipKindOf(t.name))
      add('townships', i, 'kind', finding('geo.kind', `“${t.name}”的类别写作“${t.kind}”,与名称结尾不符`, `"${t.name}" is marked "${t.kind}", which does not match its name`));
    const n = villagesIn.get(t.code) ?? 0;
    if (villagesComplete && n !== t.village_count)
      add('townships', i, 'village_count', finding('geo.village-count', `${t.name} 的村级单位数写作 ${t.village_count},villages.csv 中有 ${n} 个`, `${t.name} is said to have ${t.village_count} village-level units; villages.csv has ${n}`));
  });
  data.villages.forEach((v, i) => {
    if (!v.code.startsWith(v.township_code))
      add('villages', i, 'code', finding('geo.code-prefix', `村级代码 ${v.code} 不以乡级代码 ${v.township_code} 开头`, `village code ${v.code} does not start with its township code ${v.township_code}`));
    if (v.kind !== villageKindOf(v.name))
      add('villages', i, 'kind', finding('geo.kind', `“${v.name}”的类别写作“${v.kind}”,与名称结尾不符`, `"${v.name}" is marked "${v.kind}", which does not match its name`));
  });

  // Loans: the four stages in order, a long enough public notice, consistent outcomes.
  const stages = [
    ['applied_on', '个人申请', 'application'],
    ['recommended_on', '组织推荐', 'recommendation'],
    ['notice_from', '公示开始', 'notice start'],
    ['notice_to', '公示结束', 'notice end'],
    ['decided_on', '农信审批', 'decision'],
  ] as const;
  const synthetic = new Set(data.sources.filter((s) => s.kind === 'synthetic').map((s) => s.id));
  data.credit_loans.forEach((l, i) => {
    let prev: (typeof stages)[number] | null = null;
    for (const s of stages) {
      const d = l[s[0]];
      if (!d) continue;
      if (prev && d < l[prev[0]]!)
        add('credit_loans', i, s[0], finding('loan.stage-order', `${s[1]}日期 ${d} 早于${prev[1]}日期 ${l[prev[0]]}`, `the ${s[2]} date ${d} is before the ${prev[2]} date ${l[prev[0]]}`, {
          zh: '四个环节依次为:个人申请 ≤ 组织推荐 ≤ 公示开始 ≤ 公示结束 ≤ 农信审批',
          en: 'the stages run application ≤ recommendation ≤ notice start ≤ notice end ≤ decision',
        }));
      prev = s;
    }
    if (Boolean(l.notice_from) !== Boolean(l.notice_to))
      add('credit_loans', i, l.notice_from ? 'notice_to' : 'notice_from', finding('loan.notice-incomplete', '公示只有开始或只有结束日期', 'the public notice has a start without an end, or an end without a start', { zh: '两个日期都填,或都留空', en: 'fill in both dates, or neither' }));
    if (l.notice_from && l.notice_to && l.notice_to >= l.notice_from) {
      const days = daysInclusive(l.notice_from, l.notice_to);
      if (days < options.minNoticeDays)
        add('credit_loans', i, 'notice_to', finding('loan.notice-period', `公示期只有 ${days} 天,少于 ${options.minNoticeDays} 天`, `the public notice lasted ${days} days, less than ${options.minNoticeDays}`, {
          zh: `群众监督公示至少 ${options.minNoticeDays} 天(含首尾两天)`,
          en: `the public notice lasts at least ${options.minNoticeDays} days (both ends counted)`,
        }));
    }
    if (l.decided_on && !l.decision)
      add('credit_loans', i, 'decision', finding('loan.decision-missing', '有审批日期但没有审批结果', 'there is a decision date but no decision', { zh: '填写 批准、未批准 或 审批中', en: 'fill in 批准, 未批准 or 审批中' }));
    if (l.repayment && l.decision !== '批准')
      add('credit_loans', i, 'repayment', finding('loan.repayment-unapproved', `贷款未获批准,却有还款状态“${l.repayment}”`, `the loan was not approved but has a repayment status ("${l.repayment}")`));
    if (l.households_led !== null && l.poor_households_led !== null && l.poor_households_led > l.households_led)
      add('credit_loans', i, 'poor_households_led', finding('loan.households', `带动贫困户 ${l.poor_households_led} 户多于带动总户数 ${l.households_led} 户`, `${l.poor_households_led} poor households is more than the ${l.households_led} households brought along`));
    // the published data stands a withheld name's placeholder in for it: that is no real name either
    if (synthetic.has(l.source_id) && !/^示例/.test(l.recipient) && !(l.recipient === WITHHELD_NAME && !l.recipient_public))
      add('credit_loans', i, 'recipient', finding('privacy.synthetic-name', `演示数据的借款人“${l.recipient}”不是占位名`, `the synthetic recipient "${l.recipient}" is not a placeholder name`, { zh: '演示数据只用“示例党员0001”式的占位名', en: 'synthetic rows use placeholders such as 示例党员0001' }));
  });
  // A loan's year agrees with its stage dates: it is made after it is applied for, and at the
  // latest in the year after the last stage. Only a contradiction is an error: a loan without
  // stage dates (李飞龙's, published as “2007”) has nothing to contradict.
  data.credit_loans.forEach((l, i) => {
    const dates = stages.map((s) => l[s[0]]).filter((d): d is string => Boolean(d));
    if (!dates.length) return;
    const first = dates.reduce((a, b) => (b < a ? b : a));
    const last = dates.reduce((a, b) => (b > a ? b : a));
    if (l.year < Number(first.slice(0, 4)))
      add('credit_loans', i, 'year', finding('loan.year', `贷款年度 ${l.year} 早于最早的环节日期 ${first}`, `the loan year ${l.year} is before its first stage date ${first}`, {
        zh: '贷款在申请之后发放;核对年度和各环节日期',
        en: 'a loan is made after it is applied for; check the year and the stage dates',
      }));
    else if (l.year > Number(last.slice(0, 4)) + 1)
      add('credit_loans', i, 'year', finding('loan.year', `贷款年度 ${l.year} 比最晚的环节日期 ${last} 晚一年以上`, `the loan year ${l.year} is more than a year after its last stage date ${last}`, {
        zh: '贷款最晚在最后一个环节的次年发放;核对年度和各环节日期',
        en: 'a loan is made at the latest in the year after its last stage; check the year and the stage dates',
      }));
  });
  const loanById = new Map(data.credit_loans.map((l) => [l.loan_id, l]));
  data.credit_followups.forEach((f, i) => {
    const loan = loanById.get(f.loan_id);
    if (loan?.decided_on && f.date < loan.decided_on)
      add('credit_followups', i, 'date', finding('followup.before-loan', `跟踪日期 ${f.date} 早于贷款审批日期 ${loan.decided_on}`, `the follow-up on ${f.date} is before the loan was decided (${loan.decided_on})`));
  });
  data.duty_posts.forEach((p, i) => {
    if (synthetic.has(p.source_id) && !/^示例/.test(p.holder))
      add('duty_posts', i, 'holder', finding('privacy.synthetic-name', `演示数据的党员“${p.holder}”不是占位名`, `the synthetic holder "${p.holder}" is not a placeholder name`, { zh: '演示数据只用“示例党员0001”式的占位名', en: 'synthetic rows use placeholders such as 示例党员0001' }));
  });

  // Dividends: shares add up to 100% and to the pool; the village lies in the township.
  const villageByCode = new Map(data.villages.map((v) => [v.code, v]));
  const sharesOf = new Map<string, number[]>();
  data.dividend_shares.forEach((s, i) => {
    const list = sharesOf.get(s.distribution_id);
    if (list) list.push(i);
    else sharesOf.set(s.distribution_id, [i]);
  });
  // A share row that did not parse has its own error; its distribution's sums are not checked.
  const brokenShares = unreadable(located.dividend_shares, ['distribution_id']);
  data.dividends.forEach((d, i) => {
    const v = d.village_code ? villageByCode.get(d.village_code) : undefined;
    if (v && v.township_code !== d.township_code)
      add('dividends', i, 'township_code', finding('dividend.township', `村 ${v.name} 不属于乡镇 ${d.township_code}`, `village ${v.name} is not in township ${d.township_code}`, { zh: `应为 ${v.township_code}`, en: `it is in ${v.township_code}` }));
    if (!townshipByCode.has(d.township_code) || brokenShares.has(d.distribution_id)) return;
    const idx = sharesOf.get(d.distribution_id) ?? [];
    if (idx.length === 0) return;
    const shares = idx.map((j) => data.dividend_shares[j]!);
    const pct = shares.reduce((a, s) => a + s.percent, 0);
    const last = idx.at(-1)!;
    if (pct !== 10000)
      add('dividend_shares', last, 'percent', finding('dividend.percent-sum', `分红 ${d.distribution_id} 的比例之和是 ${pct / 100}%,不是 100%`, `the shares of ${d.distribution_id} add up to ${pct / 100}%, not 100%`));
    const sum = shares.reduce((a, s) => a + s.amount_yuan, 0);
    // A pool stated as a lower bound (“236万多元”) is at least pool_yuan: the shares add up to at
    // least that, and the real pool is what they add up to.
    if (d.pool_is_lower_bound ? sum < d.pool_yuan : sum !== d.pool_yuan)
      add(
        'dividend_shares',
        last,
        'amount_yuan',
        d.pool_is_lower_bound
          ? finding('dividend.pool-sum', `分红 ${d.distribution_id} 各方金额之和 ${formatYuan(sum)} 元,少于分红总额的下限 ${formatYuan(d.pool_yuan)} 元`, `the shares of ${d.distribution_id} add up to ${formatYuan(sum)} yuan, less than the pool of at least ${formatYuan(d.pool_yuan)} yuan`, {
              zh: `总额标为下限(pool_is_lower_bound=true)时,各方金额之和不能少于它;少 ${formatYuan(d.pool_yuan - sum)} 元`,
              en: `with a pool that is a lower bound (pool_is_lower_bound=true) the shares add up to at least the pool; ${formatYuan(d.pool_yuan - sum)} yuan short`,
            })
          : finding('dividend.pool-sum', `分红 ${d.distribution_id} 各方金额之和 ${formatYuan(sum)} 元,不等于分红总额 ${formatYuan(d.pool_yuan)} 元`, `the shares of ${d.distribution_id} add up to ${formatYuan(sum)} yuan, not the pool of ${formatYuan(d.pool_yuan)} yuan`, {
              zh: `相差 ${formatYuan(Math.abs(d.pool_yuan - sum))} 元`,
              en: `the difference is ${formatYuan(Math.abs(d.pool_yuan - sum))} yuan`,
            }),
      );
    // the pool a share is a percent of: the stated one, or for a lower bound what the shares add up
    // to (if that is short of the bound, dividend.pool-sum says so once, not once per share)
    const pool = d.pool_is_lower_bound ? sum : d.pool_yuan;
    const tolerance = options.percentTolerance ?? defaultRuleOptions.percentTolerance;
    shares.forEach((s, k) => {
      const exact = (pool * s.percent) / 10000;
      // one fen for rounding; an approximate percent (“约 5.5%”) may be off by the tolerance
      const allowed = 1 + (s.percent_approximate ? (pool * tolerance) / 100 : 0);
      if (Math.abs(s.amount_yuan - exact) <= allowed) return;
      const of = d.pool_is_lower_bound ? { zh: '各方金额之和(总额为下限)', en: 'the sum of the shares (the pool is a lower bound)' } : { zh: '总额', en: 'the pool' };
      add(
        'dividend_shares',
        idx[k]!,
        'amount_yuan',
        s.percent_approximate
          ? finding('dividend.share-amount', `${s.party}分得 ${formatYuan(s.amount_yuan)} 元,不在${of.zh}的约 ${s.percent / 100}%(±${tolerance} 个百分点:${formatYuan(Math.ceil(exact - allowed + 1))}–${formatYuan(Math.floor(exact + allowed - 1))} 元)之内`, `${s.party} received ${formatYuan(s.amount_yuan)} yuan, not about ${s.percent / 100}% of ${of.en} (±${tolerance} percentage points: ${formatYuan(Math.ceil(exact - allowed + 1))}–${formatYuan(Math.floor(exact + allowed - 1))} yuan)`, {
              zh: `“约”的比例允许相差 ${tolerance} 个百分点(--percent-tolerance 可改);核对该方的比例和金额`,
              en: `an approximate percent may be off by ${tolerance} percentage points (see --percent-tolerance); check that share's percent and amount`,
            })
          : finding('dividend.share-amount', `${s.party}分得 ${formatYuan(s.amount_yuan)} 元,不是${of.zh}的 ${s.percent / 100}%(${formatYuan(Math.round(exact))} 元)`, `${s.party} received ${formatYuan(s.amount_yuan)} yuan, not ${s.percent / 100}% of ${of.en} (${formatYuan(Math.round(exact))} yuan)`),
      );
    });
  });

  // Dates lie between the founding of the People's Republic and a year after the build date.
  const latest = options.today ? `${Number(options.today.slice(0, 4)) + 1}${options.today.slice(4)}` : null;
  for (const name of tableNames) {
    const fields = Object.entries(tables[name].fields as Record<string, Field<any>>);
    const dateFields = fields.filter(([, f]) => f.meta.kind === 'date').map(([k]) => k);
    const yearFields = latest ? fields.filter(([, f]) => f.meta.kind === 'year').map(([k]) => k) : [];
    if (!dateFields.length && !yearFields.length) continue;
    (data[name] as Record<string, unknown>[]).forEach((row, i) => {
      for (const f of dateFields) {
        const d = row[f] as string | null;
        if (!d) continue;
        if (d < EARLIEST)
          add(name, i, f, finding('date.range', `日期 ${d} 早于 ${EARLIEST}`, `the date ${d} is before ${EARLIEST}`, {
            zh: `本数据只记 ${EARLIEST}(中华人民共和国成立)以后的事;核对年份`,
            en: `the data records events from ${EARLIEST} (the founding of the People's Republic) on; check the year`,
          }));
        else if (latest && d > latest) add(name, i, f, tooLate(`日期 ${d}`, `the date ${d}`, options.today!));
      }
      for (const f of yearFields) {
        const y = row[f] as number | null;
        if (y !== null && y > Number(latest!.slice(0, 4))) add(name, i, f, tooLate(`年份 ${y}`, `the year ${y}`, options.today!));
      }
    });
  }

  // Income: the types of a village and year add up to its total; no types without a total.
  const byVillageYear = new Map<string, number>();
  data.collective_income.forEach((r) => {
    const k = `${r.village_code}/${r.year}`;
    byVillageYear.set(k, (byVillageYear.get(k) ?? 0) + r.amount_yuan);
  });
  const totals = unreadable(located.income_totals, ['village_code', 'year']);
  const brokenTypes = unreadable(located.collective_income, ['village_code', 'year']);
  data.income_totals.forEach((t, i) => {
    const k = `${t.village_code}/${t.year}`;
    totals.add(k);
    if (brokenTypes.has(k)) return;
    const sum = byVillageYear.get(k) ?? 0;
    if (sum !== t.total_yuan)
      add('income_totals', i, 'total_yuan', finding('income.total', `${t.village_code} ${t.year} 年合计 ${formatYuan(t.total_yuan)} 元,分类型之和是 ${formatYuan(sum)} 元`, `the ${t.year} total of ${t.village_code} is ${formatYuan(t.total_yuan)} yuan but its types add up to ${formatYuan(sum)} yuan`, {
        zh: '核对 collective_income.csv 中该村该年的各行',
        en: 'check that village’s rows for that year in collective_income.csv',
      }));
  });
  // A village whose total row did not parse (say, a bad year) gets no "no total" errors.
  const villagesWithBrokenTotals = unreadable(located.income_totals, ['village_code']);
  data.collective_income.forEach((r, i) => {
    if (!totals.has(`${r.village_code}/${r.year}`) && !villagesWithBrokenTotals.has(r.village_code))
      add('collective_income', i, 'year', finding('income.no-total', `${r.village_code} ${r.year} 年有分类型收入,但 income_totals.csv 中没有合计`, `${r.village_code} has income by type for ${r.year} but no total in income_totals.csv`));
  });
  return problems;
}
