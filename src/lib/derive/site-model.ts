/**
 * The site model: every view the pages read, computed once from the dataset in a few passes
 * (indexes by village and township, never a search per village), so the county builds fast and a
 * province-sized dataset stays linear. Pure: no Astro, no file system.
 */
import type {
  CollectiveIncome,
  CountyFact,
  CreditFollowup,
  CreditLoan,
  Dataset,
  DutyPost,
  IncomeTotal,
  Shareholding,
  Source,
  Township,
  Village,
} from '../../schemas/index.ts';
import { contributionTypes, industries, repaymentStatuses, loanDecisions } from '../../schemas/vocab.ts';
import { romanizeParts } from '../romanize.ts';
import { distributions, type DistributionView } from './dividends.ts';
import { byText, groupBy, indexBy, sum } from './group.ts';
import { incomeBands, incomeByYear, incomeByYearType, type BandGroup, type YearTotal, type YearTypeTotal } from './income.ts';
import { approvedWithin, loanStages, loanStatus, rollupLoans, type LoanRollup, type Stage } from './loans.ts';
import { periodRange } from './period.ts';

export interface PlaceName {
  zh: string;
  en: string;
  /** Without the kind, for charts: 拉巴支 / Labazhi. */
  shortZh: string;
  shortEn: string;
}

export interface LoanView {
  loan: CreditLoan;
  township: string;
  stages: Stage[];
  status: string;
  followups: CreditFollowup[];
  synthetic: boolean;
}

export interface VillageView {
  village: Village;
  name: PlaceName;
  township: Township | undefined;
  totals: IncomeTotal[];
  incomeRows: CollectiveIncome[];
  incomeByYearType: YearTypeTotal[];
  loans: LoanView[];
  dividends: DistributionView[];
  shareholdings: Shareholding[];
  posts: DutyPost[];
  facts: CountyFact[];
  /** Source ids of every row the village page shows. */
  sources: string[];
  synthetic: { income: boolean; loans: boolean; dividends: boolean; shareholdings: boolean; posts: boolean; any: boolean };
}

export interface TownshipView {
  township: Township;
  name: PlaceName;
  villages: VillageView[];
  loans: LoanView[];
  /** Distributions in the township, including those not tied to one village. */
  dividends: DistributionView[];
  facts: CountyFact[];
  incomeByYear: YearTotal[];
  sources: string[];
  synthetic: boolean;
}

export interface CoverageRow {
  id: string;
  zh: string;
  en: string;
  fact: CountyFact | null;
  /** The published figure as text in its own unit ("462", "6102"). */
  published: string | null;
  publishedUnit: { zh: string; en: string };
  /** The dataset's figure, in the same unit. */
  dataset: string;
  synthetic: boolean;
  /** true: the same; false: differs; null: not comparable. */
  agrees: boolean | null;
}

export interface SiteModel {
  data: Dataset;
  county: { code: string; name: PlaceName; row: Dataset['counties'][number] | undefined };
  sources: Source[];
  sourceById: Map<string, Source>;
  syntheticSources: Set<string>;
  isSynthetic: (sourceId: string) => boolean;
  townships: TownshipView[];
  townshipByCode: Map<string, TownshipView>;
  villages: VillageView[];
  villageByCode: Map<string, VillageView>;
  countyFacts: CountyFact[];
  factById: Map<string, CountyFact>;
  income: {
    years: number[];
    latestYear: number | null;
    byYear: YearTotal[];
    byYearType: YearTypeTotal[];
    bands2017: BandGroup[];
    synthetic: boolean;
  };
  loans: LoanView[];
  loanRollups: { byYear: LoanRollup[]; byTownship: LoanRollup[]; byIndustry: LoanRollup[]; byStatus: LoanRollup[] };
  loansSynthetic: boolean;
  dividends: DistributionView[];
  dividendsSynthetic: boolean;
  shareholdingsByType: { type: string; fen: number; households: number }[];
  coverage: CoverageRow[];
  /** Which pages show rows of each source: path (without base or language) → page label. */
  sourceUsage: Map<string, { path: string; zh: string; en: string }[]>;
}

const COUNTY_CODE = '530721';

export function placeName(name: string): PlaceName {
  const r = romanizeParts(name);
  const shortZh = name.replace(/(社区居委会|村民委员会|居民委员会|村委会|居委会)$/, '') || name;
  return { zh: name, en: r.full, shortZh, shortEn: r.short || r.full };
}

