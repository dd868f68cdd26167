/**
 * npm run validate -- [DATA_DIR] [--format text|json] [--min-notice-days N]
 *
 * Prints every problem of the data package, one a line, as
 *   path:line:column: error[code]: 中文说明 / English explanation (hint)
 * and exits 1 when there is any error. With GITHUB_ACTIONS=true it also prints workflow
 * annotations, so a pull request shows each problem on its line.
 */
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../src/schemas/problem.ts';
import { readDataset } from '../src/io/read-data-dir.ts';
import { defaultRuleOptions } from '../src/lib/check-rules.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'text' },
    'min-notice-days': { type: 'string', default: String(defaultRuleOptions.minNoticeDays) },
  },
});
const dir = positionals[0] ?? 'data';
const minNoticeDays = Number(values['min-notice-days']);
if (!['text', 'json'].includes(values.format!) || !Number.isInteger(minNoticeDays) || minNoticeDays < 0) {
  console.error('usage: npm run validate -- [DATA_DIR] [--format text|json] [--min-notice-days N]');
  process.exit(2);
}

const { problems, data } = readDataset(dir, { minNoticeDays });
const errors = problems.filter((p) => p.severity === 'error').length;

/** A GitHub workflow command (`::error file=…,line=…::message`), escaped as the runner expects. */
const annotation = (p: Problem) => {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = `file=${prop(p.file)},line=${Math.max(p.line, 1)}${p.column ? `,col=${p.column}` : ''},title=${prop(p.code)}`;
  return `::${p.severity} ${props}::${esc(`${p.zh} / ${p.en}${p.hint ? ` (${p.hint.zh} / ${p.hint.en})` : ''}`)}`;
};

if (values.format === 'json') {
  console.log(JSON.stringify({ dir, errors, warnings: problems.length - errors, problems }, null, 2));
} else {
  for (const p of problems) console.log(formatProblem(p));
  const rows = Object.values(data).reduce((a, t) => a + t.length, 0);
  console.error(
    errors
      ? `${dir}: ${errors} 个错误 / ${errors} error(s)`
      : `${dir}: 数据检查通过,${rows} 行 / data valid, ${rows} rows`,
  );
}
// Annotations go to stdout, except with --format json, whose stdout must stay one JSON document
// (the runner reads workflow commands from both streams).
if (process.env.GITHUB_ACTIONS === 'true')
  for (const p of problems) (values.format === 'json' ? console.error : console.log)(annotation(p));
process.exit(errors ? 1 : 0);
