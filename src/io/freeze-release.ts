/**
 * Freezes a release: copies the data package as it stands (`data/*.csv` and
 * `data/datapackage.json`) into `releases/v{version}/`, the bytes published for ever under
 * /data/v{version}/. A frozen release is never written again: the function refuses to touch an
 * existing folder.
 *
 * Minimal version written with `npm run release`; the open-data publishing code may replace it
 * with a fuller one (checksums, zip) keeping this signature.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function releaseDir(repoRoot: string, version: string): string {
  return join(repoRoot, 'releases', `v${version}`);
}

export function freezeRelease(repoRoot: string, version: string): string {
  const target = releaseDir(repoRoot, version);
  if (existsSync(target))
    throw new Error(`${target} 已存在:已发布的版本不能改写 / already exists: a released version is never rewritten`);
  const data = join(repoRoot, 'data');
  const files = readdirSync(data).filter((n) => n.endsWith('.csv') || n === 'datapackage.json').sort();
  if (!files.includes('datapackage.json')) throw new Error(`${data}/datapackage.json 不存在 / is missing: run npm run datapackage`);
  // Copy into a temporary sibling and rename, so a failed copy never leaves half a release.
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (const f of files) copyFileSync(join(data, f), join(partial, f));
  renameSync(partial, target);
  return target;
}
