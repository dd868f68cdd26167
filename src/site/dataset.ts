/**
 * The validated data package the pages are built from, loaded once per build. The data folder is
 * `data/` unless LEDGER_DATA_DIR names another (npm run build -- --data DIR sets it).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDataset } from '../io/read-data-dir.ts';
import { latestRelease, type Release } from '../lib/changelog.ts';
import type { Dataset } from '../schemas/index.ts';

export interface SiteData {
  dir: string;
  data: Dataset;
  version: string;
  release: Release;
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
  cached = { dir, data, version: release.version, release };
  return cached;
}
