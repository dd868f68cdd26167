/**
 * npm run withdraw-release -- VERSION --reason "中文理由 / English reason" [--root DIR]
 * Marks a released version withdrawn: its entry in data/CHANGELOG.md says so, with the date
 * (today in China Standard Time, or SOURCE_DATE_EPOCH's) and the reason; releases/v{VERSION}/
 * stays exactly as it is. The site then serves only the version's SHA256SUMS and says on its
 * page that it was withdrawn (src/io/withdraw-release.ts). Commit data/CHANGELOG.md.
 */
import { parseArgs } from 'node:util';
import { withdrawRelease, WithdrawRefused } from '../src/io/withdraw-release.ts';

const usage = 'usage: npm run withdraw-release -- VERSION --reason "中文 / English"';
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { reason: { type: 'string' }, root: { type: 'string' } } });
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exitCode = 2;
}
if (parsed && (parsed.positionals.length !== 1 || parsed.values.reason === undefined)) {
  console.error(usage);
  process.exitCode = 2;
} else if (parsed) {
  const version = parsed.positionals[0]!;
  try {
    const w = withdrawRelease({ root: parsed.values.root ?? process.env.LEDGER_REPO_ROOT ?? process.cwd(), version, reason: parsed.values.reason!, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH });
    console.error(`撤回了 ${version}(${w.date})/ withdrew ${version} (${w.date}): ${w.reason}\n请提交 / now commit: git add data/CHANGELOG.md && git commit -m "Withdraw data release ${version}"`);
  } catch (e) {
    console.error(e instanceof WithdrawRefused ? `npm run withdraw-release: ${e.message}` : e);
    process.exitCode = 1;
  }
}