const orderOf = (terms: readonly { value: string }[]) => {
  const m = new Map(terms.map((t, i) => [t.value, i]));
  return (a: string, b: string) => (m.get(a) ?? 99) - (m.get(b) ?? 99) || byText(a, b);
};

export function buildSiteModel(data: Dataset): SiteModel {
  const sourceById = indexBy(data.sources, (s) => s.id);
  const syntheticSources = new Set(data.sources.filter((s) => s.kind === 'synthetic').map((s) => s.id));
  const isSynthetic = (id: string) => syntheticSources.has(id);
  const anySyn = (rows: readonly { source_id: string }[]) => rows.some((r) => syntheticSources.has(r.source_id));

  const townshipRows = [...data.townships].sort((a, b) => byText(a.code, b.code));
  const villageRows = [...data.villages].sort((a, b) => byText(a.code, b.code));
  const townshipOfVillage = new Map(villageRows.map((v) => [v.code, v.township_code]));

  // one pass per table
  const totalsBy = groupBy(data.income_totals, (r) => r.village_code);
  const incomeBy = groupBy(data.collective_income, (r) => r.village_code);
  const followupsBy = groupBy(data.credit_followups, (r) => r.loan_id);
  const shareBy = groupBy(data.shareholdings, (r) => r.village_code);
  const postsBy = groupBy(data.duty_posts, (r) => r.village_code);
  const factsBy = groupBy(data.county_facts, (r) => r.scope_code);

  const loans: LoanView[] = [...data.credit_loans]
    .sort((a, b) => a.year - b.year || byText(a.applied_on ?? a.decided_on ?? '', b.applied_on ?? b.decided_on ?? '') || byText(a.loan_id, b.loan_id))
    .map((loan) => {
      const followups = [...(followupsBy.get(loan.loan_id) ?? [])].sort((a, b) => byText(a.date, b.date));
      return {
        loan,
        township: townshipOfVillage.get(loan.village_code) ?? '',
        stages: loanStages(loan),
        status: loanStatus(loan),
        followups,
        synthetic: isSynthetic(loan.source_id) || anySyn(followups),
      };
    });
  const loansBy = groupBy(loans, (l) => l.loan.village_code);
  const loansByTownship = groupBy(loans, (l) => l.township);

  const allDist = distributions(data.dividends, data.dividend_shares);
  const distSyn = (d: DistributionView) => isSynthetic(d.dividend.source_id) || anySyn(d.shares);
  const distBy = groupBy(allDist.filter((d) => d.dividend.village_code), (d) => d.dividend.village_code!);
  const distByTownship = groupBy(allDist, (d) => d.dividend.township_code);

  const villages: VillageView[] = villageRows.map((village) => {
    const totals = [...(totalsBy.get(village.code) ?? [])].sort((a, b) => a.year - b.year);
    const incomeRows = incomeBy.get(village.code) ?? [];
    const vLoans = loansBy.get(village.code) ?? [];
    const vDist = distBy.get(village.code) ?? [];
    const shareholdings = [...(shareBy.get(village.code) ?? [])].sort((a, b) => a.year - b.year || orderOf(contributionTypes)(a.contribution, b.contribution));
    const posts = [...(postsBy.get(village.code) ?? [])].sort((a, b) => b.year - a.year || byText(a.post_id, b.post_id));
    const facts = factsBy.get(village.code) ?? [];
    const synthetic = {
      income: anySyn(totals) || anySyn(incomeRows),
      loans: vLoans.some((l) => l.synthetic),
      dividends: vDist.some(distSyn),
      shareholdings: anySyn(shareholdings),
      posts: anySyn(posts),
      any: false,
    };
    synthetic.any = synthetic.income || synthetic.loans || synthetic.dividends || synthetic.shareholdings || synthetic.posts;
    const sources = new Set<string>([village.source_id]);
    for (const rows of [totals, incomeRows, shareholdings, posts, facts]) for (const r of rows) sources.add(r.source_id);
    for (const l of vLoans) {
      sources.add(l.loan.source_id);
      for (const f of l.followups) sources.add(f.source_id);
    }
    for (const d of vDist) {
      sources.add(d.dividend.source_id);
      for (const s of d.shares) sources.add(s.source_id);
    }
    return {
      village,
      name: placeName(village.name),
      township: undefined,
      totals,
      incomeRows,
      incomeByYearType: incomeByYearType(incomeRows),
      loans: vLoans,
      dividends: vDist,
      shareholdings,
      posts,
      facts,
      sources: [...sources].sort(byText),
      synthetic,
    };
  });
  const villageByCode = indexBy(villages, (v) => v.village.code);
  const villagesByTownship = groupBy(villages, (v) => v.village.township_code);

  const townships: TownshipView[] = townshipRows.map((township) => {
    const tv = villagesByTownship.get(township.code) ?? [];
    for (const v of tv) v.township = township;
    const tLoans = loansByTownship.get(township.code) ?? [];
    const tDist = distByTownship.get(township.code) ?? [];
    const facts = factsBy.get(township.code) ?? [];
    const sources = new Set<string>([township.source_id, ...facts.map((f) => f.source_id)]);
    for (const v of tv) for (const s of v.sources) sources.add(s);
    for (const d of tDist) sources.add(d.dividend.source_id);
    return {
      township,
      name: placeName(township.name),
      villages: tv,
      loans: tLoans,
      dividends: tDist,
      facts,
      incomeByYear: incomeByYear(tv.flatMap((v) => v.totals)),
      sources: [...sources].sort(byText),
      synthetic: tv.some((v) => v.synthetic.any) || tDist.some(distSyn),
    };
  });
  const townshipByCode = indexBy(townships, (t) => t.township.code);

  const byYear = incomeByYear(data.income_totals);
  const years = byYear.map((y) => y.year);
  const countyFacts = [...(factsBy.get(COUNTY_CODE) ?? [])].sort((a, b) => byText(a.id, b.id));
  const factById = indexBy(data.county_facts, (f) => f.id);
  const bands2017 = incomeBands(data.income_totals, villageRows.map((v) => v.code), 2017);

  const rollups = {
    byYear: rollupLoans(data.credit_loans, (l) => String(l.year)),
    byTownship: rollupLoans(data.credit_loans, (l) => townshipOfVillage.get(l.village_code) ?? ''),
    byIndustry: rollupLoans(data.credit_loans, (l) => l.industry, orderOf(industries)),
    byStatus: rollupLoans(data.credit_loans, loanStatus, orderOf([...repaymentStatuses, ...loanDecisions, { value: '未载明' }])),
  };

  const shareholdingsByType = [...groupBy(data.shareholdings, (s) => s.contribution)]
    .map(([type, rows]) => ({ type, fen: sum(rows.map((r) => r.amount_yuan)), households: sum(rows.map((r) => r.shareholders ?? 0)) }))
    .sort((a, b) => orderOf(contributionTypes)(a.type, b.type));

  const countyRow = data.counties.find((c) => c.code === COUNTY_CODE) ?? data.counties[0];
  const model: SiteModel = {
    data,
    county: { code: countyRow?.code ?? COUNTY_CODE, name: placeName(countyRow?.name ?? '玉龙纳西族自治县'), row: countyRow },
    sources: [...data.sources].sort((a, b) => byText(a.id, b.id)),
    sourceById,
    syntheticSources,
    isSynthetic,
    townships,
    townshipByCode,
    villages,
    villageByCode,
    countyFacts,
    factById,
    income: {
      years,
      latestYear: years.length ? years[years.length - 1]! : null,
      byYear,
      byYearType: incomeByYearType(data.collective_income),
      bands2017,
      synthetic: anySyn(data.income_totals) || anySyn(data.collective_income),
    },
    loans,
    loanRollups: rollups,
    loansSynthetic: loans.some((l) => l.synthetic),
    dividends: allDist,
    dividendsSynthetic: allDist.some(distSyn),
    shareholdingsByType,
    coverage: [],
    sourceUsage: new Map(),
  };
  model.coverage = coverage(model);
  model.sourceUsage = sourceUsage(model);
  return model;
}

