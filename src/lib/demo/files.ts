/**
 * The demonstration rows merged into the data files' texts: SYN rows are replaced, every other
 * row of the same file is kept as it is. Pure (texts in, texts out), so the script and the drift
 * test share it.
 */
import { tables } from '../../schemas/index.ts';
import type { Village } from '../../schemas/index.ts';
import { bySource, mergeCsv, parseRows } from '../data-files.ts';
import { REAL_PERSON_IDS } from '../real/records.ts';
import { DEMO_TABLES, generateDemo, SYN, type DemoTable } from './index.ts';

export function demoFiles(
  villages: readonly Village[],
  seed: number,
  existing: (table: DemoTable) => string | null,
): Record<DemoTable, string> {
  // the people of rows the generator does not own keep their ids to themselves
  const taken = new Set(REAL_PERSON_IDS);
  for (const name of ['credit_loans', 'duty_posts'] as const) {
    const text = existing(name);
    if (text) for (const r of parseRows(tables[name], text).rows) if (r.source_id !== SYN) taken.add(r.person_id);
  }
  const rows = generateDemo(villages, seed, taken);
  const out = {} as Record<DemoTable, string>;
  for (const name of DEMO_TABLES)
    out[name] = mergeCsv(tables[name] as any, existing(name), rows[name] as any, bySource(SYN));
  return out;
}
