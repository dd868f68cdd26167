/**
 * A site built with two frozen versions: /data/v1.0.0/ and /data/v1.1.0/ are byte for byte the
 * frozen files, /data/latest/ is the newest version, the per-village files and the API hold the
 * same rows and values as the published CSV, the changelog page counts the changed row, the data
 * page cites the current version, and no built file holds a formula cell or a personal number.
 */
import { spawnSync } from 'node:child_process';
import { withBuildLock } from './support/build-lock.ts';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freezeRelease } from '../src/io/freeze-release.ts';
import { readReleaseFiles } from '../src/io/frozen-releases.ts';
import { jsonRow, type CellRow } from '../src/lib/publish/cells.ts';
import { fromLongCsv } from '../src/lib/publish/village-files.ts';
import { tables, tableNames, type TableName } from '../src/schemas/index.ts';
import type { TableDef } from '../src/schemas/table.ts';
import { formulaCellsIn, personalNumbersIn, readCsv, text } from './helpers/read-published.ts';
import { bumpChangelog, editData, fixtureRepo } from './helpers/release-repo.ts';

let root = '';
let dist = '';
const built = new Map<string, Uint8Array>();
const file = (p: string) => built.get(p) ?? (() => { throw new Error(`not built: ${p}`); })();
const page = (p: string) => parseHTML(text(file(p))).document;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

