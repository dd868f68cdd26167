/**
 * Runs one of the project's scripts (`node scripts/… args`) from the project root, one build at a
 * time across test files (withBuildLock), and throws with the end of its output when it fails.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { resolve } from 'node:path';
import { withBuildLock } from './build-lock.ts';

const root = resolve(import.meta.dirname, '../..');

export function runNode(args: string[]): SpawnSyncReturns<string> {
  const r = withBuildLock(() => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }));
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`);
  return r;
}
