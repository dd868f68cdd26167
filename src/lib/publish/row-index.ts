/**
 * Each village's rows of every table, found in one pass over the dataset and kept for the
 * dataset's lifetime (a WeakMap), so the per-village and per-township files and API entries
 * cost the same for every village however many there are: at province scale (15,000 villages)
 * a search of every table per village would be billions of comparisons. Rows keep the order
 * they have in the dataset, so every file is the same as a search would give.
 */
import type { Dataset, TableName } from '../../schemas/index.ts';

type Rows = { [K in TableName]?: Dataset[K] };

export interface RowIndex {
  /** Rows of the village (its own row, facts scoped to it, income, loans and follow-ups, its dividends and their shares, shareholdings, posts). */
  village(code: string): Rows;
  /** The township's villages, in dataset order. */
  villagesOf(townshipCode: string): Dataset['villages'];
  /** Dividends whose township is this one, in dataset order. */
  dividendsOfTownship(townshipCode: string): Dataset['dividends'];
}

const cache = new WeakMap<Dataset, RowIndex>();

function push<T>(map: Map<string, T[]>, key: string, row: T) {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

export function rowIndex(data: Dataset): RowIndex {
  const hit = cache.get(data);
  if (hit) return hit;
  const byVillage = new Map<string, Rows>();
  const rowsOf = (code: string) => {
    let r = byVillage.get(code);
    if (!r) byVillage.set(code, (r = {}));
    return r;
  };
  const add = <K extends TableName>(code: string, table: K, row: Dataset[K][number]) => {
    const r = rowsOf(code);
    ((r[table] ??= [] as unknown as Dataset[K]) as Dataset[K][number][]).push(row);
  };
  for (const v of data.villages) add(v.code, 'villages', v);
  for (const f of data.county_facts) add(f.scope_code, 'county_facts', f);
  for (const r of data.income_totals) add(r.village_code, 'income_totals', r);
  for (const r of data.collective_income) add(r.village_code, 'collective_income', r);
  const villageOfLoan = new Map<string, string>();
  for (const l of data.credit_loans) {
    add(l.village_code, 'credit_loans', l);
    villageOfLoan.set(l.loan_id, l.village_code);
  }
  for (const f of data.credit_followups) {
    const v = villageOfLoan.get(f.loan_id);
    if (v) add(v, 'credit_followups', f);
  }
  const villageOfDividend = new Map<string, string>();
  const byTownshipDividends = new Map<string, Dataset['dividends']>();
  for (const d of data.dividends) {
    if (d.village_code) {
      add(d.village_code, 'dividends', d);
      villageOfDividend.set(d.distribution_id, d.village_code);
    }
    push(byTownshipDividends, d.township_code, d);
  }
  for (const s of data.dividend_shares) {
    const v = villageOfDividend.get(s.distribution_id);
    if (v) add(v, 'dividend_shares', s);
  }
  for (const r of data.shareholdings) add(r.village_code, 'shareholdings', r);
  for (const r of data.duty_posts) add(r.village_code, 'duty_posts', r);
  const byTownship = new Map<string, Dataset['villages']>();
  for (const v of data.villages) push(byTownship, v.township_code, v);
  const index: RowIndex = {
    village: (code) => byVillage.get(code) ?? {},
    villagesOf: (t) => byTownship.get(t) ?? [],
    dividendsOfTownship: (t) => byTownshipDividends.get(t) ?? [],
  };
  cache.set(data, index);
  return index;
}
