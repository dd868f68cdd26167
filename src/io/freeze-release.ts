/**
 * Freezes a release: writes `releases/v{version}/`, exactly the files published for ever under
 * /data/v{version}/ (datapackage.json with bytes and hash, every table as CSV and JSON, the
 * workbook, the zip, README, licence, SHA256SUMS), made from the current `data/`; and rewrites
 * CITATION.cff for that version. The version and its date are the newest heading of
 * data/CHANGELOG.md, which `version` must name (data/ holds the newest version). A frozen
 * release is never written again: it refuses a version that was ever released (its folder, the
 * git history, the changelog: src/io/released-versions.ts), and data with errors.
 * Called by `npm run freeze-release` and `npm run release`.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangelog } from '../lib/changelog.ts';
import type { PublishOptions } from '../lib/publish/cells.ts';
import { citationCff } from '../lib/publish/citation.ts';
import { publishRelease } from '../lib/publish/release-files.ts';
import { formatProblem } from '../schemas/problem.ts';
import { defaultPublishOptions, RELEASES, VERSION } from './frozen-releases.ts';
import { siteAddress } from '../site/settings.ts';
import { readDataset } from './read-data-dir.ts';
import { releasedBefore } from './released-versions.ts';

export function releaseDir(repoRoot: string, version: string): string {
  return join(repoRoot, RELEASES, `v${version}`);
}

/** Returns the folder written. `version` defaults to the changelog's newest; names are masked when the site masks them (LEDGER_MASK_NAMES). */
export function freezeRelease(repoRoot: string, version?: string, options: PublishOptions = defaultPublishOptions()): string {
  const dataDir = join(repoRoot, 'data');
  const releases = parseChangelog(readFileSync(join(dataDir, 'CHANGELOG.md'), 'utf8'));
  const newest = releases[0];
  if (!newest) throw new Error('data/CHANGELOG.md has no release heading such as "## 1.0.0 — 2026-11-26"');
  const v = version ?? newest.version;
  if (!VERSION.test(v)) throw new Error(`"${v}" is not a version such as 1.2.0`);
  const release = releases.find((r) => r.version === v);
  if (!release) throw new Error(`version ${v} has no heading in data/CHANGELOG.md (add "## ${v} — YYYY-MM-DD" first)`);
  if (release !== newest) throw new Error(`version ${v} is not the newest in data/CHANGELOG.md (${newest.version}); data/ holds the newest version`);
  const target = releaseDir(repoRoot, v);
  const released = releasedBefore(repoRoot, v, releases, true);
  if (released) throw new Error(`${released.zh} / ${released.en}`);
  const { data, problems } = readDataset(dataDir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`${errors.length} data error(s) in data/, the first: ${formatProblem(errors[0]!)} (run npm run validate)`);

  const files = publishRelease(data, release, options);
  // Write into a temporary sibling and rename, so a failed write never leaves half a release.
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(partial, name), bytes);
  renameSync(partial, target);
  writeFileSync(join(repoRoot, 'CITATION.cff'), citationCff(release, options.siteRoot ?? siteAddress()));
  return target;
}
