// A data release: the next version, the dated changelog entry written from the diff against the
// last frozen release, and the frozen copy whose bytes never change afterwards. Every test runs
// on a copy of a fixture repository in a temporary folder, never on the real one.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseChangelog } from '../src/lib/changelog.ts';
import { bumpVersion, releaseDate } from '../src/lib/release.ts';
import { freezeRelease } from '../src/io/freeze-release.ts';
import { freezeCurrent, runRelease, writeDataPackage } from '../src/io/release.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

const CHANGELOG = `# 数据变更记录 / Data changelog

Each release of the data package, newest first.

## 1.0.0 — 2026-11-20

- 首次发布 / First release.
`;

/** A repository with data/ (the diff fixture) released and frozen as 1.0.0. */
function fixtureRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'ledger-release-'));
  temp.push(root);
  cpSync('tests/fixtures/diff/base', join(root, 'data'), { recursive: true });
  writeFileSync(join(root, 'data', 'CHANGELOG.md'), CHANGELOG);
  writeDataPackage(join(root, 'data'));
  freezeRelease(root, '1.0.0');
  return root;
}
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const editLoan = (root: string) => {
  const f = join(root, 'data', 'credit_loans.csv');
  writeFileSync(f, readFileSync(f, 'utf8').replace(',2016,80000,', ',2016,85000,'));
};

