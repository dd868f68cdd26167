/**
 * node scripts/verify-releases.ts [--data DIR]
 * Checks every frozen version (releases/v{version}/ beside the data folder, or LEDGER_RELEASES_DIR)
 * against its SHA256SUMS: exactly the listed files, each with its digest. Prints one line per
 * file that differs and sets exit code 1; `npm run build` runs it before building anything.
 */
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { releasesDir } from '../src/io/frozen-releases.ts';
import { formatDamage, frozenReleaseDamage } from '../src/io/verify-releases.ts';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = resolve(values.data ?? process.env.LEDGER_DATA_DIR ?? 'data');
const dir = releasesDir(dirname(dataDir));
const damage = frozenReleaseDamage(dir);
if (damage.length) {
  for (const d of damage) console.error(formatDamage(d));
  console.error(`✗ ${damage.length} 个已发布的文件与其校验和不符,不能发布 / ${damage.length} released file(s) differ from their checksums: nothing is published`);
  process.exitCode = 1;
} else console.error(`${dir}: 已发布的版本与 SHA256SUMS 一致 / the released versions match their SHA256SUMS`);
