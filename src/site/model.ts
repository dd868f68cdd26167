/** The site model of the current build's dataset, computed once per build (memoized). */
import { buildSiteModel, type SiteModel } from '../lib/derive/site-model.ts';
import { getDataset } from './dataset.ts';

let cached: SiteModel | undefined;

export function getModel(): SiteModel {
  cached ??= buildSiteModel(getDataset().data);
  return cached;
}
