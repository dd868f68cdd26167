/**
 * node scripts/check-output.ts --site DIR
 * The build's last check before indexing: no ID-card, phone or bank-card number (masked or not)
 * in any page or download of the built site, zips and workbooks unpacked. Prints
 * `file:line:column: kind masked-number` for each (138****5678: the log is public too) and exits 1
 * when there is any. Scripts, styles and the search
 * index are the project's own code, not data, and are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { personalNumbersIn } from '../src/lib/publish/scan.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site!;
const CHECKED = /\.(html|csv|json|md|txt|xml|xlsx|zip|svg)$|SHA256SUMS$/;
const SKIPPED_DIRS = new Set(['_astro', 'pagefind']);

let files = 0;
const found: string[] = [];
function walk(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === site && (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('pagefind-')))) walk(path);
    } else if (CHECKED.test(entry.name)) {
      files++;
      found.push(...personalNumbersIn(new Map([[relative(site, path), readFileSync(path)]])));
    }
  }
}
walk(site);
if (found.length) {
  for (const f of found) console.error(f);
  console.error(`✗ ${found.length} 个个人号码出现在生成的网站中 / personal number(s) in the built site: nothing may be published`);
  process.exitCode = 1;
} else console.error(`${site}: ${files} 个文件没有个人号码 / ${files} files hold no personal number`);
