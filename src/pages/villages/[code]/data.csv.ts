/** /villages/<code>/data.csv: the village's rows of every table, one line per cell (table,row,field,value). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inPart } from '../../../site/part.ts';
import { longCsv, tableCells, villageRows } from '../../../lib/publish/village-files.ts';
import { fileResponse, getPublished } from '../../../site/opendata.ts';

export const getStaticPaths = (async () => inPart(getPublished().data.villages).map((v) => ({ params: { code: v.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data } = getPublished();
  return fileResponse('data.csv', longCsv(tableCells(villageRows(data, params.code!))));
};
