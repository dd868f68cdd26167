/**
 * node scripts/verify-releases.ts [--data DIR]
 * Checks every frozen version (releases/v{version}/ beside the data folder, or LEDGER_RELEASES_DIR)
 * against its SHA256SUMS: exactly the listed files, each with its digest. Then checks that no
 * version still served (not withdrawn in the data's CHANGELOG.md) holds a name the data now
 * withholds (or, with LEDGER_MASK_NAMES=1, a real name in full). Prints one line per file or
 * version and sets exit code 1; `npm run build` runs it before building anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { forbiddenNamesIn } from '../src/io/forbidden-names.ts';
import { releasesDir } from '../src/io/frozen-releases.ts';
import { formatDamage, formatHoldingNames, frozenReleaseDamage, releasesHoldingNames } from '../src/io/verify-releases.ts';
import { parseChangelog, withdrawalOf } from '../src/lib/changelog.ts';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = resolve(values.data ?? process.env.LEDGER_DATA_DIR ?? 'data');
const dir = releasesDir(dirname(dataDir));
const damage = frozenReleaseDamage(dir);
if (damage.length) {
  for (const d of damage) console.error(formatDamage(d));
  console.error(`✗ ${damage.length} 个已发布的文件与其校验和不符,不能发布 / ${damage.length} released file(s) differ from their checksums: nothing is published`);
  process.exitCode = 1;
} else {
  const changelogPath = join(dataDir, 'CHANGELOG.md');
  const withdrawn = new Set(existsSync(changelogPath) ? parseChangelog(readFileSync(changelogPath, 'utf8')).filter((r) => withdrawalOf(r)).map((r) => r.version) : []);
  const maskNames = process.env.LEDGER_MASK_NAMES === '1' || process.env.LEDGER_MASK_NAMES === 'true';
  const holding = releasesHoldingNames(dir, forbiddenNamesIn(dataDir, { maskNames }), withdrawn);
  if (holding.length) {
    for (const r of holding) console.error(formatHoldingNames(r, relative(dirname(dir), join(dir, `v${r.version}`))));
    console.error(`✗ ${holding.length} 个已发布的版本含有不能再公开的姓名,撤回前不能发布 / ${holding.length} released version(s) hold names that may no longer be published: withdraw them first`);
    process.exitCode = 1;
  } else console.error(`${dir}: 已发布的版本与 SHA256SUMS 一致${withdrawn.size ? `,已撤回 ${[...withdrawn].join(', ')}` : ''} / the released versions match their SHA256SUMS${withdrawn.size ? `; withdrawn: ${[...withdrawn].join(', ')}` : ''}`);
}
