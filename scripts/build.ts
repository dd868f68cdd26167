/**
 * npm run build -- [--data DIR] [--out DIR]
 * Validates the data package, builds the site into dist/ with Astro, then checks the output
 * for personal numbers, and indexes it for search (scripts/index-search.ts: Pagefind →
 * OUT/pagefind/). Stops at the first stage that fails. The data folder can also be
 * given as LEDGER_DATA_DIR. --out builds into another folder than dist/ (tests use it).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
const dataDir = resolve(values.data ?? process.env.LEDGER_DATA_DIR ?? 'data');
const outDir = resolve(values.out ?? 'dist');
const env = { ...process.env, LEDGER_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' };

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
step('index search / 建立搜索索引', process.execPath, ['scripts/index-search.ts', '--site', outDir]);
