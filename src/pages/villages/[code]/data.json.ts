/** /villages/<code>/data.json: `{ version, village, tables }`, the village's rows of every table. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inPart } from '../../../site/part.ts';
import { tableCells, villageJson, villageRows } from '../../../lib/publish/village-files.ts';
import { fileResponse, getPublished } from '../../../site/opendata.ts';

export const getStaticPaths = (async () => inPart(getPublished().data.villages).map((v) => ({ params: { code: v.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data, release } = getPublished();
  return fileResponse('data.json', `${JSON.stringify(villageJson(release.version, tableCells(villageRows(data, params.code!))), null, 2)}\n`);
};
