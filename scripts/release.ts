/**
 * npm run release -- patch|minor|major [--root DIR]
 * npm run release -- --freeze-current [--root DIR]
 *
 * Makes a data release: bumps the version named by the newest heading of data/CHANGELOG.md,
 * writes the dated entry from the diff against the last frozen release (releases/v{last}/),
 * regenerates data/datapackage.json and freezes releases/v{version}/, whose bytes never change
 * afterwards. Refuses when data/ does not validate, when nothing changed, or when the release
 * folder exists. The date is today in China Standard Time, or SOURCE_DATE_EPOCH's.
 * --freeze-current freezes the current version once, for a repository that has none frozen.
 * The repository root is the working directory unless --root or LEDGER_REPO_ROOT names another.
 */
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { freezeCurrent, ReleaseRefused, runRelease } from '../src/io/release.ts';
import { bumps, type Bump } from '../src/lib/release.ts';

const usage = 'usage: npm run release -- patch|minor|major   (or --freeze-current)';
function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { root: { type: 'string' }, 'freeze-current': { type: 'boolean', default: false } } });
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const root = values.root ?? process.env.LEDGER_REPO_ROOT ?? process.cwd();
  const kind = positionals[0] as Bump | undefined;
  if (values['freeze-current'] ? positionals.length : !kind || !bumps.includes(kind) || positionals.length > 1) {
    console.error(usage);
    return 2;
  }

  try {
    if (values['freeze-current']) {
      const r = freezeCurrent(root);
      console.error(`冻结了 ${r.version} / froze ${r.version}: ${relative(root, r.dir)}/`);
    } else {
      const r = runRelease({ root, kind: kind!, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH });
      process.stdout.write(r.entry);
      console.error(
        `\n发布了 ${r.version}(上一版 ${r.previous})/ released ${r.version} (after ${r.previous}): ${relative(root, r.dir)}/\n` +
          `请提交 / now commit: git add data/CHANGELOG.md data/datapackage.json ${relative(root, r.dir)} && git commit -m "Data release ${r.version}"`,
      );
    }
  } catch (e) {
    console.error(e instanceof ReleaseRefused ? `npm run release: ${e.message}` : e);
    return 1;
  }
  return 0;
}

process.exitCode = main();
