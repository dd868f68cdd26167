/**
 * One site build at a time across test files. Astro builds of the same project share folders
 * (the prerender bundle under the project root), so two builds running in parallel workers can
 * mix their outputs; every test that builds the site wraps the build in `withBuildLock`.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = join(tmpdir(), `ledger-build-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}.lock`);
const STALE_MS = 15 * 60_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function withBuildLock<T>(fn: () => T): T {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
