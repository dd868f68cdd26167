/**
 * npm run datapackage -- [DATA_DIR] [--check]
 * Writes DATA_DIR/datapackage.json from the table definitions, the sources table and the
 * changelog's newest release. With --check it writes nothing and exits 1 if the file differs.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDataset } from '../src/io/read-data-dir.ts';
import { latestRelease } from '../src/lib/changelog.ts';
import { makeDataPackage, stringifyPackage } from '../src/lib/datapackage.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { check: { type: 'boolean', default: false } } });
const dir = positionals[0] ?? 'data';
const release = latestRelease(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'));
const { data } = readDataset(dir);
const text = stringifyPackage(makeDataPackage(release, data.sources));
const path = join(dir, 'datapackage.json');
if (values.check) {
  const same = existsSync(path) && readFileSync(path, 'utf8') === text;
  if (!same) {
    console.error(`${path} 与表定义不一致,请运行 npm run datapackage / is out of date: run npm run datapackage`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(path, text);
  console.error(`wrote ${path} (version ${release.version})`);
}
