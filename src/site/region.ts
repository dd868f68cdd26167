/**
 * Several counties in one data package: the home page becomes the region's overview and each
 * county gets /counties/{code}/ (the county home page, made from that county's rows). With one
 * county nothing changes: its home page is the county, links to it go to /.
 */
import { buildSiteModel, placeName, type PlaceName, type SiteModel } from '../lib/derive/site-model.ts';
import { regionName, regionSummary, splitByCounty, type RegionSummary } from '../lib/scale/region.ts';
import type { Dataset } from '../schemas/index.ts';
import { getDataset } from './dataset.ts';
import type { Lang } from './i18n.ts';

export const isRegion = (): boolean => getDataset().data.counties.length > 1;

/** The region's name for headings, or null with one county. */
export function regionLabel(lang: Lang): string | null {
  if (!isRegion()) return null;
  const counties = getDataset().data.counties;
  const r = regionName(counties);
  if (lang !== 'en') return r.zh;
  if (r.prefecture) return `${placeName(r.prefecture).en}, ${placeName(r.province!).en}`;
  if (r.province) return placeName(r.province).en;
  return `${counties.length} counties`;
}

let summary: RegionSummary | undefined;
export const getRegionSummary = (): RegionSummary => (summary ??= regionSummary(getDataset().data));

let byCounty: Map<string, Dataset> | undefined;
const models = new Map<string, SiteModel>();

/** The site model of one county's rows (computed once per county per build). */
export function countyModel(code: string): SiteModel {
  let m = models.get(code);
  if (!m) {
    byCounty ??= splitByCounty(getDataset().data);
    const d = byCounty.get(code);
    if (!d) throw new Error(`no county ${code}`);
    models.set(code, (m = buildSiteModel(d)));
  }
  return m;
}

let countyRows: Map<string, Dataset['counties'][number]> | undefined;

/** The county a township lies in, and the path of its page ('/' with one county). */
export function countyOf(townshipCode: string): { code: string; name: PlaceName; path: string } {
  const { counties } = getDataset().data;
  const code = townshipCode.slice(0, 6);
  countyRows ??= new Map(counties.map((c) => [c.code, c]));
  const row = countyRows.get(code) ?? counties[0];
  return { code: row?.code ?? code, name: placeName(row?.name ?? ''), path: isRegion() ? `/counties/${row?.code ?? code}/` : '/' };
}
