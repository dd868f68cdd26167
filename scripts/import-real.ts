/**
 * npm run import:real [-- SHARED_DIR]
 * Writes the real rows into data/: sources, counties, townships, villages, county_facts, and the
 * real rows of credit_loans and dividends. Rows of other sources already in those files (the
 * demonstration rows, SYN) are kept as they are.
 * Load (../shared/geo) → Process (src/lib/real) → Save (data/*.csv).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tables, type TableName } from '../src/schemas/index.ts';
import { mergeCsv } from '../src/lib/data-files.ts';
import { realRows, GEO, S1, SYN } from '../src/lib/real/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? process.env.SHARED_DIR ?? join(root, '..', 'shared'));
const dataDir = join(root, 'data');
const geoDir = join(shared, 'geo');
const absent = ['yulong_townships.csv', 'yulong_villages.csv'].filter((f) => !existsSync(join(geoDir, f)));
if (absent.length) {
  for (const f of absent) console.error(`import-real: ${join(geoDir, f)} not found (set SHARED_DIR or pass the shared folder as an argument)`);
  process.exitCode = 1;
} else importReal();

function importReal() {
  const rows = realRows({
    townships: readFileSync(join(geoDir, 'yulong_townships.csv'), 'utf8'),
    villages: readFileSync(join(geoDir, 'yulong_villages.csv'), 'utf8'),
  });

  /** Which existing rows of each file this script owns (and so rewrites). */
  const owners: { [K in keyof typeof rows]: (row: (typeof rows)[K][number]) => boolean } = {
    sources: (r) => [S1, GEO, SYN].includes(r.id),
    counties: (r) => r.source_id === GEO,
    townships: (r) => r.source_id === GEO,
    villages: (r) => r.source_id === GEO,
    county_facts: (r) => r.source_id === S1,
    credit_loans: (r) => r.source_id === S1,
    dividends: (r) => r.source_id === S1,
  };

  mkdirSync(dataDir, { recursive: true });
  for (const name of Object.keys(rows) as (keyof typeof rows)[]) {
    const table = tables[name as TableName];
    const file = join(dataDir, `${table.name}.csv`);
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : null;
    const text = mergeCsv(table as any, existing, rows[name] as any, owners[name] as any);
    writeFileSync(file, text);
    console.log(`data/${table.name}.csv: ${rows[name].length} real rows`);
  }
}