function fact(m: SiteModel, id: string): CountyFact | null {
  return m.factById.get(id) ?? null;
}

/** The dataset's figures beside the published ones. */
export function coverage(m: SiteModel): CoverageRow[] {
  const rows: CoverageRow[] = [];
  const unitOf = (f: CountyFact | null, fallback: { zh: string; en: string }) =>
    f?.unit ? { zh: f.unit, en: f.unit === '万元' ? '10,000 yuan' : f.unit === '个' ? '' : f.unit === '人' ? 'people' : f.unit } : fallback;
  const add = (id: string, zh: string, en: string, f: CountyFact | null, dataset: number, synthetic: boolean, fallbackUnit = { zh: '', en: '' }, datasetText?: string) => {
    const published = f?.value ?? null;
    rows.push({
      id,
      zh,
      en,
      fact: f,
      published,
      publishedUnit: unitOf(f, fallbackUnit),
      dataset: datasetText ?? String(dataset),
      synthetic,
      agrees: published === null ? null : Number(published) === dataset,
    });
  };
  const d = m.data;
  add('townships', '乡镇级单位', 'Township-level units', fact(m, 'F01'), d.townships.length, false);
  add('villages', '村级单位', 'Village-level units', fact(m, 'F02'), d.villages.length, false);

  const f14 = fact(m, 'F14');
  const f15 = fact(m, 'F15');
  const range = periodRange(f14?.period ?? f15?.period ?? '2014/2018-04')!;
  const inWindow = approvedWithin(d.credit_loans, range.from, range.to);
  const windowSyn = inWindow.some((l) => m.isSynthetic(l.source_id));
  add('recipients', '获得红色信贷的党员(2014年至2018年4月)', 'Party members who received red credit (2014 to April 2018)', f14, new Set(inWindow.map((l) => l.person_id)).size, windowSyn);
  const fen = sum(inWindow.map((l) => l.amount_yuan));
  add('credit-amount', '红色信贷金额(2014年至2018年4月)', 'Red-credit amount (2014 to April 2018)', f15, fen / 1_000_000, windowSyn, { zh: '万元', en: '10,000 yuan' }, trimDecimal(fen / 1_000_000));

  const syn2017 = d.income_totals.some((t) => t.year === 2017 && m.isSynthetic(t.source_id));
  const band = (id: string) => m.income.bands2017.find((b) => b.band.id === id)!.villages.length;
  add('band-50', '2017年收入5万元以上的村', 'Villages with 2017 income of 50,000 yuan or more', fact(m, 'F33'), band('b50'), syn2017);
  add('band-30', '2017年收入3万至5万元的村', 'Villages with 2017 income of 30,000–50,000 yuan', fact(m, 'F34'), band('b30'), syn2017);
  add('band-20', '2017年收入2万至3万元的村', 'Villages with 2017 income of 20,000–30,000 yuan', fact(m, 'F35'), band('b20'), syn2017);

  const split = m.dividends.filter((x) => x.shares.length > 0);
  rows.push({
    id: 'split',
    zh: '按 20% / 约5.5% / 约74.5% 分配的分红',
    en: 'Distributions split 20% / about 5.5% / about 74.5%',
    fact: fact(m, 'F28'),
    published: null,
    publishedUnit: { zh: '', en: '' },
    dataset: `${split.filter((x) => x.standard).length} / ${split.length}`,
    synthetic: split.some((x) => m.isSynthetic(x.dividend.source_id)),
    agrees: null,
  });
  return rows;
}

