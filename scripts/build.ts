/**
 * npm run build -- [--data DIR] [--out DIR] [--shard 530721,530722]
 * Validates the data package, builds the site into dist/ with Astro, then checks the output
 * for personal numbers, and indexes it for search (scripts/index-search.ts: Pagefind →
 * OUT/pagefind/). Stops at the first stage that fails. The data folder can also be
 * given as LEDGER_DATA_DIR. --out builds into another folder than dist/ (tests use it).
 * --shard (or LEDGER_SHARD) builds only those counties' pages: a complete static output with
 * its own search index, to be served side by side with other shards (scripts/assemble-shards.ts).
 * --jobs N (or LEDGER_JOBS; default: 2 on a machine with 2 or more cores) runs N Astro builds
 * at once, each rendering every N-th village and township page (src/site/part.ts), and merges
 * them: the same bytes as one build, in less time. The whole-package downloads (zip, xlsx, ...)
 * are then made once, by scripts/make-downloads.ts beside the validation, and read by the parts.
 * LEDGER_BUILD_STAGES=FILE appends each stage's start to FILE as a JSON line (scripts/bench.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { dirname, join, relative, resolve } from 'node:path';
import { parseShard } from '../src/lib/scale/shard.ts';
import { SHARD_INFO } from '../src/lib/scale/assemble.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, shard: { type: 'string' }, jobs: { type: 'string' } } });
const dataDir = resolve(values.data ?? process.env.LEDGER_DATA_DIR ?? 'data');
const outDir = resolve(values.out ?? 'dist');
const shard = values.shard ?? process.env.LEDGER_SHARD;
const jobs = Number(values.jobs ?? process.env.LEDGER_JOBS ?? Math.min(2, availableParallelism()));
// a larger young generation: page rendering allocates many short-lived strings, and the default
// spends about a fifth of a province build in the garbage collector (3,000 villages: 20 s → 13 s)
const nodeOptions = [process.env.NODE_OPTIONS, '--max-semi-space-size=64'].filter(Boolean).join(' ');
const env = { ...process.env, LEDGER_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: nodeOptions, ...(shard ? { LEDGER_SHARD: shard } : {}) };
// The parts and the downloads process each hold the whole dataset (about 0.6 GB live at 14,888
// villages), but V8 lets a heap grow to two or three times what is live between full collections.
// Ceilings in proportion to the number of villages keep them near what they need: at 14,888
// villages a part peaks at 1.5 GB with 1 GB of old space and a 32 MB young generation, against
// 1.9 GB with 1.5 GB and 64 MB, in the same CPU time (docs/performance.md). The downloads
// process gets a 16 MB young generation (as fast, 200 MB smaller). A --max-old-space-size in
// NODE_OPTIONS wins.
const villagesFile = join(dataDir, 'villages.csv');
const villages = existsSync(villagesFile) ? readFileSync(villagesFile, 'utf8').split('\n').length - 2 : 0;
const perProvince = Math.max(1, villages / 15_000);
const withHeap = (oldSpaceMb: number, semiSpaceMb: number) =>
  /--max-old-space-size/.test(nodeOptions) ? env : { ...env, NODE_OPTIONS: `${nodeOptions} --max-old-space-size=${Math.ceil(oldSpaceMb * perProvince)} --max-semi-space-size=${semiSpaceMb}` };
const partEnv = withHeap(1024, 32);
const downloadsEnv = withHeap(1536, 16);

/** A stage that failed: its message is printed; the build ends with `code`. */
class Failed extends Error {
  code: number;
  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
  }
}

/**
 * The start of a stage, printed as `▶ label`; with LEDGER_BUILD_STAGES=FILE also appended to FILE
 * as a JSON line { label, at } (ms since the epoch), which the benchmark reads (scripts/bench.ts)
 * rather than parsing this process's output.
 */
function stage(label: string) {
  console.error(`\n▶ ${label}`);
  if (process.env.LEDGER_BUILD_STAGES) appendFileSync(process.env.LEDGER_BUILD_STAGES, `${JSON.stringify({ label, at: Date.now() })}\n`);
}

