/**
 * A withheld name is withheld everywhere, and with LEDGER_MASK_NAMES=1 no real name appears in
 * full anywhere: one site built with `npm run build` from the small fixture package where
 * - 李飞龙's loan is withheld (recipient_public=false) after version 1.0.0, which names him, was
 *   frozen, and 1.0.0 is withdrawn (the build refuses to start before that);
 * - a second real person, 和志强, is public, holds a duty post under the same person id, and is
 *   named in a county fact's label and quote;
 * - a placeholder (示例党员0002) is withheld, as in the fixture.
 * Every built file is read back with other tools (fflate for zip and xlsx, zlib for Pagefind's
 * gzipped index), not the build's own scanner.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freezeRelease } from '../src/io/freeze-release.ts';
import { readReleaseFiles } from '../src/io/frozen-releases.ts';
import { withdrawRelease } from '../src/io/withdraw-release.ts';
import { LI_FEILONG_ID } from '../src/lib/real/records.ts';
import { readCsv, text } from './helpers/read-published.ts';
import { editData, fixtureRepo } from './helpers/release-repo.ts';
import { withBuildLock } from './support/build-lock.ts';

const HE = '和志强';
const HE_ID = 'P-H7Q2ZM';
const REASON = '一位借款人的姓名不再公开 / a recipient’s name is now withheld';
let root = '';
let dist = '';
let refused: ReturnType<typeof spawnSync>;
let build: ReturnType<typeof spawnSync>;
let frozenBefore: Map<string, Uint8Array>;
const built = new Map<string, Uint8Array>();
const file = (p: string) => built.get(p) ?? (() => { throw new Error(`not built: ${p}`); })();
const page = (p: string) => parseHTML(text(file(p))).document;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every text a reader could get out of a file: zip and xlsx entries, gzipped files inflated. */
function texts(name: string, bytes: Uint8Array): [string, string][] {
  if (/\.(zip|xlsx)$/.test(name)) return Object.entries(unzipSync(bytes)).flatMap(([e, b]) => texts(`${name}!${e}`, b));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return texts(`${name}(gz)`, new Uint8Array(gunzipSync(bytes)));
  return [[name, Buffer.from(bytes).toString('utf8')]];
}
const holding = (needle: string) => [...built].flatMap(([n, b]) => texts(n, b)).filter(([, t]) => t.includes(needle)).map(([n]) => n);

