/**
 * A released version cannot change silently: the build checks every releases/v{version}/ folder
 * against its SHA256SUMS (exactly the listed files, each with its digest) before it builds
 * anything, and names each file that differs.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSums, parseSha256sums, sha256sums } from '../src/lib/publish/hash.ts';
import { frozenReleaseDamage, releaseDamage } from '../src/io/verify-releases.ts';
import { releaseFiles } from '../src/site/opendata.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const enc = new TextEncoder();
/** A repository root with releases/v1.0.0/ holding two files and their SHA256SUMS. */
function frozenRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'ledger-integrity-'));
  temps.push(root);
  const dir = join(root, 'releases', 'v1.0.0');
  mkdirSync(dir, { recursive: true });
  const files = new Map([
    ['credit_loans.csv', enc.encode('loan_id,amount_yuan\nL2016-0001,80000\n')],
    ['villages.csv', enc.encode('code,name\n530721102211,拉巴支村委会\n')],
  ]);
  for (const [n, b] of files) writeFileSync(join(dir, n), b);
  writeFileSync(join(dir, 'SHA256SUMS'), sha256sums(files));
  return root;
}

describe('compareSums', () => {
  it('says which listed files changed, are missing, or are not listed', () => {
    const files = new Map([
      ['a.csv', enc.encode('1')],
      ['b.csv', enc.encode('2')],
    ]);
    const sums = parseSha256sums(sha256sums(files));
    expect(compareSums(files, sums)).toEqual({ changed: [], missing: [], unlisted: [] });
    const edited = new Map([
      ['a.csv', enc.encode('7')],
      ['c.csv', enc.encode('3')],
      ['SHA256SUMS', enc.encode('')],
    ]);
    expect(compareSums(edited, sums)).toEqual({ changed: ['a.csv'], missing: ['b.csv'], unlisted: ['c.csv'] });
  });
});

describe('the frozen versions are checked against their SHA256SUMS', () => {
  it('an intact folder has nothing to report', () => {
    const root = frozenRoot();
    expect(frozenReleaseDamage(join(root, 'releases'))).toEqual([]);
  });

  it('a changed digit names the file, in Chinese and English, with how to restore it', () => {
    const root = frozenRoot();
    const f = join(root, 'releases/v1.0.0/credit_loans.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace('80000', '80001'));
    const damage = frozenReleaseDamage(join(root, 'releases'));
    expect(damage).toHaveLength(1);
    expect(damage[0]!.file).toBe('releases/v1.0.0/credit_loans.csv');
    expect(damage[0]!.zh).toMatch(/校验和不符.*git checkout -- releases\/v1\.0\.0\/credit_loans\.csv/);
    expect(damage[0]!.en).toMatch(/does not match its checksum/);
  });

  it('a file added to a released folder, a deleted file and a missing SHA256SUMS are refused', () => {
    const root = frozenRoot();
    const dir = join(root, 'releases/v1.0.0');
    writeFileSync(join(dir, 'extra.csv'), 'x\n');
    rmSync(join(dir, 'villages.csv'));
    expect(releaseDamage(dir, 'releases/v1.0.0').map((d) => [d.file, d.en.split(':')[0]])).toEqual([
      ['releases/v1.0.0/extra.csv', 'not listed in SHA256SUMS'],
      ['releases/v1.0.0/villages.csv', 'listed in SHA256SUMS but missing (hint'],
    ]);
    rmSync(join(dir, 'SHA256SUMS'));
    expect(releaseDamage(dir, 'releases/v1.0.0').map((d) => d.file)).toEqual(['releases/v1.0.0/SHA256SUMS']);
  });

  it('the site refuses to publish a frozen version whose files differ, however it is built', () => {
    const root = frozenRoot();
    const dir = join(root, 'releases/v1.0.0');
    appendFileSync(join(dir, 'credit_loans.csv'), 'L2016-0002,1\n');
    expect(() => releaseFiles({ version: '1.0.0', dir })).toThrow(/releases\/v1\.0\.0\/credit_loans\.csv: .*does not match its checksum/);
  });

  it('npm run build stops before building anything when a released file was changed', () => {
    const root = frozenRoot();
    cpSync('tests/fixtures/opendata', join(root, 'data'), { recursive: true });
    appendFileSync(join(root, 'releases/v1.0.0/villages.csv'), '530721102212,太安村委会\n');
    const out = join(root, 'dist');
    const env = { ...process.env };
    delete env.LEDGER_RELEASES_DIR;
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--data', join(root, 'data'), '--out', out], { encoding: 'utf8', env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('releases/v1.0.0/villages.csv: 与 SHA256SUMS 中的校验和不符');
    expect(r.stderr).not.toContain('检查数据');
    expect(existsSync(out)).toBe(false);
  });
});
