/**
 * /shards.json: how the search page finds every search index of the deployment. `bundles`: the
 * other shards' root indexes, merged at once (a site built in one piece has none;
 * scripts/assemble-shards.ts rewrites this file with the shards it puts side by side). `counties`:
 * the county bundles of an index split by county (src/lib/search-bundles.ts), merged on demand;
 * empty for a build of one county.
 */
import { countyBundles } from '../lib/search-bundles.ts';
import { getDataset } from '../site/dataset.ts';

export const GET = () => {
  const counties = countyBundles(getDataset().data.villages.map((v) => v.code));
  return new Response(`${JSON.stringify({ bundles: [], counties }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
