/**
 * What a reviewer needs to know about a change to the data: per table the rows added, removed
 * and changed (keyed by primary key, with the names of villages and townships beside their
 * codes), the effect on the published totals, the problems of the files' form (listed apart:
 * an encoding or line-end change is not a change of the data), and the flags that ask for a
 * second look; no personal number in it (masked, 138****5678) and no control character (shown
 * as <U+000B>). Pure: it is given two loaded datasets.
 */
import type { LoadedDataset } from '../load-dataset.ts';
import type { Bilingual, Problem } from '../../schemas/problem.ts';
import { tables, tableNames, type Dataset, type TableName } from '../../schemas/index.ts';
import { fileOf } from '../../schemas/table.ts';
import { displaySafe } from '../display-safe.ts';
import { sumFen } from '../money.ts';
import { cellsOf, diffRows, keyOf, type FieldChange, type TableRow } from './rows.ts';

export interface DiffSide {
  /** How the side is named in the report: a git ref, a folder, `working tree`. */
  label: string;
  dataset: LoadedDataset;
}

export interface RowRef {
  key: string[];
  /** Names beside the codes: `拉巴支村委会(石鼓镇)`, a recipient, ... ('' when none). */
  names: string;
  /** Canonical cell text by field. */
  cells: Record<string, string>;
  /** `published`, `official`, `synthetic`, or null when the source is unknown. */
  sourceKind: string | null;
}

export interface ChangedRef extends RowRef {
  fields: FieldChange[];
}

export interface TableReport {
  table: TableName;
  file: string;
  title: Bilingual;
  rows: { old: number; new: number };
  /** False when a header does not match the data dictionary: the rows were not compared. */
  compared: boolean;
  /** header.* problems that stopped the comparison, on either side. */
  headerProblems: (Problem & { side: 'base' | 'head' })[];
  added: RowRef[];
  removed: RowRef[];
  changed: ChangedRef[];
  /** Rows of the head file that could not be read (the validator says why). */
  unreadable: { line: number; key: string[] }[];
}

export type FlagKind = 'published-changed' | 'row-count-dropped' | 'recipient-removed' | 'source-changed' | 'header-mismatch' | 'unreadable-rows';

export interface Flag extends Bilingual {
  kind: FlagKind;
  table: TableName;
  /** Keys (joined) of the rows concerned, if any. */
  rows: string[];
}

export interface TotalLine {
  id: string;
  title: Bilingual;
  unit: 'fen' | 'count';
  old: number;
  new: number;
}

export interface DiffReport {
  base: string;
  head: string;
  /** Tables with anything to say, in the data package's order. */
  tables: TableReport[];
  /** Only the totals that moved. */
  totals: TotalLine[];
  flags: Flag[];
  /** Problems of the head files' form (encoding, BOM, line ends, delimiter, header): not data changes. */
  formatProblems: Problem[];
  /** True when any row was added, removed or changed, or a table could not be compared. */
  changed: boolean;
}

const FORMAT = /^(encoding|newline|csv|header|file)\./;
const HEADER_BLOCKS = new Set(['header.unknown', 'header.missing', 'header.duplicate']);

export const joinKey = (key: string[]) => key.join(' · ');
const label = (r: RowRef) => `${joinKey(r.key)} ${r.names}`.trim();

/** Names of villages, townships and counties from both sides (the head wins). */
function nameIndex(base: Dataset, head: Dataset) {
  const names = new Map<string, string>();
  for (const d of [base, head]) {
    for (const c of d.counties) names.set(c.code, c.name);
    for (const t of d.townships) names.set(t.code, t.name);
    for (const v of d.villages) names.set(v.code, v.name);
  }
  const parent = new Map<string, string>();
  for (const d of [base, head]) for (const v of d.villages) parent.set(v.code, v.township_code);
  const loans = new Map<string, TableRow<'credit_loans'>>();
  const dists = new Map<string, TableRow<'dividends'>>();
  for (const d of [base, head]) {
    for (const l of d.credit_loans) loans.set(l.loan_id, l);
    for (const x of d.dividends) dists.set(x.distribution_id, x);
  }
  const place = (code: string | null | undefined): string => {
    if (!code) return '';
    const n = names.get(code);
    if (!n) return '';
    const t = parent.get(code);
    return t && names.get(t) ? `${n}(${names.get(t)})` : n;
  };
  const person = (l: TableRow<'credit_loans'>) => (l.recipient_public ? l.recipient : WITHHELD);
  return { place, person, loans, dists };
}

const WITHHELD = '姓名不公开 name withheld';

