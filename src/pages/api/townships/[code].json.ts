/** /api/townships/<code>.json: the township, its summary, its villages (as in the index) and its own rows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inPart } from '../../../site/part.ts';
import { apiTownship } from '../../../lib/publish/api.ts';
import { basePath, fileResponse, getPublished } from '../../../site/opendata.ts';

export const getStaticPaths = (async () => inPart(getPublished().data.townships).map((t) => ({ params: { code: t.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data, release } = getPublished();
  return fileResponse('t.json', `${JSON.stringify(apiTownship(data, params.code!, { version: release.version, date: release.date }, basePath()), null, 2)}\n`);
};
