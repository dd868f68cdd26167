/** /api/villages/<code>.json: the village, its summary, its URLs and its rows of every table. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inPart } from '../../../site/part.ts';
import { apiVillage } from '../../../lib/publish/api.ts';
import { basePath, fileResponse, getPublished } from '../../../site/opendata.ts';

export const getStaticPaths = (async () => inPart(getPublished().data.villages).map((v) => ({ params: { code: v.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data, release } = getPublished();
  return fileResponse('v.json', `${JSON.stringify(apiVillage(data, params.code!, { version: release.version, date: release.date }, basePath()), null, 2)}\n`);
};
