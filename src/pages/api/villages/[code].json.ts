/** /api/villages/<code>.json: the village, its summary, its URLs and its rows of every table. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiVillage } from '../../../lib/publish/api.ts';
import { basePath, fileResponse, getOpenData } from '../../../site/opendata.ts';

export const getStaticPaths = (async () => (await getOpenData()).data.villages.map((v) => ({ params: { code: v.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data, release } = await getOpenData();
  return fileResponse('v.json', `${JSON.stringify(apiVillage(data, params.code!, { version: release.version, date: release.date }, basePath()), null, 2)}\n`);
};
