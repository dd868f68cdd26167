/**
 * The names a build of `dataDir` must not publish (src/lib/check-persons.ts forbiddenNames), read
 * from the two tables that name people. Only the name and flag columns are read, so a table with
 * other problems still gives its names (the validator reports the problems); a loan whose flag is
 * not exactly `true` counts as withheld.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { forbiddenNames, type ForbiddenReason } from '../lib/check-persons.ts';

const rowsOf = (file: string): Record<string, string>[] =>
  existsSync(file) ? Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data : [];

export function forbiddenNamesIn(dataDir: string, options: { maskNames?: boolean } = {}): Map<string, ForbiddenReason> {
  const loans = rowsOf(join(dataDir, 'credit_loans.csv'))
    .filter((r) => r.recipient)
    .map((r) => ({ recipient: r.recipient!.trim(), recipient_public: r.recipient_public?.trim() === 'true' }));
  const holders = rowsOf(join(dataDir, 'duty_posts.csv')).map((r) => r.holder?.trim() ?? '').filter(Boolean);
  return forbiddenNames(loans, holders, options);
}
