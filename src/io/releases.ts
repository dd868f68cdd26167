/**
 * Released versions are kept as frozen files in the repository: `releases/v<version>/` holds
 * exactly the bytes published at `/data/v<version>/`, so a fresh clone builds every version, and
 * a version never changes after its release (tests/opendata-releases.test.ts guards this).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDataset } from './read-data-dir.ts';
import { formatProblem } from '../schemas/problem.ts';
import { parseChangelog, type Release } from '../lib/changelog.ts';
import { citationCff } from '../lib/publish/citation.ts';
import { publishRelease } from '../lib/publish/release-files.ts';
import type { PublishOptions } from '../lib/publish/cells.ts';

/** The site's setting LEDGER_MASK_NAMES=1 masks names (李*龙) in what is frozen, as on the pages. */
export const defaultPublishOptions = (): PublishOptions => ({ maskNames: process.env.LEDGER_MASK_NAMES === '1' || process.env.LEDGER_MASK_NAMES === 'true' });

export const RELEASES = 'releases';

export interface FrozenRelease {
  version: string;
  dir: string;
}

const VERSION = /^\d+\.\d+\.\d+$/;

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

export interface FreezeResult {
  version: string;
  date: string;
  dir: string;
  files: string[];
}

/**
 * Writes `releases/v<version>/` from the current `data/`: the version and its date come from the
 * heading of `data/CHANGELOG.md`, which must be the newest (data/ holds the newest version).
 * Refuses when that version is already frozen or the data has errors. Also rewrites
 * `CITATION.cff` for the new version. `version` defaults to the changelog's newest; names are
 * masked when the site masks them (LEDGER_MASK_NAMES).
 */
export async function freezeRelease(repoRoot: string, version?: string, options: PublishOptions = defaultPublishOptions()): Promise<FreezeResult> {
  const dataDir = join(repoRoot, 'data');
  const releases = parseChangelog(readFileSync(join(dataDir, 'CHANGELOG.md'), 'utf8'));
  const newest = releases[0];
  if (!newest) throw new Error('data/CHANGELOG.md has no release heading such as "## 1.0.0 — 2026-11-26"');
  const v = version ?? newest.version;
  if (!VERSION.test(v)) throw new Error(`"${v}" is not a version such as 1.2.0`);
  const release: Release | undefined = releases.find((r) => r.version === v);
  if (!release) throw new Error(`version ${v} has no heading in data/CHANGELOG.md (add "## ${v} — YYYY-MM-DD" first)`);
  if (release !== newest) throw new Error(`version ${v} is not the newest in data/CHANGELOG.md (${newest.version}); data/ holds the newest version`);
  const root = join(repoRoot, RELEASES);
  const target = join(root, `v${v}`);
  if (existsSync(target)) throw new Error(`${target} already exists: a released version never changes (版本 ${v} 已发布,不能覆盖)`);
  const { data, problems } = readDataset(dataDir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`${errors.length} data error(s) in data/, the first: ${formatProblem(errors[0]!)} (run npm run validate)`);

  const files = await publishRelease(data, release, options);
  const tmp = join(root, `.v${v}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(tmp, name), bytes);
  renameSync(tmp, target);
  writeFileSync(join(repoRoot, 'CITATION.cff'), citationCff(release));
  return { version: v, date: release.date, dir: target, files: [...files.keys()] };
}
