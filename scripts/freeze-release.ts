/**
 * npm run freeze-release -- [VERSION]
 * Freezes the current data/ as a released version: writes releases/v<VERSION>/ (exactly the
 * files published at /data/v<VERSION>/) and CITATION.cff, both naming the version's permanent URL
 * on the site LEDGER_SITE + LEDGER_BASE (set them as the Pages workflow does: frozen files never
 * change). VERSION defaults to the newest heading of data/CHANGELOG.md and must be it. Refuses to overwrite a version that already exists.
 * `npm run release` calls the same freezeRelease (src/io/freeze-release.ts).
 */
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { freezeRelease } from '../src/io/freeze-release.ts';
import { siteAddress } from '../src/site/settings.ts';

const { positionals } = parseArgs({ allowPositionals: true, args: process.argv.slice(2) });
if (positionals.length > 1) {
  console.error('usage: npm run freeze-release -- [VERSION]');
  process.exitCode = 2;
} else
  try {
    const dir = freezeRelease(process.cwd(), positionals[0]);
    console.error(`已冻结 / froze ${dir} (${readdirSync(dir).length} files), for the site ${siteAddress()} (LEDGER_SITE + LEDGER_BASE); CITATION.cff updated — commit both`);
  } catch (e) {
    console.error(`✗ ${(e as Error).message}`);
    process.exitCode = 1;
  }
