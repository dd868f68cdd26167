/**
 * npm run freeze-release -- [VERSION]
 * Freezes the current data/ as a released version: writes releases/v<VERSION>/ (exactly the
 * files published at /data/v<VERSION>/) and CITATION.cff. VERSION defaults to the newest heading
 * of data/CHANGELOG.md and must be it. Refuses to overwrite a version that already exists.
 * Other scripts (npm run release) call freezeRelease from src/io/releases.ts.
 */
import { parseArgs } from 'node:util';
import { freezeRelease } from '../src/io/releases.ts';

const { positionals } = parseArgs({ allowPositionals: true, args: process.argv.slice(2) });
if (positionals.length > 1) {
  console.error('usage: npm run freeze-release -- [VERSION]');
  process.exit(2);
}
try {
  const r = await freezeRelease(process.cwd(), positionals[0]);
  console.error(`已冻结版本 ${r.version}(${r.date})/ froze version ${r.version} (${r.date}): ${r.dir}, ${r.files.length} files; CITATION.cff updated`);
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(1);
}