const trimDecimal = (n: number) => String(Math.round(n * 100) / 100);

function sourceUsage(m: SiteModel): Map<string, { path: string; zh: string; en: string }[]> {
  const usage = new Map<string, { path: string; zh: string; en: string }[]>();
  const use = (ids: Iterable<string>, page: { path: string; zh: string; en: string }) => {
    for (const id of new Set(ids)) {
      const list = usage.get(id) ?? [];
      list.push(page);
      usage.set(id, list);
    }
  };
  const d = m.data;
  const rowsSources = (...tables: readonly { source_id: string }[][]) => tables.flatMap((t) => t.map((r) => r.source_id));
  use(rowsSources(m.countyFacts, d.townships, d.villages, d.income_totals, d.collective_income, d.counties), { path: '/', zh: '全县', en: 'County' });
  use([...rowsSources(d.credit_loans, d.credit_followups), ...m.countyFacts.filter((f) => f.topic.startsWith('credit')).map((f) => f.source_id)], { path: '/credit/', zh: '红色信贷', en: 'Red credit' });
  use([...rowsSources(d.dividends, d.dividend_shares, d.shareholdings), ...d.county_facts.filter((f) => f.topic === 'dividends' || f.topic === 'collective').map((f) => f.source_id)], { path: '/dividends/', zh: '分红', en: 'Dividends' });
  for (const t of m.townships) use(t.sources, { path: `/townships/${t.township.code}/`, zh: t.name.zh, en: t.name.en });
  for (const v of m.villages) use(v.sources, { path: `/villages/${v.village.code}/`, zh: v.name.zh, en: v.name.en });
  return usage;
}
