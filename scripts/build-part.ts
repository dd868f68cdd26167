/**
 * node scripts/build-part.ts --out DIR
 * One part of a build in parts (scripts/build.ts, LEDGER_PART="i/n"): `astro build` into DIR,
 * printing warnings and errors only. At province scale a part writes 31,000 pages, and Astro's
 * line per page cost CPU in the part, in the parent that forwarded it and in whatever read the
 * log; the parent prints the stages instead. astro.config.mjs tells the parent (over the IPC
 * channel it opens) when this part's content layer is synced, so the next part can start.
 */
import { parseArgs } from 'node:util';
import { build } from 'astro';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: node scripts/build-part.ts --out DIR');
  process.exitCode = 2;
} else {
  try {
    await build({ outDir: values.out, logLevel: 'warn' });
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  }
  // the IPC channel the parent opened would keep this process alive
  process.disconnect?.();
}
