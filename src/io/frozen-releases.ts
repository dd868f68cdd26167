/**
 * Released versions are kept as frozen files in the repository: `releases/v<version>/` holds
 * exactly the bytes published at `/data/v<version>/`, so a fresh clone builds every version, and
 * a version never changes after its release (tests/opendata-releases.test.ts guards this).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PublishOptions } from '../lib/publish/cells.ts';

/** The site's setting LEDGER_MASK_NAMES=1 masks names (李*龙) in what is published, as on the pages. */
export const defaultPublishOptions = (): PublishOptions => ({ maskNames: process.env.LEDGER_MASK_NAMES === '1' || process.env.LEDGER_MASK_NAMES === 'true' });

export const RELEASES = 'releases';

export interface FrozenRelease {
  version: string;
  dir: string;
}

export const VERSION = /^\d+\.\d+\.\d+$/;

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** The releases folder: `<repo>/releases`, or LEDGER_RELEASES_DIR. */
export function releasesDir(repoRoot = '.'): string {
  return resolve(process.env.LEDGER_RELEASES_DIR ?? join(repoRoot, RELEASES));
}

/** Frozen versions, newest first. */
export function listReleases(dir: string): FrozenRelease[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.startsWith('v') && VERSION.test(n.slice(1)))
    .map((n) => ({ version: n.slice(1), dir: join(dir, n) }))
    .sort((a, b) => compareVersions(b.version, a.version));
}

/** A frozen version's files, by name, sorted. */
export function readReleaseFiles(dir: string): Map<string, Uint8Array> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((n) => [n, new Uint8Array(readFileSync(join(dir, n)))]),
  );
}
