/**
 * npm run diff -- [BASE] [HEAD] [--format text|markdown|json] [--limit N]
 *
 * What changed in the data, row by row, table by table: rows added, removed and changed (keyed by
 * primary key, names beside codes, each field old → new), the effect on the published totals,
 * and what a reviewer must look at twice. BASE and HEAD are git refs or folders; by default the
 * merge base with main and the working tree. Markdown is for a pull-request comment or a job
 * summary, text for a terminal. Exits 0 (the report informs; the validator decides), 2 on bad
 * arguments or an unreadable side.
 */
import { parseArgs } from 'node:util';
import { loadSide } from '../src/io/git-data.ts';
import { makeReport } from '../src/lib/diff/report.ts';
import { renderMarkdown, renderText } from '../src/lib/diff/render.ts';

const usage = 'usage: npm run diff -- [BASE] [HEAD] [--format text|markdown|json] [--limit N]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, limit: { type: 'string' }, root: { type: 'string' } },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = args;
  const format = values.format === 'md' ? 'markdown' : values.format!;
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (!['text', 'markdown', 'json'].includes(format) || positionals.length > 2 || (limit !== undefined && !(limit > 0))) {
    console.error(usage);
    return 2;
  }
  const root = values.root ?? process.env.LEDGER_REPO_ROOT ?? process.cwd();
  try {
    const base = loadSide(root, positionals[0], 'base');
    const head = loadSide(root, positionals[1], 'head');
    const report = makeReport(base, head);
    if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(format === 'markdown' ? renderMarkdown(report, { limit }) : renderText(report, { limit }));
    return 0;
  } catch (e) {
    console.error(`npm run diff: ${(e as Error).message}`);
    return 2;
  }
}

// `npm run diff | head` closes the pipe early: that is not an error (the rest is not wanted).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
process.exitCode = main();
