/**
 * npm run validate -- [DATA_DIR] [--format text|json] [--min-notice-days N] [--percent-tolerance P]
 *
 * Prints every problem of the data package, one a line, as
 *   path:line:column: error[code]: 中文说明 / English explanation (hint)
 * and exits 1 when there is any error. With GITHUB_ACTIONS=true it also prints workflow
 * annotations, so a pull request shows each problem on its line. Dates are checked against the
 * build date: SOURCE_DATE_EPOCH, else the newest version's date in DATA_DIR/CHANGELOG.md.
 */
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../src/schemas/problem.ts';
import { readDataset } from '../src/io/read-data-dir.ts';
import { defaultRuleOptions } from '../src/lib/check-rules.ts';

const USAGE = 'usage: npm run validate -- [DATA_DIR] [--format text|json] [--min-notice-days N] [--percent-tolerance P]';

/** A GitHub workflow command (`::error file=…,line=…::message`), escaped as the runner expects. */
const annotation = (p: Problem) => {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = `file=${prop(p.file)},line=${Math.max(p.line, 1)}${p.column ? `,col=${p.column}` : ''},title=${prop(p.code)}`;
  return `::${p.severity} ${props}::${esc(`${p.zh} / ${p.en}${p.hint ? ` (${p.hint.zh} / ${p.hint.en})` : ''}`)}`;
};

/**
 * Exit code: 0 valid, 1 errors, 2 usage. Output is written, never cut short: the process ends by
 * itself once stdout and stderr have drained (a pipe to `cat` or to the GitHub runner included).
 */
function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'min-notice-days': { type: 'string', default: String(defaultRuleOptions.minNoticeDays) },
        'percent-tolerance': { type: 'string', default: String(defaultRuleOptions.percentTolerance) },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  const dir = positionals[0] ?? 'data';
  const minNoticeDays = Number(values['min-notice-days']);
  const percentTolerance = Number(values['percent-tolerance']);
  if (!['text', 'json'].includes(values.format!) || !Number.isInteger(minNoticeDays) || minNoticeDays < 0 || !/^\d+(\.\d+)?$/.test(values['percent-tolerance']!) || percentTolerance > 100) {
    console.error(USAGE);
    return 2;
  }
  const { problems, data } = readDataset(dir, { minNoticeDays, percentTolerance });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const out: string[] = [];
  if (values.format === 'json') out.push(JSON.stringify({ dir, errors, warnings: problems.length - errors, problems }, null, 2));
  else for (const p of problems) out.push(formatProblem(p));
  // Annotations go to stdout, except with --format json, whose stdout must stay one JSON document
  // (the runner reads workflow commands from both streams).
  const annotations = process.env.GITHUB_ACTIONS === 'true' ? problems.map(annotation) : [];
  if (values.format !== 'json') out.push(...annotations);
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  if (values.format === 'json' && annotations.length) process.stderr.write(`${annotations.join('\n')}\n`);
  if (values.format !== 'json') {
    const rows = Object.values(data).reduce((a, t) => a + t.length, 0);
    const warnings = problems.length - errors;
    const also = warnings ? { zh: `,${warnings} 个警告`, en: `, ${warnings} warning(s)` } : { zh: '', en: '' };
    console.error(errors ? `${dir}: ${errors} 个错误${also.zh} / ${errors} error(s)${also.en}` : `${dir}: 数据检查通过,${rows} 行${also.zh} / data valid, ${rows} rows${also.en}`);
  }
  return errors ? 1 : 0;
}

// A reader that stops early (`| head`) is not an error of the data: stop writing quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
process.exitCode = main();

