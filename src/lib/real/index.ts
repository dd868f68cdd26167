/** All real rows (sources S1, GEO and the SYN description; geography; S1's facts and cases). */
import type { Dataset } from '../../schemas/index.ts';
import { factRows } from './facts.ts';
import { geoRows, type GeoTexts } from './geo.ts';
import { realDividends, realLoans, sourceRows } from './records.ts';

export { GEO, COUNTY_CODE, geoRows, type GeoTexts } from './geo.ts';
export { S1, SYN, DEFAULT_SEED } from './records.ts';

export type RealRows = Pick<Dataset, 'sources' | 'counties' | 'townships' | 'villages' | 'county_facts' | 'credit_loans' | 'dividends'>;

export function realRows(geo: GeoTexts): RealRows {
  const g = geoRows(geo);
  return {
    sources: sourceRows,
    counties: g.counties,
    townships: g.townships,
    villages: g.villages,
    county_facts: factRows,
    credit_loans: realLoans,
    dividends: realDividends,
  };
}
