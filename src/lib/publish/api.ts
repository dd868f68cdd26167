/**
 * The static JSON API: /api/index.json (every township and village with summary figures and
 * the URLs of its pages and files), /api/villages/<code>.json and /api/townships/<code>.json.
 * Rows keep the CSV's field names and the table JSON's values; summary figures are derived
 * (money in yuan as JSON numbers, counts as integers). URLs are site-absolute paths that
 * include the site's base path.
 */
import type { Dataset, Township, Village } from '../../schemas/index.ts';
import { cellRows, jsonRow } from './cells.ts';
import { citedSources, tableCells, tablesJson, villageRows, type TableRows } from './village-files.ts';
import { tables, tableNames } from '../../schemas/index.ts';

const yuan = (fen: number) => fen / 100;

export interface Summary {
  /** Newest year with an income total, and that total in yuan (null when there is none). */
  income_year: number | null;
  income_total_yuan: number | null;
  /** Red-credit loans: how many and their amount in yuan. */
  loans: number;
  loan_amount_yuan: number;
  /** Dividend distributions: how many and their pools in yuan. */
  dividends: number;
  dividend_pool_yuan: number;
  /** Whether any of these figures comes from synthetic demonstration rows. */
  synthetic: boolean;
}

export interface Urls {
  page: string;
  page_en: string;
  api: string;
  data_csv?: string;
  data_json?: string;
}

function summarise(data: Dataset, villageCodes: Set<string>, dividends: Dataset['dividends']): Summary {
  const syn = new Set(data.sources.filter((s) => s.kind === 'synthetic').map((s) => s.id));
  const totals = data.income_totals.filter((t) => villageCodes.has(t.village_code));
  const year = totals.reduce<number | null>((y, t) => (y === null || t.year > y ? t.year : y), null);
  const ofYear = totals.filter((t) => t.year === year);
  const loans = data.credit_loans.filter((l) => villageCodes.has(l.village_code));
  return {
    income_year: year,
    income_total_yuan: year === null ? null : yuan(ofYear.reduce((a, t) => a + t.total_yuan, 0)),
    loans: loans.length,
    loan_amount_yuan: yuan(loans.reduce((a, l) => a + l.amount_yuan, 0)),
    dividends: dividends.length,
    dividend_pool_yuan: yuan(dividends.reduce((a, d) => a + d.pool_yuan, 0)),
    synthetic: [...ofYear, ...loans, ...dividends].some((r) => syn.has(r.source_id)),
  };
}

export function villageUrls(base: string, code: string): Urls {
  return {
    page: `${base}villages/${code}/`,
    page_en: `${base}en/villages/${code}/`,
    api: `${base}api/villages/${code}.json`,
    data_csv: `${base}villages/${code}/data.csv`,
    data_json: `${base}villages/${code}/data.json`,
  };
}

export function townshipUrls(base: string, code: string): Urls {
  return { page: `${base}townships/${code}/`, page_en: `${base}en/townships/${code}/`, api: `${base}api/townships/${code}.json` };
}

const row = <K extends keyof typeof tables>(name: K, r: unknown) => jsonRow(tables[name], cellRows(tables[name], [r])[0]!);

export function villageEntry(data: Dataset, v: Village, base: string) {
  return { ...row('villages', v), summary: summarise(data, new Set([v.code]), data.dividends.filter((d) => d.village_code === v.code)), urls: villageUrls(base, v.code) };
}

export function townshipEntry(data: Dataset, t: Township, base: string) {
  const codes = new Set(data.villages.filter((v) => v.township_code === t.code).map((v) => v.code));
  return { ...row('townships', t), summary: summarise(data, codes, data.dividends.filter((d) => d.township_code === t.code)), urls: townshipUrls(base, t.code) };
}

export interface Stamp {
  version: string;
  date: string;
}

export function apiIndex(data: Dataset, stamp: Stamp, base: string) {
  return {
    ...stamp,
    data: `${base}data/`,
    latest: `${base}data/latest/`,
    permanent: `${base}data/v${stamp.version}/`,
    county: data.counties.map((c) => row('counties', c))[0] ?? null,
    townships: data.townships.map((t) => townshipEntry(data, t, base)),
    villages: data.villages.map((v) => villageEntry(data, v, base)),
  };
}

export function apiVillage(data: Dataset, code: string, stamp: Stamp, base: string) {
  const v = data.villages.find((x) => x.code === code);
  if (!v) throw new Error(`no village ${code}`);
  const { summary, urls, ...village } = villageEntry(data, v, base);
  return { ...stamp, village, summary, urls, tables: tablesJson(tableCells(villageRows(data, code))) };
}

/** A township's own rows: itself, its facts, and the dividends paid in it (with their shares and sources). */
export function townshipRows(data: Dataset, code: string): TableRows {
  const rows = Object.fromEntries(tableNames.map((n) => [n, []])) as unknown as TableRows;
  rows.townships = data.townships.filter((t) => t.code === code);
  rows.county_facts = data.county_facts.filter((f) => f.scope_code === code);
  rows.dividends = data.dividends.filter((d) => d.township_code === code);
  const ids = new Set(rows.dividends.map((d) => d.distribution_id));
  rows.dividend_shares = data.dividend_shares.filter((s) => ids.has(s.distribution_id));
  rows.sources = citedSources(data, rows);
  return rows;
}

export function apiTownship(data: Dataset, code: string, stamp: Stamp, base: string) {
  const t = data.townships.find((x) => x.code === code);
  if (!t) throw new Error(`no township ${code}`);
  const { summary, urls, ...township } = townshipEntry(data, t, base);
  const villages = data.villages.filter((v) => v.township_code === code).map((v) => villageEntry(data, v, base));
  const all = tablesJson(tableCells(townshipRows(data, code)));
  const tablesOut = Object.fromEntries(Object.entries(all).filter(([, rs]) => rs.length > 0));
  return { ...stamp, township, summary, urls, villages, tables: tablesOut };
}
