/**
 * npm run withdraw-release -- VERSION --reason "…": marks a released version withdrawn, the way
 * data archives withdraw a record. The frozen folder releases/v{version}/ is never touched; the
 * version's entry in data/CHANGELOG.md gets its first line
 *   - 撤回 / Withdrawn 2027-01-10: reason
 * and from then on the site serves none of its files but its SHA256SUMS, and its page
 * (/data/v{version}/) says it was withdrawn, when and why. Used when a name is withheld after a
 * release that holds it (the build names such versions and refuses them until they are withdrawn).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addWithdrawal, parseChangelog, withdrawalOf, type Withdrawal } from '../lib/changelog.ts';
import { maskName } from '../lib/publish/cells.ts';
import { nameFinder } from '../lib/name-search.ts';
import { releaseDate } from '../lib/release.ts';
import { forbiddenNamesIn } from './forbidden-names.ts';
import { RELEASES, VERSION } from './frozen-releases.ts';

export class WithdrawRefused extends Error {}

export interface WithdrawOptions {
  root: string;
  version: string;
  reason: string;
  now?: Date;
  /** SOURCE_DATE_EPOCH, seconds: fixes the date. */
  sourceDateEpoch?: string;
}

export function withdrawRelease(o: WithdrawOptions): Withdrawal {
  const version = o.version.replace(/^v/, '');
  if (!VERSION.test(version)) throw new WithdrawRefused(`“${o.version}”不是版本号 / is not a version such as 1.0.0`);
  if (!existsSync(join(o.root, RELEASES, `v${version}`)))
    throw new WithdrawRefused(`${RELEASES}/v${version}/ 不存在:只有冻结发布的版本才能撤回 / does not exist: only a frozen version can be withdrawn`);
  const reason = o.reason.replace(/\s+/g, ' ').trim();
  if (!reason) throw new WithdrawRefused('请用 --reason 写明撤回的理由(会显示在版本页上)/ give the reason with --reason (the version page shows it)');
  const dataDir = join(o.root, 'data');
  // the reason is published: it must not name the person it withdraws the version for
  const names = forbiddenNamesIn(dataDir, { maskNames: process.env.LEDGER_MASK_NAMES === '1' || process.env.LEDGER_MASK_NAMES === 'true' });
  const named = nameFinder(names.keys())(reason)[0];
  if (named) throw new WithdrawRefused(`理由中有不能公开的姓名 ${maskName(named.name)}:理由会公开显示 / the reason names ${maskName(named.name)}, which may not be published: the reason is shown publicly`);
  const path = join(dataDir, 'CHANGELOG.md');
  const text = readFileSync(path, 'utf8');
  const entry = parseChangelog(text).find((r) => r.version === version);
  if (!entry) throw new WithdrawRefused(`data/CHANGELOG.md 中没有版本 ${version} / data/CHANGELOG.md has no entry for ${version}`);
  const before = withdrawalOf(entry);
  if (before) throw new WithdrawRefused(`版本 ${version} 已于 ${before.date} 撤回 / version ${version} was already withdrawn on ${before.date}`);
  const w = { date: releaseDate(o.now ?? new Date(), o.sourceDateEpoch), reason };
  writeFileSync(path, addWithdrawal(text, version, w));
  return w;
}
