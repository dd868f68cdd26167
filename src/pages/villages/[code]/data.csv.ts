/** /villages/<code>/data.csv: the village's rows of every table, one line per cell (table,row,field,value). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { longCsv, tableCells, villageRows } from '../../../lib/publish/village-files.ts';
import { fileResponse, getOpenData } from '../../../site/opendata.ts';

export const getStaticPaths = (async () => (await getOpenData()).data.villages.map((v) => ({ params: { code: v.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data } = await getOpenData();
  return fileResponse('data.csv', longCsv(tableCells(villageRows(data, params.code!))));
};
