/**
 * Two builds of the same commit give byte-identical output: every file, every byte. (In the
 * browser suite because it builds the site twice.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { withBuildLock } from '../support/build-lock.ts';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'ledger-determinism-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function build(out: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)));
  const r = withBuildLock(() => spawnSync(process.execPath, ['scripts/build.ts', '--out', out], { encoding: 'utf8', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } }));
  expect(r.status, r.stderr).toBe(0);
}

describe('the build is deterministic', () => {
  it('two builds give byte-identical output', () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    build(a);
    build(b);
    const fa = files(a).map((f) => relative(a, f)).sort();
    const fb = files(b).map((f) => relative(b, f)).sort();
    expect(fb).toEqual(fa);
    expect(fa.length).toBeGreaterThan(100);
    const differ = fa.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
    expect(differ).toEqual([]);
  }, 600_000);
});
