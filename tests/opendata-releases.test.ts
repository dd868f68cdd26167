/**
 * Released versions never change: every frozen folder in releases/ matches its own SHA256SUMS,
 * git history never modified or deleted a released file, freezing a version twice is refused,
 * and freezing a correction as a new version leaves the old one byte for byte as it was.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freezeRelease } from '../src/io/freeze-release.ts';
import { listReleases, readReleaseFiles } from '../src/io/frozen-releases.ts';
import { parseChangelog } from '../src/lib/changelog.ts';
import { countsOf } from '../src/lib/diff/cell-rows.ts';
import { diffReleases } from '../src/lib/diff/release.ts';
import { parseSha256sums, sha256Hex } from '../src/lib/publish/hash.ts';
import { tableNames } from '../src/schemas/index.ts';
import { text } from './helpers/read-published.ts';
import { bumpChangelog, editData, fixtureRepo as makeRepo } from './helpers/release-repo.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fixtureRepo = () => {
  const root = makeRepo('ledger-releases-');
  temps.push(root);
  return root;
};

describe('committed releases (releases/v*/)', () => {
  const releases = listReleases('releases');
  const changelog = parseChangelog(readFileSync('data/CHANGELOG.md', 'utf8'));

  it.each(releases.map((r) => [r.version, r.dir]))('v%s matches its SHA256SUMS, and its datapackage.json and changelog agree on the version', (version, dir) => {
    const files = readReleaseFiles(dir);
    const sums = parseSha256sums(text(files.get('SHA256SUMS')!));
    expect([...sums.keys()].sort()).toEqual([...files.keys()].filter((n) => n !== 'SHA256SUMS').sort());
    for (const [n, h] of sums) expect(sha256Hex(files.get(n)!), `${dir}/${n}`).toBe(h);
    expect(JSON.parse(text(files.get('datapackage.json')!)).version).toBe(version);
    expect(changelog.map((c) => c.version)).toContain(version);
  });

  it('were never modified or deleted by any commit, nor in the working tree', () => {
    if (!existsSync('.git')) return;
    const touched = execFileSync('git', ['log', '--format=', '--name-status', '--diff-filter=MDRT', '--', 'releases/'], { encoding: 'utf8' }).trim();
    expect(touched, 'a commit changed a released file: release a new version instead').toBe('');
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'releases/'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l && !l.startsWith('??') && !l.startsWith('A '));
    expect(dirty, 'a released file differs from the commit: release a new version instead').toEqual([]);
  });
});

describe('freezing a version', () => {
  it('writes releases/v1.0.0/ and CITATION.cff, and refuses to freeze the same version again', () => {
    const root = fixtureRepo();
    const dir = freezeRelease(root, '1.0.0');
    expect(dir).toBe(join(root, 'releases/v1.0.0'));
    expect([...readReleaseFiles(dir).keys()]).toContain('datapackage.json');
    expect(readFileSync(join(root, 'CITATION.cff'), 'utf8')).toContain('version: "1.0.0"');
    const before = readFileSync(join(dir, 'SHA256SUMS'));
    expect(() => freezeRelease(root, '1.0.0')).toThrow(/already exists/);
    expect(() => freezeRelease(root)).toThrow(/already exists/);
    expect(readFileSync(join(dir, 'SHA256SUMS'))).toEqual(before);
  });

  it('refuses a version that is not the newest heading of the changelog', () => {
    const root = fixtureRepo();
    expect(() => freezeRelease(root, '0.9.0')).toThrow(/no heading/);
    bumpChangelog(root, '1.0.1', '2026-12-01', 'correction');
    expect(() => freezeRelease(root, '1.0.0')).toThrow(/not the newest/);
  });

  it('keeps v1.0.0 byte for byte after a correction is released as v1.1.0, and counts the one changed row', () => {
    const root = fixtureRepo();
    freezeRelease(root, '1.0.0');
    const v1 = readReleaseFiles(join(root, 'releases/v1.0.0'));

    editData(root, 'credit_followups.csv', '按承诺用途使用', '按承诺用途使用(已复核)');
    bumpChangelog(root, '1.1.0', '2026-12-20', '更正一条跟踪记录 / corrected one follow-up record');
    freezeRelease(root, '1.1.0');

    const v1again = readReleaseFiles(join(root, 'releases/v1.0.0'));
    const v2 = readReleaseFiles(join(root, 'releases/v1.1.0'));
    expect([...v1again.keys()]).toEqual([...v1.keys()]);
    for (const [n, b] of v1) expect(sha256Hex(v1again.get(n)!), n).toBe(sha256Hex(b));

    expect(JSON.parse(text(v2.get('datapackage.json')!)).version).toBe('1.1.0');
    expect(sha256Hex(v2.get('credit_followups.csv')!)).not.toBe(sha256Hex(v1.get('credit_followups.csv')!));
    expect(sha256Hex(v2.get('villages.csv')!)).toBe(sha256Hex(v1.get('villages.csv')!));
    expect(readFileSync(join(root, 'CITATION.cff'), 'utf8')).toContain('version: "1.1.0"');

    const diff = diffReleases(v1, v2);
    expect(diff.map((d) => d.table)).toEqual(tableNames);
    const counts = Object.fromEntries(diff.map((d) => [d.table, countsOf(d)]));
    expect(counts.credit_followups).toEqual({ added: 0, removed: 0, changed: 1 });
    for (const n of tableNames) if (n !== 'credit_followups') expect(counts[n], n).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(diff.find((d) => d.table === 'credit_followups')!.changed[0]).toEqual({
      key: { loan_id: 'L2016-0001', date: '2016-09-01' },
      fields: [{ name: 'finding', old: '按承诺用途使用', new: '按承诺用途使用(已复核)' }],
    });
  });
});
