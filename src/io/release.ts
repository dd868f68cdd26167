/**
 * npm run release -- patch|minor|major, as a function of the repository root so that tests run it
 * on a copy: the next version from the newest changelog heading, the diff between the last frozen
 * release (`releases/v{latest}/`) and `data/`, refusal when nothing changed or the data does not
 * validate, then the dated changelog entry, `datapackage.json`, and the frozen copy.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { latestRelease, parseChangelog } from '../lib/changelog.ts';
import { makeDataPackage, stringifyPackage } from '../lib/datapackage.ts';
import { makeReport, type DiffReport } from '../lib/diff/report.ts';
import { bumpVersion, changelogEntry, insertEntry, releaseDate, type Bump } from '../lib/release.ts';
import { formatProblem } from '../schemas/problem.ts';
import { freezeRelease, releaseDir } from './freeze-release.ts';
import { defaultPublishOptions } from './frozen-releases.ts';
import { publishable } from '../lib/publish/cells.ts';
import { readDataset } from './read-data-dir.ts';
import { releasedBefore } from './released-versions.ts';

export interface ReleaseOptions {
  root: string;
  kind: Bump;
  now?: Date;
  /** SOURCE_DATE_EPOCH, seconds: fixes the release date. */
  sourceDateEpoch?: string;
}

export interface ReleaseResult {
  previous: string;
  version: string;
  date: string;
  entry: string;
  dir: string;
  report: DiffReport;
}

export class ReleaseRefused extends Error {}

/** Writes data/datapackage.json from the tables, the sources and the newest changelog heading. */
export function writeDataPackage(dataDir: string): void {
  const release = latestRelease(readFileSync(join(dataDir, 'CHANGELOG.md'), 'utf8'));
  const { data } = readDataset(dataDir);
  writeFileSync(join(dataDir, 'datapackage.json'), stringifyPackage(makeDataPackage(release, data.sources)));
}

function validData(dataDir: string) {
  const head = readDataset(dataDir, undefined, 'data');
  const errors = head.problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new ReleaseRefused(
      `data/ 有 ${errors.length} 个错误,不能发布;先运行 npm run validate 并修正 / data/ has ${errors.length} error(s) and cannot be released; run npm run validate and fix them\n` +
        errors.slice(0, 20).map(formatProblem).join('\n'),
    );
  return head;
}

export function runRelease(options: ReleaseOptions): ReleaseResult {
  const { root, kind } = options;
  const dataDir = join(root, 'data');
  const changelogPath = join(dataDir, 'CHANGELOG.md');
  const changelog = readFileSync(changelogPath, 'utf8');
  const previous = latestRelease(changelog).version;
  const frozen = releaseDir(root, previous);
  if (!existsSync(frozen)) {
    // a folder deleted after its release is restored from git, never frozen anew
    const released = releasedBefore(root, previous, parseChangelog(changelog), true);
    throw new ReleaseRefused(
      released
        ? `上一个版本 ${previous} 的冻结副本 releases/v${previous}/ 不见了 / the frozen copy releases/v${previous}/ of the last release ${previous} is missing: ${released.zh} / ${released.en}`
        : `上一个版本 ${previous} 没有冻结的副本 releases/v${previous}/,无法比较;先运行 npm run release -- --freeze-current / the last release ${previous} has no frozen copy releases/v${previous}/ to compare with; run npm run release -- --freeze-current first`,
    );
  }
  const version = bumpVersion(previous, kind);
  const released = releasedBefore(root, version, parseChangelog(changelog), false);
  if (released) throw new ReleaseRefused(`${released.zh} / ${released.en}`);

  const head = validData(dataDir);
  const base = readDataset(frozen, undefined, `releases/v${previous}`);
  // The frozen release holds what was published (names withheld or masked): compare it with what
  // data/ would publish, so a withheld name is not counted as a change every time.
  const published = { ...head, data: publishable(head.data, defaultPublishOptions()) };
  const report = makeReport({ label: `v${previous}`, dataset: base }, { label: 'data/', dataset: published });
  if (!report.changed)
    throw new ReleaseRefused(`data/ 与 ${previous} 相比没有变更,无需发布 / data/ has not changed since ${previous}: nothing to release`);

  const date = releaseDate(options.now ?? new Date(), options.sourceDateEpoch);
  const entry = changelogEntry(report, previous, version, date);
  const packagePath = join(dataDir, 'datapackage.json');
  const packageBefore = existsSync(packagePath) ? readFileSync(packagePath) : null;
  writeFileSync(changelogPath, insertEntry(changelog, entry));
  try {
    writeDataPackage(dataDir);
    const dir = freezeRelease(root, version);
    return { previous, version, date, entry, dir, report };
  } catch (e) {
    // Leave the repository as it was: the release happens whole or not at all.
    writeFileSync(changelogPath, changelog);
    if (packageBefore) writeFileSync(packagePath, packageBefore);
    throw e;
  }
}

/**
 * Freezes the version the changelog names now, when it never was (the first release of a
 * repository): data/ must validate and data/datapackage.json must carry that version.
 */
export function freezeCurrent(root: string): { version: string; dir: string } {
  const dataDir = join(root, 'data');
  const changelog = parseChangelog(readFileSync(join(dataDir, 'CHANGELOG.md'), 'utf8'));
  const version = latestRelease(readFileSync(join(dataDir, 'CHANGELOG.md'), 'utf8')).version;
  const released = releasedBefore(root, version, changelog, true);
  if (released) throw new ReleaseRefused(`${released.zh} / ${released.en}`);
  validData(dataDir);
  const pkg = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as { version?: string };
  if (pkg.version !== version)
    throw new ReleaseRefused(`data/datapackage.json 的版本是 ${pkg.version},变更记录是 ${version};先运行 npm run datapackage / data/datapackage.json says ${pkg.version} but the changelog says ${version}: run npm run datapackage`);
  return { version, dir: freezeRelease(root, version) };
}
