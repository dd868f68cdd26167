/**
 * node scripts/check-names.ts --site DIR [--data DIR]
 * The build's check, after the search index is written, that no withheld name (and, with
 * LEDGER_MASK_NAMES=1, no real name in full) is anywhere in the built site: every page,
 * download (zip and xlsx entries too), API file, chart CSV, script and search index file
 * (Pagefind's gzipped fragments inflated). The names come from the data folder (--data,
 * LEDGER_DATA_DIR or data/). Prints `file:line:column: …` for the first in each file, the name
 * masked, and sets exit code 1 when there is any. Withdrawn versions' files are not in the site, so they are not
 * looked at; the build refuses a frozen version holding such a name before it starts
 * (scripts/verify-releases.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { forbiddenNamesIn } from '../src/io/forbidden-names.ts';
import { formatNameFound, namesIn } from '../src/lib/publish/name-scan.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, data: { type: 'string' } } });
const site = resolve(values.site!);
const dataDir = resolve(values.data ?? process.env.LEDGER_DATA_DIR ?? 'data');
const maskNames = process.env.LEDGER_MASK_NAMES === '1' || process.env.LEDGER_MASK_NAMES === 'true';
const names = forbiddenNamesIn(dataDir, { maskNames });
/** Files that hold no text anyone reads. */
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|wasm)$/i;

let count = 0;
function* files(dir: string): Generator<[string, Uint8Array]> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (!BINARY.test(entry.name)) {
      count++;
      yield [relative(site, path), readFileSync(path)];
    }
  }
}

const found = names.size ? namesIn(files(site), names) : [];
if (found.length) {
  // the first place in each file, and how many more there are
  const byFile = Map.groupBy(found, (f) => f.file);
  for (const [, list] of byFile) console.error(`${formatNameFound(list[0]!)}${list.length > 1 ? ` (+${list.length - 1})` : ''}`);
  console.error(`✗ ${found.length} 处不公开或未打码的姓名出现在生成的 ${byFile.size} 个文件中 / ${found.length} withheld or unmasked name(s) in ${byFile.size} built file(s): nothing may be published`);
  process.exitCode = 1;
} else
  console.error(
    names.size
      ? `${site}: ${count} 个文件中没有不公开${maskNames ? '或未打码' : ''}的姓名 / no withheld${maskNames ? ' or unmasked' : ''} name in ${count} files (${names.size} looked for)`
      : `${site}: 没有不公开的姓名需要检查 / no withheld name to look for`,
  );
