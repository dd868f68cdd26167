/**
 * One shard of a build: the data package cut down to a list of counties, every row that belongs
 * to them and nothing else. A shard's pages, downloads and search index are made from this, so
 * shards built separately can be served side by side (village and township codes are unique
 * nationwide, so their URLs never collide). Pure.
 */
import type { Dataset } from '../../schemas/index.ts';

/** Parses `530721,530722` (spaces and empty items ignored); every code must be 6 digits. */
export function parseShard(text: string): string[] {
  const codes = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (codes.length === 0) throw new Error('--shard needs at least one county code');
  for (const c of codes) if (!/^\d{6}$/.test(c)) throw new Error(`--shard: ${c} is not a 6-digit county code`);
  return [...new Set(codes)].sort();
}

export function shardData(data: Dataset, counties: readonly string[]): Dataset {
  const known = new Set(data.counties.map((c) => c.code));
  const missing = counties.filter((c) => !known.has(c));
  if (missing.length) throw new Error(`--shard: ${missing.join(', ')} not in counties.csv`);
  const inShard = new Set(counties);
  const townships = data.townships.filter((t) => inShard.has(t.county_code));
  const townshipCodes = new Set(townships.map((t) => t.code));
  const villages = data.villages.filter((v) => townshipCodes.has(v.township_code));
  const villageCodes = new Set(villages.map((v) => v.code));
  const loans = data.credit_loans.filter((l) => villageCodes.has(l.village_code));
  const loanIds = new Set(loans.map((l) => l.loan_id));
  const dividends = data.dividends.filter((d) => (d.village_code ? villageCodes.has(d.village_code) : townshipCodes.has(d.township_code)));
  const dividendIds = new Set(dividends.map((d) => d.distribution_id));
  return {
    sources: data.sources,
    counties: data.counties.filter((c) => inShard.has(c.code)),
    townships,
    villages,
    county_facts: data.county_facts.filter((f) => inShard.has(f.scope_code.slice(0, 6))),
    income_totals: data.income_totals.filter((r) => villageCodes.has(r.village_code)),
    collective_income: data.collective_income.filter((r) => villageCodes.has(r.village_code)),
    credit_loans: loans,
    credit_followups: data.credit_followups.filter((f) => loanIds.has(f.loan_id)),
    dividends,
    dividend_shares: data.dividend_shares.filter((s) => dividendIds.has(s.distribution_id)),
    shareholdings: data.shareholdings.filter((r) => villageCodes.has(r.village_code)),
    duty_posts: data.duty_posts.filter((r) => villageCodes.has(r.village_code)),
  };
}
