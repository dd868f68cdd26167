/**
 * The validated data package the pages are built from, as it may be published (withheld names
 * gone, names masked when the site masks them), loaded once per build. The data folder is
 * `data/` unless LEDGER_DATA_DIR names another (npm run build -- --data DIR sets it). When
 * LEDGER_SHARD lists county codes (npm run build -- --shard 530721,530722), the pages see only
 * those counties and everything in them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDataset } from '../io/read-data-dir.ts';
import { latestRelease, type Release } from '../lib/changelog.ts';
import type { Dataset } from '../schemas/index.ts';
import { parseShard, shardData } from '../lib/scale/shard.ts';
import { publishable } from '../lib/publish/cells.ts';
import { defaultPublishOptions } from '../io/frozen-releases.ts';

export interface SiteData {
  dir: string;
  /** The dataset as published: withheld names replaced, real names masked when the site masks them (src/lib/publish/cells.ts). */
  data: Dataset;
  version: string;
  release: Release;
  /** The county codes of this shard, or null for a whole build. */
  shard: string[] | null;
}

let cached: SiteData | undefined;

export function dataDir(): string {
  return resolve(process.env.LEDGER_DATA_DIR ?? 'data');
}

export function getDataset(): SiteData {
  if (cached) return cached;
  const dir = dataDir();
  const { data, problems } = readDataset(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`${errors.length} data error(s) in ${dir}; run npm run validate`);
  const release = latestRelease(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'));
  const shard = process.env.LEDGER_SHARD ? parseShard(process.env.LEDGER_SHARD) : null;
  // the pages never see what may not be published: withheld names are gone and, with
  // LEDGER_MASK_NAMES=1, real names masked, before anything renders, counts or indexes them
  const published = publishable(shard ? shardData(data, shard) : data, defaultPublishOptions());
  cached = { dir, data: published, version: release.version, release, shard };
  return cached;
}
