/**
 * A released version never changes silently: before anything is built from `releases/v{version}/`, every
 * folder must hold exactly the files its SHA256SUMS lists, each with the listed digest. A changed
 * digit in a frozen CSV would otherwise be published beside checksums that no longer match.
 * `npm run build` runs this first (scripts/verify-releases.ts) and stops naming each file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compareSums, parseSha256sums } from '../lib/publish/hash.ts';
import { listReleases } from './frozen-releases.ts';

export const SUMS = 'SHA256SUMS';

/** One file of a frozen version that is not what its checksums say, said in both languages. */
export interface ReleaseDamage {
  /** The file, relative to the repository (releases/v1.0.0/credit_loans.csv). */
  file: string;
  zh: string;
  en: string;
}

const restore = (file: string) => ({
  zh: `已发布的版本永远不变:用 git checkout -- ${file} 恢复原样;要更正数据,改 data/ 并发布新版本(npm run release)`,
  en: `a released version never changes: restore it with git checkout -- ${file}; to correct the data, edit data/ and release a new version (npm run release)`,
});

/** What is wrong with one frozen folder (empty = intact). `label` names it in messages (releases/v1.0.0). */
export function releaseDamage(dir: string, label: string): ReleaseDamage[] {
  const at = (name: string) => `${label}/${name}`;
  const sumsPath = join(dir, SUMS);
  if (!existsSync(sumsPath))
    return [{ file: at(SUMS), zh: `缺少 ${SUMS}:无法核对这个已发布版本的文件`, en: `${SUMS} is missing: the files of this released version cannot be checked` }];
  let sums: Map<string, string>;
  try {
    sums = parseSha256sums(readFileSync(sumsPath, 'utf8'));
  } catch (e) {
    return [{ file: at(SUMS), zh: `${SUMS} 无法读取(${(e as Error).message})`, en: `${SUMS} cannot be read (${(e as Error).message})` }];
  }
  const files = new Map<string, Uint8Array>();
  const damage: ReleaseDamage[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (statSync(join(dir, name)).isDirectory())
      damage.push({ file: at(`${name}/`), zh: '已发布版本的文件夹中多出一个子文件夹', en: 'a folder inside a released version, which holds files only' });
    else files.set(name, new Uint8Array(readFileSync(join(dir, name))));
  }
  const m = compareSums(files, sums, SUMS);
  const hint = (name: string) => restore(at(name));
  for (const name of m.changed) {
    const h = hint(name);
    damage.push({ file: at(name), zh: `与 ${SUMS} 中的校验和不符:已发布的文件被改动过(提示:${h.zh})`, en: `does not match its checksum in ${SUMS}: a released file was changed (hint: ${h.en})` });
  }
  for (const name of m.missing) {
    const h = hint(name);
    damage.push({ file: at(name), zh: `${SUMS} 列出的文件不见了(提示:${h.zh})`, en: `listed in ${SUMS} but missing (hint: ${h.en})` });
  }
  for (const name of m.unlisted)
    damage.push({ file: at(name), zh: `${SUMS} 中没有这个文件:已发布的版本不能加文件`, en: `not listed in ${SUMS}: nothing may be added to a released version` });
  return damage.sort((a, b) => a.file.localeCompare(b.file));
}

/** Every frozen version under `releasesDir`, checked; files named from the releases folder on (releases/v1.0.0/…). */
export function frozenReleaseDamage(releasesDir: string): ReleaseDamage[] {
  return listReleases(releasesDir).flatMap((r) => releaseDamage(r.dir, relative(dirname(releasesDir), r.dir)));
}

export const formatDamage = (d: ReleaseDamage) => `${d.file}: ${d.zh} / ${d.en}`;
