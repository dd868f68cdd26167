/**
 * The scale features and the site: the county's output is the same bytes whether it is built in
 * one process or two (--jobs, src/site/part.ts) and whether or not it is built as a shard of its
 * one county (--shard); with several counties the home page becomes the region's overview and
 * each county gets /counties/{code}/, while village and township URLs stay as they are.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { withBuildLock } from './support/build-lock.ts';

const work = mkdtempSync(join(tmpdir(), 'ledger-scale-site-'));
// four builds' output: deleting it takes longer than the default 10 s on a busy machine
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

function build(args: string[]) {
  const r = withBuildLock(() => spawnSync(process.execPath, ['scripts/build.ts', ...args], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }));
  if (r.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${r.stderr.slice(-3000)}`);
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe('the county build', () => {
  test('is the same bytes in one process, in two, and as the shard of its one county', { timeout: 600_000 }, () => {
    build(['--out', join(work, 'one'), '--jobs', '1']);
    build(['--out', join(work, 'two'), '--jobs', '2', '--shard', '530721']);
    const one = files(join(work, 'one'));
    const two = files(join(work, 'two'));
    expect(two.get('shard.json')?.toString()).toBe('{"counties":["530721"]}\n');
    two.delete('shard.json');
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    const differ = [...one].filter(([k, v]) => !v.equals(two.get(k)!)).map(([k]) => k);
    expect(differ).toEqual([]);
    expect(one.has('villages/530721102211/index.html')).toBe(true);
    expect([...one.keys()].some((k) => k.startsWith('counties/'))).toBe(false);
  });
});

describe('a data package of several counties', () => {
  test('home page is the region overview; each county has its page; villages keep their URLs', { timeout: 600_000 }, () => {
    const data = join(work, 'data');
    const g = spawnSync(process.execPath, ['scripts/generate-scale.ts', '--counties', '530681,533324', '--out', data], { encoding: 'utf8' });
    expect(g.status, g.stderr).toBe(0);
    const out = join(work, 'region');
    build(['--data', data, '--out', out]);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('<h1>云南省村务公开账本</h1>');
    expect(home).toContain('href="/counties/530681/"');
    expect(home).toContain('href="/counties/533324/"');
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toContain('href="/en/counties/533324/"');
    const county = readFileSync(join(out, 'counties/533324/index.html'), 'utf8');
    expect(county).toContain('贡山独龙族怒族自治县');
    expect(county).toContain('href="/townships/533324101/"');
    expect(county).not.toContain('/townships/530681');
    expect(existsSync(join(out, 'en/counties/530681/index.html'))).toBe(true);
    expect(existsSync(join(out, 'villages/533324101001/index.html'))).toBe(true);
    // a township page names and links its own county
    const township = readFileSync(join(out, 'townships/530681001/index.html'), 'utf8');
    expect(township).toContain('href="/counties/530681/">水富市</a>');
  });
});