/** A recipient who is not to be named stays unnamed in the report too. */
function withheld(table: TableName, cells: Record<string, string>): Record<string, string> {
  return table === 'credit_loans' && cells.recipient_public === 'false' ? { ...cells, recipient: WITHHELD } : cells;
}

function describe(table: TableName, cells: Record<string, string>, ix: ReturnType<typeof nameIndex>): string {
  const parts: string[] = [];
  const add = (s: string) => s && !parts.some((p) => p.includes(s)) && parts.push(s);
  if (table === 'villages' || table === 'townships' || table === 'counties') add(ix.place(cells.code));
  for (const f of ['village_code', 'township_code', 'scope_code']) if (f in cells) add(ix.place(cells[f]));
  if (table === 'credit_loans' && cells.recipient) add(cells.recipient);
  if (table === 'credit_followups') {
    const l = ix.loans.get(cells.loan_id!);
    if (l) (add(ix.person(l)), add(ix.place(l.village_code)));
  }
  if (table === 'dividend_shares') {
    const d = ix.dists.get(cells.distribution_id!);
    if (d) add(ix.place(d.village_code) || ix.place(d.township_code));
  }
  if (table === 'sources' && cells.title) add(cells.title);
  return parts.join(',');
}

function sourceKinds(base: Dataset, head: Dataset) {
  const kinds = new Map<string, string>();
  for (const d of [base, head]) for (const s of d.sources) kinds.set(s.id, s.kind);
  return kinds;
}

function totalsOf(d: Dataset) {
  const byYear = new Map<number, number>();
  for (const r of d.income_totals) byYear.set(r.year, (byYear.get(r.year) ?? 0) + r.total_yuan);
  return {
    byYear,
    loans: d.credit_loans.length,
    loanFen: sumFen(d.credit_loans.map((l) => l.amount_yuan)),
    dists: d.dividends.length,
    poolFen: sumFen(d.dividends.map((x) => x.pool_yuan)),
  };
}

/** The county totals the site publishes, before and after; only those that moved. */
export function totalsEffect(base: Dataset, head: Dataset): TotalLine[] {
  const a = totalsOf(base);
  const b = totalsOf(head);
  const lines: TotalLine[] = [];
  const years = [...new Set([...a.byYear.keys(), ...b.byYear.keys()])].sort();
  for (const y of years)
    lines.push({ id: `income-${y}`, title: { zh: `${y} 年全县村集体经济收入`, en: `County collective income, ${y}` }, unit: 'fen', old: a.byYear.get(y) ?? 0, new: b.byYear.get(y) ?? 0 });
  lines.push(
    { id: 'loans-count', title: { zh: '红色信贷笔数', en: 'Red-credit loans' }, unit: 'count', old: a.loans, new: b.loans },
    { id: 'loans-amount', title: { zh: '红色信贷金额', en: 'Red-credit amount' }, unit: 'fen', old: a.loanFen, new: b.loanFen },
    { id: 'dividends-count', title: { zh: '分红次数', en: 'Distributions' }, unit: 'count', old: a.dists, new: b.dists },
    { id: 'dividends-pool', title: { zh: '分红总额', en: 'Distributed pool' }, unit: 'fen', old: a.poolFen, new: b.poolFen },
  );
  return lines.filter((l) => l.old !== l.new);
}

function rawKey(table: TableName, cells: Record<string, string>): string[] {
  return (tables[table].primaryKey as string[]).map((k) => (cells[k] ?? '').trim());
}

