/**
 * The demonstration dataset: pure functions of the real villages and a seed. Every row carries
 * source_id SYN. The same villages and seed always give the same rows, in primary-key order.
 */
import type { Dataset, Village } from '../../schemas/index.ts';
import { tables } from '../../schemas/index.ts';
import { sortRows } from '../data-files.ts';
import { generateIncome } from './income.ts';
import { demoPersonIds, generateLoans } from './loans.ts';
import { REAL_PERSON_IDS } from '../real/records.ts';
import { generateDividends } from './dividends.ts';
import { generateDutyPosts } from './duty-posts.ts';

export { DEFAULT_SEED, SYN } from '../real/records.ts';

/** The files the generator writes (their SYN rows only). */
export const DEMO_TABLES = [
  'income_totals',
  'collective_income',
  'credit_loans',
  'credit_followups',
  'dividends',
  'dividend_shares',
  'shareholdings',
  'duty_posts',
] as const;
export type DemoTable = (typeof DEMO_TABLES)[number];
export type DemoRows = Pick<Dataset, DemoTable>;

/** `takenIds`: person ids of real people (rows the generator does not own), never handed to a placeholder. */
export function generateDemo(villages: readonly Village[], seed: number, takenIds: Iterable<string> = REAL_PERSON_IDS): DemoRows {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, not ${seed}`);
  const income = generateIncome(villages, seed);
  // one allocator for everyone the demonstration names: loan recipients first, then post holders
  const ids = demoPersonIds(seed, takenIds);
  const loans = generateLoans(villages, seed, ids);
  const dividends = generateDividends(villages, seed);
  return {
    income_totals: sortRows(tables.income_totals, income.totals),
    collective_income: sortRows(tables.collective_income, income.byType),
    credit_loans: sortRows(tables.credit_loans, loans.loans),
    credit_followups: sortRows(tables.credit_followups, loans.followups),
    dividends: sortRows(tables.dividends, dividends.dividends),
    dividend_shares: sortRows(tables.dividend_shares, dividends.shares),
    shareholdings: sortRows(tables.shareholdings, dividends.shareholdings),
    duty_posts: sortRows(tables.duty_posts, generateDutyPosts(villages, seed, ids)),
  };
}
