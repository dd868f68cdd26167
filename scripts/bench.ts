/**
 * npm run bench -- --villages N [--data DIR] [--out DIR] [--no-browser]
 * Builds a site of N villages end to end (validate, pages in both languages, print sheets,
 * downloads, search index: `node scripts/build.ts`) and reports wall time, ms per village, peak
 * memory (the sum of VmRSS over the build's whole process tree, sampled every 200 ms), dist size,
 * search index size and the bytes a first search downloads (the search page in Chromium, cold
 * cache, counting every response under /pagefind*). N = 104 uses the repository's data/; other
 * N use the first N villages of Yunnan (generate:scale --province 53 --villages N), generated
 * once into a cache folder outside the repository. Writes bench-results/bench-N.json and .md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { descendants, parentOf, rssOf } from '../src/lib/bench/process-tree.ts';
import { benchMarkdown, type BenchResult } from '../src/lib/bench/report.ts';
import { stemOfName } from '../src/lib/scale/figures.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    villages: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    'build-args': { type: 'string' },
  },
});
const n = Number(values.villages);

async function main(): Promise<number> {
  if (!Number.isSafeInteger(n) || n < 1) {
    console.error('usage: npm run bench -- --villages N [--data DIR] [--out DIR] [--no-browser]');
    return 2;
  }
  // 1. the data
  let dataDir: string;
  let generateSeconds = 0;
  if (values.data) dataDir = resolve(values.data);
  else if (n === 104) dataDir = join(root, 'data');
  else {
    dataDir = join(process.env.LEDGER_BENCH_CACHE ?? join(tmpdir(), 'ledger-bench'), `data-53-${n}`);
    if (!existsSync(join(dataDir, 'datapackage.json'))) {
      const t = performance.now();
      const g = spawnSync(process.execPath, ['scripts/generate-scale.ts', '--province', '53', '--villages', String(n), '--out', dataDir], { cwd: root, stdio: 'inherit' });
      if (g.status !== 0) return g.status ?? 1;
      generateSeconds = (performance.now() - t) / 1000;
    }
  }
  const csvRows = (name: string) => readFileSync(join(dataDir, `${name}.csv`), 'utf8').trimEnd().split('\n').length - 1;
  const villages = csvRows('villages');
  if (villages !== n) console.error(`note: ${dataDir} has ${villages} villages (asked for ${n})`);

  // 2. the build, its process tree sampled every 200 ms
  const buildSource = readFileSync(join(root, 'scripts/build.ts'), 'utf8');
  const outDir = resolve(values.out ?? (/\bout:\s*\{/.test(buildSource) ? join(tmpdir(), 'ledger-bench', `dist-${n}`) : join(root, 'dist')));
  const args = ['scripts/build.ts', '--data', dataDir, ...(/\bout:\s*\{/.test(buildSource) ? ['--out', outDir] : []), ...(values['build-args']?.split(' ').filter(Boolean) ?? [])];
  console.error(`bench: node ${args.join(' ')}`);

  function sampleTree(pid: number): { rss: number; count: number } {
    const parents = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const ppid = parentOf(readFileSync(`/proc/${name}/stat`, 'utf8'));
        if (ppid !== null) parents.set(Number(name), ppid);
      } catch {} // the process ended meanwhile
    }
    let rss = 0;
    const tree = descendants(pid, parents);
    for (const p of tree)
      try {
        rss += rssOf(readFileSync(`/proc/${p}/status`, 'utf8'));
      } catch {}
    return { rss, count: tree.length };
  }

  // a build into an empty folder, as on CI: deleting the previous run's output is not building
  rmSync(outDir, { recursive: true, force: true });
  const stages: BenchResult['stages'] = [];
  const started = performance.now();
  // /usr/bin/time adds the CPU seconds of the whole tree (user + system): unlike wall time, they
  // do not depend on what else the machine is running
  const timeFile = join(tmpdir(), `ledger-bench-${n}.time`);
  const timed = existsSync('/usr/bin/time');
  const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  // the build appends the start of each stage to this file (LEDGER_BUILD_STAGES, scripts/build.ts)
  const stagesFile = join(tmpdir(), `ledger-bench-${n}-${process.pid}.stages`);
  rmSync(stagesFile, { force: true });
  const startedAt = Date.now();
  const readStages = () => {
    if (!existsSync(stagesFile)) return;
    const text = readFileSync(stagesFile, 'utf8');
    // whole lines only: the build may be appending one right now
    const lines = text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean);
    for (const line of lines.slice(stages.length)) {
      const { label, at } = JSON.parse(line) as { label: string; at: number };
      stages.push({ label, seconds: (at - startedAt) / 1000 });
    }
  };
  // a generated package is not the repository's data: the repository's frozen releases are not its history
  const buildEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    LEDGER_BUILD_STAGES: stagesFile,
    ...(dataDir === join(root, 'data') ? {} : { LEDGER_RELEASES_DIR: join(dataDir, 'releases') }),
  };
  const child = timed
    ? spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, ...args], { cwd: root, env: buildEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, args, { cwd: root, env: buildEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = { rss: 0, count: 0, seconds: 0 };
  const timer = setInterval(() => {
    readStages();
    const s = sampleTree(child.pid!);
    if (s.rss > peak.rss) peak = { ...s, seconds: (performance.now() - started) / 1000 };
    const stage = stages.at(-1);
    if (stage && s.rss > (stage.peakRssBytes ?? 0)) stage.peakRssBytes = s.rss;
  }, 200);
  // the build's output, kept as a log (the stages come from the stages file, not from parsing it)
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? 1)));
  clearInterval(timer);
  readStages();
  rmSync(stagesFile, { force: true });
  const log = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
  const wallSeconds = (performance.now() - started) / 1000;
  const loadAfter = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  const cpuSeconds = timed && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0) : null;
  writeFileSync(join(tmpdir(), `ledger-bench-${n}.log`), `${log.join('\n')}\n`);
  if (code !== 0) {
    console.error(log.slice(-40).join('\n'));
    console.error(`bench: the build failed (exit ${code}); log in ${join(tmpdir(), `ledger-bench-${n}.log`)}`);
    return code;
  }

  // 3. the output
  function walk(dir: string, visit: (path: string, size: number) => void) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p, visit);
      else visit(p, st.size);
    }
  }
  let distBytes = 0, distFiles = 0, htmlPages = 0, searchIndexBytes = 0, searchIndexFiles = 0;
  walk(outDir, (p, size) => {
    distBytes += size;
    distFiles++;
    if (p.endsWith('.html')) htmlPages++;
    if (/^pagefind/.test(relative(outDir, p))) {
      searchIndexBytes += size;
      searchIndexFiles++;
    }
  });

  // 4. the first search
  const villageRows = readFileSync(join(dataDir, 'villages.csv'), 'utf8').trimEnd().split('\n').slice(1);
  const query = stemOfName(villageRows[Math.floor(villageRows.length / 2)]!.split(',')[1]!);
  async function firstSearch(): Promise<BenchResult['firstSearch']> {
    if (values['no-browser']) return null;
    if (!existsSync(join(outDir, 'search', 'index.html')) || !existsSync('/usr/bin/chromium')) return estimate();
    const { serveStatic } = await import('../tests/support/static-server.ts');
    const { launchChromium } = await import('../tests/support/browser.ts');
    const server = await serveStatic(outDir);
    const browser = await launchChromium();
    try {
      const measure = async (url: string, type: boolean) => {
        const context = await browser.newContext(); // a cold cache
        const page = await context.newPage();
        const responses: { url: string; bytes: number; gzip: number }[] = [];
        page.on('response', async (r) => {
          try {
            const body = await r.body();
            responses.push({ url: r.url().replace(server.url, ''), bytes: body.length, gzip: gzipSync(body).length });
          } catch {}
        });
        await page.goto(url, { waitUntil: 'networkidle' });
        if (type && !responses.some((r) => r.url.startsWith('/pagefind'))) {
          const input = page.locator('input[type=search], input[name=q]').first();
          await input.fill(query);
          await input.press('Enter').catch(() => {});
          await page.waitForLoadState('networkidle');
        }
        await page.waitForTimeout(300);
        await context.close();
        return responses;
      };
      const before = await measure(`${server.url}/search/`, false);
      const after = await measure(`${server.url}/search/?q=${encodeURIComponent(query)}`, true);
      // the search's own downloads: Pagefind's files and the list of indexes to merge
      const search = after.filter((r) => r.url.startsWith('/pagefind') || r.url.startsWith('/shards.json'));
      return {
        method: 'chromium',
        query,
        pageBytes: before.reduce((s, r) => s + r.bytes, 0),
        searchBytes: search.reduce((s, r) => s + r.bytes, 0),
        searchBytesGzip: search.reduce((s, r) => s + Math.min(r.bytes, r.gzip), 0),
        requests: search.map(({ url, bytes }) => ({ url, bytes })),
        results: search.filter((r) => r.url.endsWith('.pf_fragment')).length,
      };
    } finally {
      await browser.close();
      await server.close();
    }
  }
  /** Without a search page: Pagefind's loader, wasm, entry, the zh meta, one index chunk and 5 fragments. */
  function estimate(): BenchResult['firstSearch'] {
    const dir = join(outDir, 'pagefind');
    if (!existsSync(dir)) return null;
    const size = (p: string) => statSync(p).size;
    const list = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((f) => join(dir, sub, f)) : []);
    const top = readdirSync(dir).map((f) => join(dir, f));
    const pick = (files: string[], re: RegExp) => files.filter((f) => re.test(f));
    const zh = (files: string[]) => pick(files, /zh/).length ? pick(files, /zh/) : files;
    const parts = [
      ...pick(top, /pagefind\.js$|pagefind-entry\.json$/),
      ...zh(pick(top, /wasm\..*pagefind$/)).slice(0, 1),
      ...zh(pick(top, /\.pf_meta$/)).slice(0, 1),
      ...zh(list('pagefind').length ? [] : pick(top, /\.pf_meta$/)).slice(0, 0),
      ...list('index').sort((a, b) => size(b) - size(a)).slice(0, 1),
    ];
    const fragments = list('fragment');
    const avg = fragments.length ? fragments.reduce((s, f) => s + size(f), 0) / fragments.length : 0;
    const requests = parts.map((p) => ({ url: `/${relative(outDir, p)}`, bytes: size(p) }));
    const bytes = requests.reduce((s, r) => s + r.bytes, 0) + Math.round(avg * 5);
    return { method: 'estimate', query, pageBytes: 0, searchBytes: bytes, searchBytesGzip: bytes, requests, results: null };
  }
  const fs = await firstSearch();

  // 5. the report
  const result: BenchResult = {
    villages,
    counties: csvRows('counties'),
    townships: csvRows('townships'),
    dataDir: dataDir.startsWith(root) ? relative(root, dataDir) : dataDir,
    generateSeconds,
    wallSeconds,
    cpuSeconds,
    load: { before: loadBefore, after: loadAfter },
    msPerVillage: (wallSeconds * 1000) / villages,
    stages,
    peakRssBytes: peak.rss,
    peakSeconds: peak.seconds,
    peakProcesses: peak.count,
    distBytes,
    distFiles,
    htmlPages,
    searchIndexBytes,
    searchIndexFiles,
    firstSearch: fs,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.version,
      os: `${platform()} ${release()}`,
      date: new Date().toISOString().slice(0, 10),
    },
  };
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `bench-${n}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const md = benchMarkdown(result);
  writeFileSync(join(dir, `bench-${n}.md`), md);
  console.log(md);
  return 0;
}

process.exitCode = await main();
