/**
 * node scripts/bench-templates.ts [--data DIR] [--villages N]
 *
 * What the fill-in templates add to a build: the time (wall and CPU) and bytes of the per-table
 * templates and all.xlsx, and of the per-village templates (/villages/{code}/template.xlsx) of the
 * first N villages of the data folder (default: all of them), made as the build makes them (from
 * the published data). Prints one JSON line; the figures go into docs/performance.md.
 */
import { parseArgs } from 'node:util';
import { latestRelease } from '../src/lib/changelog.ts';
import { publishable } from '../src/lib/publish/cells.ts';
import { readDataset } from '../src/io/read-data-dir.ts';
import { ALL_TEMPLATE, tableTemplate, villageTemplate } from '../src/lib/template/files.ts';
import { tableNames } from '../src/schemas/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' }, villages: { type: 'string' } } });
const dir = values.data!;
const { data } = readDataset(dir);
const release = latestRelease(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'));
const published = publishable(data);
const villages = data.villages.slice(0, values.villages ? Number(values.villages) : undefined);
const url = 'https://example.org/check/';

function measure(make: () => Uint8Array[]) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const files = make();
  const cpu = process.cpuUsage(c0);
  return { files: files.length, ms: Math.round(performance.now() - t0), cpuMs: Math.round((cpu.user + cpu.system) / 1000), bytes: files.reduce((a, b) => a + b.length, 0) };
}

const tablesResult = measure(() => [ALL_TEMPLATE, ...tableNames].map((n) => tableTemplate(n as typeof ALL_TEMPLATE, published, release, url)));
const villagesResult = measure(() => villages.map((v) => villageTemplate(published, v.code, release, url)));
console.log(
  JSON.stringify({
    data: dir,
    villages: villages.length,
    tableTemplates: tablesResult,
    villageTemplates: { ...villagesResult, msPerVillage: +(villagesResult.ms / Math.max(1, villages.length)).toFixed(2), bytesPerVillage: Math.round(villagesResult.bytes / Math.max(1, villages.length)) },
  }),
);
