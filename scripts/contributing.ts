/**
 * npm run docs:contributing [-- --check]
 * Regenerates the generated parts of CONTRIBUTING.md (the column reference from the table
 * definitions, the validator-message examples from the loader itself). With --check it writes
 * nothing and exits 1 when the committed file differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { regenerate } from '../src/lib/contributing.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, file: { type: 'string', default: 'CONTRIBUTING.md' } } });
const path = values.file!;
const before = readFileSync(path, 'utf8');
const after = regenerate(before);
if (values.check) {
  if (before !== after) {
    console.error(`${path} 与生成结果不一致,请运行 npm run docs:contributing / is out of date: run npm run docs:contributing`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(path, after);
  console.error(before === after ? `${path}: unchanged` : `wrote ${path}`);
}
