/**
 * A version that was ever released is never frozen again, not even after its folder was deleted:
 * freezing it anew would publish other bytes under the same permanent address and version.
 * What counts as "released", from the repository alone:
 * - its folder releases/v{version}/ exists;
 * - releases/v{version}/ is anywhere in the repository's git history (every branch and tag);
 * - data/CHANGELOG.md lists it other than as the newest entry waiting to be frozen (a later
 *   entry followed it, or it is listed twice);
 * - a later version exists (changelog, folder or history): versions only go forward.
 * `npm run release` and `npm run freeze-release` (src/io/release.ts, src/io/freeze-release.ts)
 * ask here first and refuse with the reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Release } from '../lib/changelog.ts';
import { compareVersions, listReleases, RELEASES } from './frozen-releases.ts';

/** The git commits that touched releases/v{version}/, newest first, or [] outside a repository. */
function commitsTouching(root: string, path: string): { hash: string; date: string; deleted: boolean }[] {
  try {
    const out = execFileSync('git', ['log', '--all', '--format=%h %cs', '--name-status', '--', path], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
    const commits: { hash: string; date: string; deleted: boolean }[] = [];
    for (const line of out.split('\n')) {
      const head = /^([0-9a-f]{4,}) (\d{4}-\d{2}-\d{2})$/.exec(line);
      if (head) commits.push({ hash: head[1]!, date: head[2]!, deleted: false });
      else if (line.startsWith('D\t') && commits.length) commits.at(-1)!.deleted = true;
    }
    return commits;
  } catch {
    return []; // not a git repository, or no git: the other signs still count
  }
}

/** Every version whose folder is anywhere in the git history of `root`. */
function versionsInHistory(root: string): string[] {
  try {
    const out = execFileSync('git', ['log', '--all', '--format=', '--name-only', '--', `${RELEASES}/`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
    return [...new Set([...out.matchAll(new RegExp(`^${RELEASES}/v(\\d+\\.\\d+\\.\\d+)/`, 'gm'))].map((m) => m[1]!))];
  } catch {
    return [];
  }
}

export interface ReleasedReason {
  zh: string;
  en: string;
}

/**
 * Why `version` must not be frozen (null: it never was released). `changelog` is data/CHANGELOG.md
 * as it stands; `awaitingFreeze` says that its newest entry is `version` itself, written for this
 * freeze (npm run freeze-release), rather than a version about to be added (npm run release).
 */
export function releasedBefore(root: string, version: string, changelog: readonly Release[], awaitingFreeze: boolean): ReleasedReason | null {
  const folder = `${RELEASES}/v${version}`;
  if (existsSync(join(root, folder))) return { zh: `${folder}/ 已存在:已发布的版本不能改写`, en: `${folder}/ already exists: a released version is never rewritten` };

  const commits = commitsTouching(root, `${folder}/`);
  if (commits.length) {
    const first = commits.at(-1)!;
    const deletion = commits.find((c) => c.deleted);
    const restore = deletion ? `git checkout ${deletion.hash}^ -- ${folder}` : `git checkout ${commits[0]!.hash} -- ${folder}`;
    return {
      zh: `版本 ${version} 已经发布过:${folder}/ 在提交 ${first.hash}(${first.date})中冻结${deletion ? `,在 ${deletion.hash}(${deletion.date})中被删除` : ''}。已发布的版本永远不再冻结;用 ${restore} 恢复原来的文件,或发布一个新版本`,
      en: `version ${version} was released: ${folder}/ was frozen in commit ${first.hash} (${first.date})${deletion ? ` and deleted in ${deletion.hash} (${deletion.date})` : ''}. A released version is never frozen again: restore its files with ${restore}, or release a new version`,
    };
  }

  const listed = changelog.filter((r) => r.version === version).length - (awaitingFreeze && changelog[0]?.version === version ? 1 : 0);
  if (listed > 0)
    return {
      zh: `版本 ${version} 已经在 data/CHANGELOG.md 中作为已发布的版本列出:已发布的版本永远不再冻结,请发布新版本`,
      en: `version ${version} is already listed as released in data/CHANGELOG.md: a released version is never frozen again; release a new version`,
    };

  const later = [...changelog.map((r) => r.version), ...listReleases(join(root, RELEASES)).map((r) => r.version), ...versionsInHistory(root)]
    .filter((v) => compareVersions(v, version) > 0)
    .sort(compareVersions)
    .at(-1);
  if (later)
    return {
      zh: `已经有更新的版本 ${later}:版本号只能向前,${version} 不能再冻结`,
      en: `a later version ${later} exists: versions only go forward, so ${version} cannot be frozen now`,
    };
  return null;
}