export function makeReport(base: DiffSide, head: DiffSide): DiffReport {
  const A = base.dataset;
  const B = head.dataset;
  const ix = nameIndex(A.data, B.data);
  const kinds = sourceKinds(A.data, B.data);
  const flags: Flag[] = [];
  const reports: TableReport[] = [];
  const flag = (kind: FlagKind, table: TableName, zh: string, en: string, rows: string[] = []) => flags.push({ kind, table, zh, en, rows });

  for (const name of tableNames) {
    const t = tables[name];
    const file = fileOf(t);
    const headerOf = (d: LoadedDataset, side: 'base' | 'head') =>
      d.loaded[name].problems.filter((p) => HEADER_BLOCKS.has(p.code)).map((p) => ({ ...p, side }));
    const headerProblems = [...headerOf(A, 'base'), ...headerOf(B, 'head')];
    const oldRows = A.data[name] as TableRow<typeof name>[];
    const newRows = B.data[name] as TableRow<typeof name>[];
    const ref = (row: TableRow<typeof name>): RowRef => {
      const cells = withheld(name, cellsOf(name, row as never));
      const src = name === 'sources' ? cells.kind! : kinds.get(cells.source_id ?? '') ?? null;
      return { key: keyOf(name, row as never), names: describe(name, cells, ix), cells, sourceKind: src };
    };
    const report: TableReport = {
      table: name,
      file,
      title: t.title,
      rows: { old: A.loaded[name].raw.length, new: B.loaded[name].raw.length },
      compared: headerProblems.length === 0,
      headerProblems,
      added: [],
      removed: [],
      changed: [],
      unreadable: [],
    };
    if (!report.compared) {
      flag('header-mismatch', name, `${file} 的表头与数据字典不一致,未逐行比较`, `the header of ${file} does not match the data dictionary, so its rows were not compared`);
      reports.push(report);
      continue;
    }
    const d = diffRows(name, oldRows as never, newRows as never);
    report.unreadable = B.loaded[name].raw.filter((r) => r.parsed < 0).map((r) => ({ line: r.line, key: rawKey(name, r.cells) }));
    const brokenNow = new Set(report.unreadable.map((u) => JSON.stringify(u.key)));
    report.added = d.added.map(ref);
    report.removed = d.removed.map(ref).filter((r) => !brokenNow.has(JSON.stringify(r.key)));
    report.changed = d.changed.map((c) => {
      const hide = name === 'credit_loans' && ((c.old as TableRow<'credit_loans'>).recipient_public === false || (c.new as TableRow<'credit_loans'>).recipient_public === false);
      const fields = c.fields.map((f) => (hide && f.name === 'recipient' ? { ...f, old: WITHHELD, new: WITHHELD } : f));
      return { ...ref(c.new), sourceKind: ref(c.old).sourceKind, fields };
    });

    if (report.unreadable.length)
      flag('unreadable-rows', name, `${file} 有 ${report.unreadable.length} 行无法读取(运行 npm run validate 查看原因),这些行没有参与比较`, `${report.unreadable.length} row(s) of ${file} could not be read (npm run validate says why) and were not compared`, report.unreadable.map((u) => `${file}:${u.line} ${joinKey(u.key)}`));
    if (report.rows.new < report.rows.old)
      flag('row-count-dropped', name, `${t.title.zh}的行数从 ${report.rows.old} 减少到 ${report.rows.new}`, `${t.title.en}: row count dropped from ${report.rows.old} to ${report.rows.new}`);
    const published = [...report.changed, ...report.removed].filter((r) => r.sourceKind !== null && r.sourceKind !== 'synthetic');
    if (published.length && name !== 'sources')
      flag('published-changed', name, `${t.title.zh}中有 ${published.length} 行公开发表或官方来源的数据被修改或删除`, `${published.length} row(s) of ${t.title.en} from a published or official source changed or were removed`, published.map(label));
    if (name === 'credit_loans' && report.removed.length)
      flag('recipient-removed', name, `删除了 ${report.removed.length} 笔红色信贷(借款党员)`, `${report.removed.length} red-credit recipient(s) removed`, report.removed.map(label));
    const resourced = report.changed.filter((c) => c.fields.some((f) => f.name === 'source_id'));
    if (resourced.length)
      flag('source-changed', name, `${t.title.zh}中有 ${resourced.length} 行的来源(source_id)被修改`, `the source (source_id) of ${resourced.length} row(s) of ${t.title.en} changed`, resourced.map((r) => {
        const f = r.fields.find((x) => x.name === 'source_id')!;
        return `${joinKey(r.key)}: ${f.old} → ${f.new}`;
      }));
    if (name === 'sources' && (report.changed.length || report.removed.length))
      flag('source-changed', name, `来源表中有 ${report.changed.length + report.removed.length} 个来源被修改或删除`, `${report.changed.length + report.removed.length} source(s) in the sources table changed or were removed`, [...report.changed, ...report.removed].map(label));

    if (report.added.length || report.removed.length || report.changed.length || report.unreadable.length || report.rows.old !== report.rows.new) reports.push(report);
  }
  const formatProblems = B.problems.filter((p) => FORMAT.test(p.code));
  return shown({
    base: base.label,
    head: head.label,
    tables: reports,
    totals: totalsEffect(A.data, B.data),
    flags,
    formatProblems,
    changed: reports.some((r) => !r.compared || r.added.length || r.removed.length || r.changed.length || r.unreadable.length),
  });
}

/**
 * The report as it may be printed (a pull-request comment is public): every text in it with
 * personal numbers masked (138****5678) and control and invisible characters shown as <U+000B>.
 * A change inside a number is still listed, masked on both sides.
 */
function shown<T>(x: T): T {
  if (typeof x === 'string') return displaySafe(x, 'keep') as T;
  if (Array.isArray(x)) return x.map(shown) as T;
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, shown(v)])) as T;
  return x;
}
