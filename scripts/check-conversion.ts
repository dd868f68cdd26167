/**
 * node scripts/check-conversion.ts [DATA_DIR] --out DIR
 *
 * For a pull request made from a spreadsheet: when every problem of the data folder is what the
 * conversion of an Excel/WPS file fixes (BOM, CRLF, GBK/UTF-16, full-width digits in numeric
 * columns), prints that in one line, writes the converted files into DIR (the workflow uploads them
 * as an artifact) and `convertible=true` to $GITHUB_OUTPUT; otherwise `convertible=false`, and the
 * validator's own list is what the workflow shows. The data folder itself is never changed. Exit 0
 * (the validator decides), 2 on bad arguments.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDataFiles } from '../src/io/read-data-dir.ts';
import { classifyConversion, conversionLine } from '../src/lib/conversion.ts';

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
} catch (e) {
  console.error((e as Error).message);
}
if (!args?.values.out || args.positionals.length > 1) {
  console.error('usage: node scripts/check-conversion.ts [DATA_DIR] --out DIR');
  process.exitCode = 2;
} else {
  const dir = (args.positionals[0] ?? 'data').replace(/\/+$/, '');
  const c = classifyConversion(readDataFiles(dir), dir);
  if (c.onlyConversion) {
    mkdirSync(args.values.out, { recursive: true });
    for (const [name, bytes] of c.converted) writeFileSync(join(args.values.out, name), bytes);
    const line = conversionLine(c);
    console.log(`${line.zh} / ${line.en}`);
    if (process.env.GITHUB_ACTIONS === 'true')
      console.log(`::error title=spreadsheet format::${line.zh} / ${line.en}. 下载 converted-data 工件,用其中的文件替换 data/ 中的同名文件 / download the converted-data artifact and put its files in data/`);
    if (process.env.GITHUB_STEP_SUMMARY)
      appendFileSync(
        process.env.GITHUB_STEP_SUMMARY,
        `### 只需转换 · Only the conversion is needed\n\n${line.zh}\n\n${line.en}\n\n${c.changes.map((f) => `- \`${f.file}\`: ${f.changes.map((x) => x.en).join('; ')}`).join('\n')}\n\n下载本次运行的 **converted-data** 工件,用其中的文件替换 \`data/\` 中的同名文件再提交。 / Download this run's **converted-data** artifact and commit its files over those in \`data/\`.\n`,
      );
  }
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `convertible=${c.onlyConversion}\n`);
}