describe('versions and dates', () => {
  it('bumps patch, minor and major as semver says', () => {
    expect(bumpVersion('1.4.2', 'patch')).toBe('1.4.3');
    expect(bumpVersion('1.4.2', 'minor')).toBe('1.5.0');
    expect(bumpVersion('1.4.2', 'major')).toBe('2.0.0');
  });
  it('dates a release in China Standard Time, or from SOURCE_DATE_EPOCH', () => {
    expect(releaseDate(new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27');
    expect(releaseDate(new Date(), String(Date.UTC(2027, 0, 5, 3) / 1000))).toBe('2027-01-05');
  });
});

describe('npm run release', () => {
  it('writes the dated changelog entry from the diff, the new datapackage version, and freezes the release', () => {
    const root = fixtureRepo();
    const v100 = snapshot(join(root, 'releases', 'v1.0.0'));
    editLoan(root);
    const r = runRelease({ root, kind: 'minor' });
    expect(r.version).toBe('1.1.0');

    const releases = parseChangelog(readFileSync(join(root, 'data', 'CHANGELOG.md'), 'utf8'));
    expect(releases.map((x) => `${x.version} ${x.date}`)).toEqual(['1.1.0 2026-11-26', '1.0.0 2026-11-20']);
    expect(releases[0]!.body).toContain('与 1.0.0 相比 / Changes since 1.0.0');
    expect(releases[0]!.body).toContain('红色信贷 `credit_loans.csv`:新增 0 行,删除 0 行,修改 1 行(共 3 行) / Red-credit loans: 0 added, 0 removed, 1 changed (3 rows)');
    expect(releases[0]!.body).toContain('红色信贷金额 / Red-credit amount: 230,000 元 → 235,000 元');

    expect(JSON.parse(readFileSync(join(root, 'data', 'datapackage.json'), 'utf8')).version).toBe('1.1.0');
    const frozen = join(root, 'releases', 'v1.1.0');
    expect(readFileSync(join(frozen, 'credit_loans.csv'), 'utf8')).toContain(',2016,85000,');
    expect(JSON.parse(readFileSync(join(frozen, 'datapackage.json'), 'utf8')).version).toBe('1.1.0');
    expect(readdirSync(frozen).sort()).toEqual([...readdirSync(join(root, 'releases', 'v1.0.0'))].sort());
    // The earlier release is untouched.
    expect(snapshot(join(root, 'releases', 'v1.0.0'))).toEqual(v100);
  });

  it('lists the flags a reviewer saw in the entry', () => {
    const root = fixtureRepo();
    const f = join(root, 'data', 'county_facts.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace(',462,人,', ',463,人,'));
    const r = runRelease({ root, kind: 'patch' });
    expect(r.entry).toMatch(/^## 1\.0\.1 — 2026-11-26\n/);
    expect(r.entry).toContain('公开发表的事实中有 1 行公开发表或官方来源的数据被修改或删除');
  });

  it('refuses when nothing changed since the last release, and writes nothing', () => {
    const root = fixtureRepo();
    const before = snapshot(join(root, 'data'));
    expect(() => runRelease({ root, kind: 'patch' })).toThrow(/没有变更.*nothing to release/);
    expect(snapshot(join(root, 'data'))).toEqual(before);
    expect(existsSync(join(root, 'releases', 'v1.0.1'))).toBe(false);
  });

  it('refuses when data/ does not validate', () => {
    const root = fixtureRepo();
    const f = join(root, 'data', 'credit_loans.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace(',2016,80000,', ',2016,8万,'));
    expect(() => runRelease({ root, kind: 'patch' })).toThrow(/cell\.unit-in-number/);
    expect(existsSync(join(root, 'releases', 'v1.0.1'))).toBe(false);
  });

  it('never rewrites a frozen release', () => {
    const root = fixtureRepo();
    editLoan(root);
    mkdirSync(join(root, 'releases', 'v1.0.1'));
    const changelog = readFileSync(join(root, 'data', 'CHANGELOG.md'), 'utf8');
    expect(() => runRelease({ root, kind: 'patch' })).toThrow(/已发布的版本不能改写/);
    expect(readFileSync(join(root, 'data', 'CHANGELOG.md'), 'utf8')).toBe(changelog);
    expect(() => freezeRelease(root, '1.0.0')).toThrow(/already exists/);
    expect(() => freezeCurrent(root)).toThrow(/already exists/);
  });

  it('runs from the command line on the root it is given, with SOURCE_DATE_EPOCH', () => {
    const root = fixtureRepo();
    editLoan(root);
    const bad = spawnSync(process.execPath, ['scripts/release.ts', 'huge', '--root', root], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    const out = spawnSync(process.execPath, ['scripts/release.ts', 'major', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.UTC(2027, 2, 1, 2) / 1000) },
    });
    expect(out.stderr).toContain('released 2.0.0');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^## 2\.0\.0 — 2027-03-01\n/);
    expect(existsSync(join(root, 'releases', 'v2.0.0', 'datapackage.json'))).toBe(true);
  });

  it('freezes the current version once for a repository that has none frozen', () => {
    const root = fixtureRepo();
    rmSync(join(root, 'releases'), { recursive: true });
    expect(() => runRelease({ root, kind: 'patch' })).toThrow(/--freeze-current/);
    expect(freezeCurrent(root).version).toBe('1.0.0');
    expect(snapshot(join(root, 'releases', 'v1.0.0'))['villages.csv']).toBe(readFileSync(join(root, 'data', 'villages.csv'), 'utf8'));
  });
});

describe('a version that was ever released is never frozen again', () => {
  const git = (root: string, ...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  /** The fixture as a git repository: 1.0.0 frozen and committed, then 1.0.1 released, committed, and its folder deleted in a later commit. */
  function deletedRelease(): string {
    const root = fixtureRepo();
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'config', 'user.email', 'test@example.org');
    git(root, 'config', 'user.name', 'Test');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'Release 1.0.0');
    editLoan(root);
    runRelease({ root, kind: 'patch', now: new Date('2026-12-01T04:00:00Z') });
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'Release 1.0.1');
    rmSync(join(root, 'releases', 'v1.0.1'), { recursive: true });
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'Delete the folder of 1.0.1');
    // the data changes again: re-freezing 1.0.1 would publish other bytes as 1.0.1
    const f = join(root, 'data', 'credit_loans.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace(',2016,85000,', ',2016,86000,'));
    return root;
  }

  it('refuses --freeze-current and freeze-release after the folder was deleted, saying where it was released and how to restore it', () => {
    const root = deletedRelease();
    const deletion = git(root, 'log', '-1', '--format=%h', '--', 'releases/v1.0.1').trim();
    expect(() => freezeCurrent(root)).toThrow(new RegExp(`was released: releases/v1\\.0\\.1/ was frozen in commit [0-9a-f]+ \\(\\d{4}-\\d\\d-\\d\\d\\) and deleted in ${deletion}.*git checkout ${deletion}\\^ -- releases/v1\\.0\\.1`));
    expect(() => freezeRelease(root, '1.0.1')).toThrow(/版本 1\.0\.1 已经发布过/);
    const cli = spawnSync(process.execPath, [join(process.cwd(), 'scripts/freeze-release.ts')], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('version 1.0.1 was released');
    expect(existsSync(join(root, 'releases', 'v1.0.1'))).toBe(false);
    // restoring the folder as the message says brings back the released bytes
    git(root, 'checkout', `${deletion}^`, '--', 'releases/v1.0.1');
    expect(readFileSync(join(root, 'releases/v1.0.1/credit_loans.csv'), 'utf8')).toContain(',2016,85000,');
  });

  it('npm run release asks to restore the deleted folder of the last release instead of freezing it anew', () => {
    const root = deletedRelease();
    expect(() => runRelease({ root, kind: 'patch' })).toThrow(/releases\/v1\.0\.1\/ of the last release 1\.0\.1 is missing: .*git checkout/);
    expect(existsSync(join(root, 'releases', 'v1.0.2'))).toBe(false);
  });

  it('refuses a version the changelog lists already, or one older than a version that exists', () => {
    const root = fixtureRepo();
    editLoan(root);
    // an entry for 1.0.1 written below 1.0.0 by hand: 1.0.1 is listed as released
    const p = join(root, 'data', 'CHANGELOG.md');
    const before = readFileSync(p, 'utf8');
    writeFileSync(p, `${before}\n## 1.0.1 — 2026-11-21\n\n- 更正 / Correction.\n`);
    expect(() => runRelease({ root, kind: 'patch' })).toThrow(/1\.0\.1 is already listed as released in data\/CHANGELOG\.md/);
    expect(existsSync(join(root, 'releases', 'v1.0.1'))).toBe(false);
    // a later version's folder exists: 1.0.1 cannot come after it
    writeFileSync(p, before.replace('## 1.0.0', '## 1.0.1 — 2026-11-21\n\n- 更正 / Correction.\n\n## 1.0.0'));
    writeDataPackage(join(root, 'data'));
    cpSync(join(root, 'releases', 'v1.0.0'), join(root, 'releases', 'v1.1.0'), { recursive: true });
    expect(() => freezeCurrent(root)).toThrow(/a later version 1\.1\.0 exists/);
    rmSync(join(root, 'releases', 'v1.1.0'), { recursive: true });
    expect(freezeCurrent(root).version).toBe('1.0.1');
  });
});
