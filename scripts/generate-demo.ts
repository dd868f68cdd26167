/**
 * npm run generate:demo [-- --seed N]
 * Rewrites the demonstration (SYN) rows of data/: income, loans and follow-ups, dividends and
 * their shares, shareholdings, duty posts. Rows from other sources in those files are kept.
 * Load (data/villages.csv, or ../shared/geo when data/ has none yet) → Process
 * (src/lib/demo) → Save (data/*.csv).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tables, type Village } from '../src/schemas/index.ts';
import { readRows } from '../src/lib/data-files.ts';
import { geoRows } from '../src/lib/real/index.ts';
import { demoFiles } from '../src/lib/demo/files.ts';
import { DEFAULT_SEED, DEMO_TABLES } from '../src/lib/demo/index.ts';

const { values } = parseArgs({ options: { seed: { type: 'string' } } });
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isSafeInteger(seed)) {
  console.error(`generate-demo: --seed must be an integer, not ${values.seed}`);
  process.exitCode = 1;
} else generate();

function generate() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dataDir = join(root, 'data');
  const villagesFile = join(dataDir, 'villages.csv');

  let villages: Village[];
  if (existsSync(villagesFile)) villages = readRows(tables.villages, readFileSync(villagesFile, 'utf8'), 'data/villages.csv');
  else {
    const geo = join(resolve(process.env.SHARED_DIR ?? join(root, '..', 'shared')), 'geo');
    villages = geoRows({
      townships: readFileSync(join(geo, 'yulong_townships.csv'), 'utf8'),
      villages: readFileSync(join(geo, 'yulong_villages.csv'), 'utf8'),
    }).villages;
  }

  mkdirSync(dataDir, { recursive: true });
  const fileOf = (name: string) => join(dataDir, `${name}.csv`);
  const files = demoFiles(villages, seed, (name) => (existsSync(fileOf(name)) ? readFileSync(fileOf(name), 'utf8') : null));
  for (const name of DEMO_TABLES) {
    writeFileSync(fileOf(name), files[name]);
    console.log(`data/${name}.csv: ${files[name].split('\n').length - 2} rows`);
  }
  console.log(`seed ${seed}`);
}