function step(label: string, command: string, args: string[]) {
  stage(label);
  const r = spawnSync(command, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed / 失败`);
    throw new Failed(r.status ?? 1);
  }
}

// Built in parts, the whole-package downloads (zip, xlsx, ...) are made once, by a process of their
// own that starts beside the validation, and every part reads them (src/site/opendata.ts).
const downloadsDir = resolve('.astro/downloads');
let downloads: ReturnType<typeof makeDownloads> | null = null;

/**
 * The build, stage after stage. A stage that fails throws Failed; the process then ends by itself
 * with its code once the output has drained (exiting at once would cut a piped log short).
 */
async function main() {
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`--jobs must be a positive integer, not ${values.jobs ?? process.env.LEDGER_JOBS}`);
    throw new Failed(2);
  }
  // a released version never changes: every releases/v{version}/ folder must match its SHA256SUMS
  step('verify released versions / 核对已发布的版本', process.execPath, ['scripts/verify-releases.ts', '--data', dataDir]);
  downloads = jobs === 1 ? null : makeDownloads();
  if (!downloads) stage('validate data / 检查数据');
  const validated = spawnSync(process.execPath, ['scripts/validate.ts', dataDir], { stdio: 'inherit', env });
  if (validated.status !== 0) {
    console.error('✗ validate data / 检查数据 failed / 失败');
    throw new Failed(validated.status ?? 1);
  }
  let discarded: Promise<void> = Promise.resolve();
  if (jobs === 1) step('build site / 生成网站', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(values.out ? ['--outDir', outDir] : [])]);
  else {
    ({ discarded } = await buildInParts(jobs));
    if ((await downloads!.done) !== 0) {
      console.error('✗ make downloads / 生成下载文件 failed / 失败');
      throw new Failed(1);
    }
    // /data/latest/'s files are the downloads process's, byte for byte (the parts list only the
    // frozen versions' files): moved in rather than written by every part
    const latestDir = join(outDir, 'data', 'latest');
    mkdirSync(latestDir, { recursive: true });
    for (const name of readdirSync(join(downloadsDir, 'latest'))) {
      if (existsSync(join(latestDir, name))) {
        console.error(`✗ data/latest/${name} written twice / 重复生成`);
        throw new Failed(1);
      }
      try {
        renameSync(join(downloadsDir, 'latest', name), join(latestDir, name));
      } catch {
        cpSync(join(downloadsDir, 'latest', name), join(latestDir, name)); // another file system
      }
    }
    rmSync(downloadsDir, { recursive: true, force: true });
  }
  await checkAndIndex();
  // no withheld name (nor, when names are masked, a real one) in any built file, search index included
  step('check output for withheld names / 检查输出中不公开的姓名', process.execPath, ['scripts/check-names.ts', '--site', outDir, '--data', dataDir]);
  // a shard says which counties it holds, for scripts/assemble-shards.ts
  if (shard) writeFileSync(join(outDir, SHARD_INFO), `${JSON.stringify({ counties: parseShard(shard) })}\n`);
  await discarded;
}

try {
  await main();
} catch (e) {
  if (!(e instanceof Failed)) throw e;
  process.exitCode = e.code;
} finally {
  // a build that stops early (a part failed) does not leave the downloads process running
  const child = (downloads as ReturnType<typeof makeDownloads> | null)?.child;
  if (child && child.exitCode === null && child.signalCode === null) child.kill();
}

/**
 * The previous output, moved aside at once (a rename) and deleted in the background while the
 * parts render: deleting a province's 168,000 files took 20 s in which nothing else ran. A build
 * stopped meanwhile leaves OUT.old-PID behind (git-ignored).
 */
function discard(dir: string): Promise<void> {
  if (!existsSync(dir)) return Promise.resolve();
  const trash = `${dir}.old-${process.pid}`;
  renameSync(dir, trash);
  return rm(trash, { recursive: true, force: true }).catch((e: Error) => console.error(`warning: could not delete ${trash}: ${e.message}`));
}

function makeDownloads() {
  stage('validate data / 检查数据, make downloads / 生成下载文件');
  const child = spawn(process.execPath, ['scripts/make-downloads.ts', '--out', downloadsDir], { stdio: 'inherit', env: downloadsEnv });
  const done = new Promise<number>((ok) => child.on('close', (code) => ok(code ?? 1)));
  return { child, done };
}

/**
 * The privacy check of the output and the search indexing read the same finished pages, so they
 * run side by side (Pagefind keeps one core busy, the check the other). The build fails if either
 * fails, and a failed check removes the index, so no search index of a page holding a personal
 * number is ever left behind.
 */
async function checkAndIndex() {
  const run = (label: string, script: string) =>
    new Promise<number>((done) => {
      stage(label);
      spawn(process.execPath, [script, '--site', outDir], { stdio: 'inherit', env }).on('close', (code) => done(code ?? 1));
    });
  const [checked, indexed] = await Promise.all([
    run('check output for personal numbers / 检查输出中的个人号码', 'scripts/check-output.ts'),
    run('index search / 建立搜索索引', 'scripts/index-search.ts'),
  ]);
  if (checked !== 0) {
    rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
    console.error('✗ check output failed / 失败: personal numbers in the built site; search index removed');
    throw new Failed(checked);
  }
  if (indexed !== 0) {
    console.error('✗ index search failed / 失败');
    throw new Failed(indexed);
  }
}

/**
 * N Astro builds at once, each into .astro/parts/i (inside the project: Astro keeps a build's
 * server chunks beside its output when that is inside the working directory, so parallel builds
 * do not share them), then merged into outDir.
 */
async function buildInParts(n: number): Promise<{ discarded: Promise<void> }> {
  stage(`build site / 生成网站 (${n} processes)`);
  const started = performance.now();
  const partsDir = resolve('.astro/parts');
  rmSync(partsDir, { recursive: true, force: true });
  // as `astro build` empties its output folder when it starts
  const discarded = discard(outDir);
  // Parts start one after another's content sync: Astro writes the content layer's files under
  // .astro/ by a fixed temporary name, so two syncs at once trip over each other.
  const codes: Promise<number>[] = [];
  let synced: Promise<void> = Promise.resolve();
  for (let i = 0; i < n; i++) {
    await synced;
    synced = new Promise<void>((ready) => {
      codes.push(
        new Promise<number>((done) => {
          const child = spawn(process.execPath, ['scripts/build-part.ts', '--out', join(partsDir, String(i))], {
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
            env: { ...partEnv, LEDGER_PART: `${i}/${n}`, LEDGER_DOWNLOADS_DIR: downloadsDir },
          });
          child.on('message', (m) => m === 'synced' && ready());
          child.on('close', (code) => {
            ready();
            done(code ?? 1);
          });
        }),
      );
    });
  }
  await synced;
  const results = await Promise.all(codes);
  if (results.some((c) => c !== 0)) {
    console.error('✗ build site failed / 失败');
    throw new Failed(results.find((c) => c !== 0) ?? 1);
  }
  console.error(`  ✓ ${n} parts built / 各部分已生成 (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  stage('merge parts / 合并各部分');
  mkdirSync(dirname(outDir), { recursive: true });
  const move = (from: string, to: string) => {
    try {
      renameSync(from, to);
    } catch {
      cpSync(from, to, { recursive: true }); // another file system
    }
  };
  move(join(partsDir, '0'), outDir);
  for (let i = 1; i < n; i++) {
    const part = join(partsDir, String(i));
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const from = join(dir, name);
        const to = join(outDir, relative(part, from));
        if (statSync(from).isDirectory()) {
          if (existsSync(to)) walk(from);
          else move(from, to);
        } else if (!existsSync(to)) move(from, to);
        else if (!readFileSync(from).equals(readFileSync(to))) {
          console.error(`✗ ${relative(part, from)} differs between the build's parts / 各部分构建结果不一致`);
          throw new Failed(1);
        }
      }
    };
    walk(part);
  }
  rmSync(partsDir, { recursive: true, force: true });
  return { discarded }; // an async function would wait for a promise it returns
}
