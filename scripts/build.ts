/**
 * npm run build -- [--data DIR] [--out DIR] [--shard 530721,530722]
 * Validates the data package, builds the site into dist/ with Astro, then checks the output
 * for personal numbers. Stops at the first stage that fails. The data folder can also be
 * given as LEDGER_DATA_DIR. --out builds into another folder than dist/ (tests use it).
 * --shard (or LEDGER_SHARD) builds only those counties' pages: a complete static output with
 * its own search index, to be served side by side with other shards (scripts/assemble-shards.ts).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { parseShard } from '../src/lib/scale/shard.ts';
import { SHARD_INFO } from '../src/lib/scale/assemble.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, shard: { type: 'string' } } });
const dataDir = resolve(values.data ?? process.env.LEDGER_DATA_DIR ?? 'data');
const outDir = resolve(values.out ?? 'dist');
const shard = values.shard ?? process.env.LEDGER_SHARD;
const env = { ...process.env, LEDGER_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1', ...(shard ? { LEDGER_SHARD: shard } : {}) };

function step(label: string, command: string, args: string[]) {
  console.error(`\n▶ ${label}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed / 失败`);
    process.exit(r.status ?? 1);
  }
}

step('validate data / 检查数据', process.execPath, ['scripts/validate.ts', dataDir]);
step('build site / 生成网站', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(values.out ? ['--outDir', outDir] : [])]);
// a shard says which counties it holds, for scripts/assemble-shards.ts
if (shard) writeFileSync(join(outDir, SHARD_INFO), `${JSON.stringify({ counties: parseShard(shard) })}\n`);
