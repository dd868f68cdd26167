/**
 * A released version never changes silently: before anything is built from `releases/v{version}/`, every
 * folder must hold exactly the files its SHA256SUMS lists, each with the listed digest. A changed
 * digit in a frozen CSV would otherwise be published beside checksums that no longer match.
 * `npm run build` runs this first (scripts/verify-releases.ts) and stops naming each file. It
 * also stops when a version still served holds a name withheld (or masked) since its release,
 * until that version is withdrawn.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compareSums, parseSha256sums } from '../lib/publish/hash.ts';
import { listReleases, readReleaseFiles } from './frozen-releases.ts';
import type { ForbiddenReason } from '../lib/check-persons.ts';
import { namesIn, type NameFound } from '../lib/publish/name-scan.ts';
import { maskName } from '../lib/publish/cells.ts';

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

/** A frozen version still served that holds a name the build must not publish. */
export interface ReleaseHoldingNames {
  version: string;
  found: NameFound[];
}

/**
 * The frozen versions, other than those `withdrawn`, whose files (zip and workbook entries
 * included) hold one of `names`: a name withheld (or masked) after they were released. They can
 * no longer be published; withdrawing them (npm run withdraw-release) keeps their folder as it is.
 */
export function releasesHoldingNames(releasesDir: string, names: ReadonlyMap<string, ForbiddenReason>, withdrawn: ReadonlySet<string>): ReleaseHoldingNames[] {
  if (names.size === 0) return [];
  return listReleases(releasesDir)
    .filter((r) => !withdrawn.has(r.version))
    .map((r) => ({ version: r.version, found: namesIn(readReleaseFiles(r.dir), names) }))
    .filter((r) => r.found.length > 0);
}

export function formatHoldingNames(r: ReleaseHoldingNames, label: string): string {
  const files = [...new Set(r.found.map((f) => `${f.file.split('!')[0]}`))];
  const where = files.slice(0, 4).join(', ') + (files.length > 4 ? ` … (${files.length})` : '');
  const who = [...new Set(r.found.map((f) => maskName(f.name)))].join(', ');
  const unmasked = r.found.some((f) => f.reason === 'unmasked');
  return (
    `${label}/: 这个已发布的版本含有${unmasked ? '不公开或未打码' : '不公开'}的姓名 ${who}(${where}),不能再发布 / this released version holds the ${unmasked ? 'withheld or unmasked' : 'withheld'} name(s) ${who} (${where}) and can no longer be published. ` +
    `撤回它(文件夹保持原样,变更记录中注明撤回)/ withdraw it (its folder stays as it is; the changelog says it was withdrawn): ` +
    `npm run withdraw-release -- ${r.version} --reason "一位借款人的姓名不再公开 / a recipient's name is now withheld"`
  );
}
