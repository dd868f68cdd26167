/** /villages/<code>/data.json: `{ version, village, tables }`, the village's rows of every table. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { tableCells, villageJson, villageRows } from '../../../lib/publish/village-files.ts';
import { fileResponse, getOpenData } from '../../../site/opendata.ts';

export const getStaticPaths = (async () => (await getOpenData()).data.villages.map((v) => ({ params: { code: v.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data, release } = await getOpenData();
  return fileResponse('data.json', `${JSON.stringify(villageJson(release.version, tableCells(villageRows(data, params.code!))), null, 2)}\n`);
};