beforeAll(() => {
  vi.useRealTimers();
  root = fixtureRepo('ledger-withheld-');
  freezeRelease(root, '1.0.0');
  frozenBefore = readReleaseFiles(join(root, 'releases/v1.0.0'));
  // after the release: 李飞龙 is withheld, 和志强 (real, public) is added and named in a fact
  editData(root, 'credit_loans.csv', '李飞龙,true,', '李飞龙,false,');
  appendFileSync(join(root, 'data/credit_loans.csv'), `L-S1-HZQ,530721206203,${HE},true,${HE_ID},,,,2017,50000,种植核桃,种植,,,,,,,批准,,,,,,S1,\n`);
  appendFileSync(join(root, 'data/duty_posts.csv'), `530721206203,2019,P02,村务监督岗,监督村务公开,${HE},${HE_ID},88,党支部、村民代表、群众,S1,\n`);
  appendFileSync(join(root, 'data/county_facts.csv'), `F04,530721206203,credit-case,${HE}的红色信贷,${HE}’s red-credit loan,5,万元,,false,2017,${HE}贷款5万元种植核桃,S1,\n`);
  dist = join(root, 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, LEDGER_MASK_NAMES: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.LEDGER_RELEASES_DIR;
  const run = () => spawnSync(process.execPath, ['scripts/build.ts', '--data', join(root, 'data'), '--out', dist], { encoding: 'utf8', env });
  refused = withBuildLock(run);
  withdrawRelease({ root, version: '1.0.0', reason: REASON, now: new Date('2027-01-10T04:00:00Z') });
  build = withBuildLock(run);
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  for (const p of walk(dist)) built.set(relative(dist, p), new Uint8Array(readFileSync(p)));
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a name withheld after a release', () => {
  it('stops the build, before anything is built, until the version that holds it is withdrawn', () => {
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('releases/v1.0.0/: 这个已发布的版本含有不公开的姓名 李*龙');
    expect(refused.stderr).toContain('npm run withdraw-release -- 1.0.0 --reason');
    expect(refused.stderr).not.toContain('李飞龙');
    expect(refused.stderr).not.toContain('检查数据');
  });

  it('is in no built file: pages, downloads (zip and xlsx entries), API, chart CSVs, search index', () => {
    expect(built.size).toBeGreaterThan(100);
    expect([...built.keys()].some((n) => n.startsWith('pagefind/fragment/'))).toBe(true);
    expect(holding('李飞龙')).toEqual([]);
    expect(holding('示例党员0002')).toEqual([]);
    expect(build.stderr).toMatch(/no withheld or unmasked name in \d+ files/);
  });

  it('with names masked, no real name appears in full anywhere, and the masked form is everywhere it was', () => {
    expect(holding(HE)).toEqual([]);
    const masked = holding('和*强');
    for (const f of ['data/latest/county_facts.csv', 'data/latest/credit_loans.csv', 'data/latest/duty_posts.csv', 'api/villages/530721206203.json', 'villages/530721206203/index.html', 'en/villages/530721206203/index.html'])
      expect(masked, f).toContain(f);
    expect(masked.some((f) => f.startsWith('data/latest/yulong-village-ledger.zip!'))).toBe(true);
    expect(masked.some((f) => f.startsWith('pagefind/'))).toBe(true);
    const facts = readCsv(file('data/latest/county_facts.csv')).rows.find((r) => r.id === 'F04')!;
    expect([facts.label_zh, facts.quote]).toEqual(['和*强的红色信贷', '和*强贷款5万元种植核桃']);
  });

  it('keeps the person: the withheld loan keeps its person id, so people are still counted', () => {
    const loans = readCsv(file('data/latest/credit_loans.csv')).rows;
    expect(loans.find((l) => l.loan_id === 'L-S1-LFL')).toMatchObject({ recipient: '(姓名不公开)', recipient_public: 'false', person_id: LI_FEILONG_ID });
    const he = readCsv(file('data/latest/duty_posts.csv')).rows.find((p) => p.person_id === HE_ID)!;
    expect(he.holder).toBe('和*强');
  });
});

describe('the withdrawn version', () => {
  it('is no longer served, but its SHA256SUMS is, byte for byte', () => {
    expect([...built.keys()].filter((n) => n.startsWith('data/v1.0.0/')).sort()).toEqual(['data/v1.0.0/SHA256SUMS', 'data/v1.0.0/index.html']);
    expect(Buffer.compare(Buffer.from(file('data/v1.0.0/SHA256SUMS')), Buffer.from(frozenBefore.get('SHA256SUMS')!))).toBe(0);
  });

  it('its page says withdrawn, when and why, in both languages, and lists the checksums', () => {
    const zh = page('data/v1.0.0/index.html');
    expect(zh.querySelector('h1')!.textContent).toContain('已撤回');
    const notice = zh.querySelector('[data-testid="withdrawn"]')!.textContent!;
    expect(notice).toContain('已于 2027-01-10 撤回');
    expect(notice).toContain('一位借款人的姓名不再公开');
    const en = page('en/data/v1.0.0/index.html').querySelector('[data-testid="withdrawn"]')!.textContent!;
    expect(en).toContain('was withdrawn on 2027-01-10');
    expect(en).toContain('a recipient’s name is now withheld');
    const sums = text(frozenBefore.get('SHA256SUMS')!);
    const rows = [...zh.querySelectorAll('tbody tr')].map((tr) => ({ cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()), link: tr.querySelector('a')?.getAttribute('href') ?? null }));
    expect(rows.filter((r) => r.cells[0] !== 'SHA256SUMS').length).toBe(sums.trim().split('\n').length);
    for (const { cells: [name, , , digest], link } of rows) {
      if (name === 'SHA256SUMS') expect(link).toBe('/data/v1.0.0/SHA256SUMS');
      else {
        expect(sums).toContain(`${digest}  ${name}`);
        expect(link, name).toBeNull();
      }
    }
  });

  it('the data page and the changelog say so, and never offer its files or cite it', () => {
    const data = page('data/index.html');
    const row = data.querySelector('#versions tr[data-version="1.0.0"]')!;
    expect(row.textContent).toContain('已于 2027-01-10 撤回');
    expect([...row.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/data/v1.0.0/', '/data/v1.0.0/SHA256SUMS']);
    expect(data.querySelector('[data-testid="release-status"]')!.textContent).toContain('已撤回');
    for (const a of data.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\/data\/v1\.0\.0\/(?!SHA256SUMS$|$)/);
    expect(page('data/changelog/index.html').querySelector('[data-version="1.0.0"]')!.textContent).toContain('撤回 / Withdrawn 2027-01-10');
  });

  it('its frozen folder in the repository was never touched', () => {
    const after = readReleaseFiles(join(root, 'releases/v1.0.0'));
    expect([...after.keys()]).toEqual([...frozenBefore.keys()]);
    for (const [n, b] of frozenBefore) expect(Buffer.compare(Buffer.from(after.get(n)!), Buffer.from(b)), n).toBe(0);
  });
});
