/**
 * The demonstration rows merged into the data files' texts: SYN rows are replaced, every other
 * row of the same file is kept as it is. Pure (texts in, texts out), so the script and the drift
 * test share it.
 */
import { tables } from '../../schemas/index.ts';
import type { Village } from '../../schemas/index.ts';
import { bySource, mergeCsv } from '../data-files.ts';
import { DEMO_TABLES, generateDemo, SYN, type DemoTable } from './index.ts';

export function demoFiles(
  villages: readonly Village[],
  seed: number,
  existing: (table: DemoTable) => string | null,
): Record<DemoTable, string> {
  const rows = generateDemo(villages, seed);
  const out = {} as Record<DemoTable, string>;
  for (const name of DEMO_TABLES)
    out[name] = mergeCsv(tables[name] as any, existing(name), rows[name] as any, bySource(SYN));
  return out;
}
