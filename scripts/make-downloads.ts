/**
 * node scripts/make-downloads.ts --out DIR
 * Makes the site's /data/latest/ files (every table as CSV and JSON, datapackage.json, the xlsx
 * workbook, the zip, SHA256SUMS, ...) and what the data pages say about the versions, from
 * LEDGER_DATA_DIR (and LEDGER_SHARD, LEDGER_RELEASES_DIR, LEDGER_MASK_NAMES, as the pages), into
 * DIR/latest/ and DIR/open-data.json. scripts/build.ts runs it once beside the validation when it
 * builds in parts, and each part reads the result (LEDGER_DOWNLOADS_DIR, src/site/opendata.ts)
 * instead of making the same files itself. The manifest is written last, under its final name by a
 * rename, so a part never reads half of it; on failure DIR/failed is written instead.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UnpublishableError } from '../src/lib/publish/unpublishable.ts';
import { buildOpenData, DOWNLOADS_FAILED, DOWNLOADS_FILES, DOWNLOADS_MANIFEST, type OpenDataManifest } from '../src/site/opendata.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
async function main(dir: string): Promise<number> {
  const out = resolve(dir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, DOWNLOADS_FILES), { recursive: true });
  try {
    // the files made from data/ are written into DIR/latest/ as they are made
    const files = join(out, DOWNLOADS_FILES);
    const { latest, data: _data, ...manifest } = await buildOpenData({ writeTo: files });
    // /data/latest/ is the newest frozen version's own files when data/ still holds it: scripts/build.ts moves them in
    if (manifest.latestIsFrozen) {
      rmSync(files, { recursive: true, force: true });
      mkdirSync(files);
      for (const [name, bytes] of latest) writeFileSync(join(files, name), bytes);
    }
    const tmp = join(out, `${DOWNLOADS_MANIFEST}.tmp`);
    writeFileSync(tmp, JSON.stringify(manifest satisfies OpenDataManifest));
    renameSync(tmp, join(out, DOWNLOADS_MANIFEST));
    return 0;
  } catch (e) {
    // data the downloads refuse (a control character, a personal number …) is said in one line, without a stack trace
    const refused = e instanceof UnpublishableError;
    writeFileSync(join(out, DOWNLOADS_FAILED), refused ? e.message : String(e));
    console.error(refused ? `✗ ${e.message}` : e);
    return 1;
  }
}

if (values.out) process.exitCode = await main(values.out);
else {
  console.error('usage: node scripts/make-downloads.ts --out DIR');
  process.exitCode = 2;
}
