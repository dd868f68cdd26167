/**
 * Every table of the data package, in the order a loader should read them (referenced tables
 * before the tables that point at them).
 */
import { sources } from './sources.ts';
import { counties } from './counties.ts';
import { townships } from './townships.ts';
import { villages } from './villages.ts';
import { countyFacts } from './county-facts.ts';
import { incomeTotals } from './income-totals.ts';
import { collectiveIncome } from './collective-income.ts';
import { creditLoans } from './credit-loans.ts';
import { creditFollowups } from './credit-followups.ts';
import { dividends } from './dividends.ts';
import { dividendShares } from './dividend-shares.ts';
import { shareholdings } from './shareholdings.ts';
import { dutyPosts } from './duty-posts.ts';
import type { RowOf } from './table.ts';

export const tables = {
  sources,
  counties,
  townships,
  villages,
  county_facts: countyFacts,
  income_totals: incomeTotals,
  collective_income: collectiveIncome,
  credit_loans: creditLoans,
  credit_followups: creditFollowups,
  dividends,
  dividend_shares: dividendShares,
  shareholdings,
  duty_posts: dutyPosts,
} as const;

export type Tables = typeof tables;
export type TableName = keyof Tables;
export const tableNames = Object.keys(tables) as TableName[];

/** Typed rows of every table: what the loader returns and the pages read. */
export type Dataset = { [K in TableName]: RowOf<Tables[K]>[] };

export type Source = RowOf<typeof sources>;
export type County = RowOf<typeof counties>;
export type Township = RowOf<typeof townships>;
export type Village = RowOf<typeof villages>;
export type CountyFact = RowOf<typeof countyFacts>;
export type IncomeTotal = RowOf<typeof incomeTotals>;
export type CollectiveIncome = RowOf<typeof collectiveIncome>;
export type CreditLoan = RowOf<typeof creditLoans>;
export type CreditFollowup = RowOf<typeof creditFollowups>;
export type Dividend = RowOf<typeof dividends>;
export type DividendShare = RowOf<typeof dividendShares>;
export type Shareholding = RowOf<typeof shareholdings>;
export type DutyPost = RowOf<typeof dutyPosts>;

export { sources, counties, townships, villages, countyFacts, incomeTotals, collectiveIncome, creditLoans, creditFollowups, dividends, dividendShares, shareholdings, dutyPosts };
