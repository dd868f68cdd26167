/**
 * node scripts/bench-output-check.ts [--site dist] [--runs 5]
 *
 * How long does the build's privacy check of its output take (scripts/check-output.ts: every
 * page and download, zips and workbooks unpacked, searched for personal numbers)? Reads the
 * files once, then runs the search over all of them `--runs` times in this process and prints
 * the CPU time of the first pass (the detector's tables filled, the code not yet optimised) and
 * of the best pass. Record the figures in docs/performance.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { personalNumbersIn } from '../src/lib/publish/scan.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '5' } } });
const site = values.site!;
const runs = Number(values.runs);
// the files scripts/check-output.ts checks
const CHECKED = /\.(html|csv|json|md|txt|xml|xlsx|zip|svg)$|SHA256SUMS$/;
const SKIPPED_DIRS = new Set(['_astro', 'pagefind']);

const files: [string, Uint8Array][] = [];
(function walk(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === site && (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('pagefind-')))) walk(path);
    } else if (CHECKED.test(entry.name)) files.push([relative(site, path), readFileSync(path)]);
  }
})(site);

const times: number[] = [];
let found = 0;
for (let k = 0; k < runs; k++) {
  const before = process.cpuUsage();
  found = 0;
  for (const f of files) found += personalNumbersIn(new Map([f])).length;
  const used = process.cpuUsage(before);
  times.push((used.user + used.system) / 1000);
}
const bytes = files.reduce((n, [, b]) => n + b.length, 0);
console.log(
  `${site}: ${files.length} files, ${(bytes / 2 ** 20).toFixed(1)} MiB; personal numbers found: ${found}\n` +
    `check / 检查: first pass ${times[0]!.toFixed(0)} ms CPU, best of ${runs} ${Math.min(...times).toFixed(0)} ms CPU`,
);
