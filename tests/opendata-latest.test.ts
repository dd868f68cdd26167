/**
 * What /data/latest/ is and what the data pages say about it: the newest frozen version's own
 * files while data/ still holds it; generated from data/ (and flagged as unreleased changes)
 * once data/ differs; and "not frozen yet" before any version is.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { freezeRelease } from '../src/io/freeze-release.ts';
import { readReleaseFiles } from '../src/io/frozen-releases.ts';
import { sha256Hex } from '../src/lib/publish/hash.ts';
import { editData, fixtureRepo } from './helpers/release-repo.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function openData(root: string) {
  vi.stubEnv('LEDGER_DATA_DIR', join(root, 'data'));
  vi.stubEnv('LEDGER_RELEASES_DIR', join(root, 'releases'));
  vi.resetModules();
  const { getOpenData } = await import('../src/site/opendata.ts');
  return getOpenData();
}

const repo = () => {
  const r = fixtureRepo('ledger-latest-');
  temps.push(r);
  return r;
};

describe('/data/latest/', () => {
  it('is the newest frozen version’s files while data/ holds that version', async () => {
    const root = repo();
    freezeRelease(root, '1.0.0');
    const od = await openData(root);
    expect(od.latestIsFrozen).toBe(true);
    const frozen = readReleaseFiles(join(root, 'releases/v1.0.0'));
    for (const [n, b] of frozen) expect(sha256Hex(od.latest.get(n)!), n).toBe(sha256Hex(b));
    expect(od.unreleasedCounts).toBeNull();
  });

  it('is generated from data/ and flagged as unreleased changes once data/ differs from the newest version', async () => {
    const root = repo();
    freezeRelease(root, '1.0.0');
    editData(root, 'counties.csv', '丽江市', '丽江市(地级市)');
    const od = await openData(root);
    expect(od.latestIsFrozen).toBe(false);
    expect(od.newestFrozen).toBe('1.0.0');
    expect(od.release.version).toBe('1.0.0');
    expect(new TextDecoder().decode(od.latest.get('counties.csv'))).toContain('丽江市(地级市)');
    const counts = Object.fromEntries(od.unreleasedCounts!.map(({ table, ...c }) => [table, c]));
    expect(counts.counties).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(counts.villages).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('is marked "not frozen yet" before any version is, with every row counted as new', async () => {
    const od = await openData(repo());
    expect(od.frozen).toEqual([]);
    expect(od.newestFrozen).toBeNull();
    expect(od.versions[0]).toMatchObject({ frozen: false, unreleased: true });
    expect(od.versions[0]!.counts!.find((c) => c.table === 'villages')).toEqual({ table: 'villages', added: 3, removed: 0, changed: 0 });
  });
});