beforeAll(async () => {
  vi.useRealTimers();
  root = fixtureRepo('ledger-site-');
  freezeRelease(root, '1.0.0');
  editData(root, 'credit_followups.csv', '按承诺用途使用', '按承诺用途使用(已复核)');
  bumpChangelog(root, '1.1.0', '2026-12-20', '更正一条跟踪记录 / corrected one follow-up record');
  freezeRelease(root, '1.1.0');
  dist = join(root, 'dist');
  const r = withBuildLock(() => spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    env: { ...process.env, LEDGER_DATA_DIR: join(root, 'data'), LEDGER_RELEASES_DIR: join(root, 'releases'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  }));
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
  for (const p of walk(dist)) built.set(relative(dist, p), new Uint8Array(readFileSync(p)));
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a site built with two released versions', () => {
  it('serves each version at /data/v<version>/ byte for byte as frozen, and latest = the newest', () => {
    for (const v of ['1.0.0', '1.1.0']) {
      const frozen = readReleaseFiles(join(root, 'releases', `v${v}`));
      for (const [n, b] of frozen) expect(Buffer.compare(Buffer.from(file(`data/v${v}/${n}`)), Buffer.from(b)), `v${v}/${n}`).toBe(0);
      expect(page(`data/v${v}/index.html`).querySelector('h1')!.textContent).toContain(v);
    }
    const newest = readReleaseFiles(join(root, 'releases/v1.1.0'));
    for (const [n, b] of newest) expect(Buffer.compare(Buffer.from(file(`data/latest/${n}`)), Buffer.from(b)), `latest/${n}`).toBe(0);
    expect(text(file('data/v1.0.0/credit_followups.csv'))).not.toContain('已复核');
    expect(text(file('data/v1.1.0/credit_followups.csv'))).toContain('已复核');
  });

  it('shows the current version, its permanent URL and its citations on the data page, in both languages', () => {
    for (const p of ['data/index.html', 'en/data/index.html']) {
      const doc = page(p);
      expect(doc.querySelector('[data-testid=data-version]')!.textContent).toBe('1.1.0');
      expect(doc.querySelector('[data-testid=release-status]')!.textContent).toContain('/data/v1.1.0/');
      expect(doc.querySelector('[data-testid=cite-gbt]')!.textContent).toMatch(/1\.1\.0\[DS\/OL\]\. \(2026-12-20\).*\/data\/v1\.1\.0\//);
      expect(doc.querySelector('[data-testid=cite-apa]')!.textContent).toContain('(Version 1.1.0) [Data set]');
      expect(doc.querySelector('[data-testid=cite-bibtex]')!.textContent).toContain('version      = {1.1.0}');
      const links = [...doc.querySelectorAll('#versions a')].map((a) => a.getAttribute('href'));
      expect(links).toContain('/data/v1.0.0/yulong-village-ledger.zip');
      expect(links).toContain('/data/v1.1.0/yulong-village-ledger.zip');
      let total = 0;
      for (const n of tableNames) {
        const rows = readCsv(file(`data/latest/${n}.csv`)).rows.length;
        expect(doc.querySelector(`[data-table-rows=${n}]`)!.textContent, n).toBe(String(rows));
        total += rows;
      }
      // the total, written like the site's other counts (with thousands separators past 999)
      expect(doc.querySelector('main')!.textContent).toContain(p.startsWith('en') ? `${total.toLocaleString('en')} rows in all` : `共 ${total.toLocaleString('en')} 行`);
      expect(doc.querySelector('#table-credit_loans')!.textContent).toContain(p.startsWith('en') ? 'Name public' : '姓名可公开');
    }
  });

  it('counts the changed row of 1.1.0 and every row of 1.0.0 on the changelog page', () => {
    const doc = page('data/changelog/index.html');
    const v11 = doc.querySelector('[data-version="1.1.0"]')!;
    expect([...v11.querySelectorAll('tr[data-table]')].map((r) => r.getAttribute('data-table'))).toEqual(['credit_followups']);
    expect(v11.querySelector('tr[data-table=credit_followups] [data-count=changed]')!.textContent).toBe('1');
    const v10 = doc.querySelector('[data-version="1.0.0"]')!;
    expect(v10.querySelector('tr[data-table=villages] [data-count=added]')!.textContent).toBe('3');
  });

  it('gives each village data.csv and data.json and an API file with exactly the published rows and values', () => {
    const csv = Object.fromEntries(tableNames.map((n) => [n, readCsv(file(`data/latest/${n}.csv`)).rows])) as Record<TableName, CellRow[]>;
    const index = JSON.parse(text(file('api/index.json')));
    expect(index.version).toBe('1.1.0');
    expect(index.villages.map((v: { code: string }) => v.code)).toEqual(csv.villages.map((v) => v.code));
    const seen = new Map<TableName, Set<string>>(tableNames.map((n) => [n, new Set()]));
    for (const v of index.villages) {
      expect(v.urls.data_csv).toBe(`/villages/${v.code}/data.csv`);
      const json = JSON.parse(text(file(`villages/${v.code}/data.json`)));
      const api = JSON.parse(text(file(`api/villages/${v.code}.json`)));
      const long = fromLongCsv(readCsv(file(`villages/${v.code}/data.csv`)).rows as never);
      expect(json.village.code).toBe(v.code);
      for (const n of tableNames) {
        const t = tables[n] as TableDef<any>;
        const fromLong = (long[n] ?? []) as CellRow[];
        expect(fromLong.map((r) => jsonRow(t, r)), `${v.code} ${n} csv vs json`).toEqual(json.tables[n]);
        expect(api.tables[n], `${v.code} ${n} api`).toEqual(json.tables[n]);
        for (const r of fromLong) {
          const match = csv[n].find((c) => JSON.stringify(c) === JSON.stringify(r));
          expect(match, `${v.code} ${n} row not in the published CSV: ${JSON.stringify(r)}`).toBeDefined();
          seen.get(n)!.add(JSON.stringify(r));
        }
      }
    }
    // Every row that belongs to a village is in its files.
    for (const n of ['villages', 'income_totals', 'collective_income', 'credit_loans', 'credit_followups', 'shareholdings', 'duty_posts'] as const)
      expect(seen.get(n)!.size, n).toBe(csv[n].length);
    const t = JSON.parse(text(file('api/townships/530721206.json')));
    expect(t.township.code).toBe('530721206');
    expect(t.villages.map((v: { code: string }) => v.code)).toEqual(['530721206203']);
    expect(t.summary).toMatchObject({ loans: 1, loan_amount_yuan: 80000.25, dividends: 1, dividend_pool_yuan: 20000, synthetic: true });
  });

  it('has no formula cell and no personal number in any built file, pages included', async () => {
    expect(await formulaCellsIn(built)).toEqual([]);
    // the site's own scripts are code, not data (the check page bundles the validator, whose
    // libraries hold constants such as 2^63); the build's output check leaves them out too
    const data = new Map([...built].filter(([name]) => !/^_astro\/.*\.js$/.test(name)));
    expect(personalNumbersIn(data)).toEqual([]);
  });
});
