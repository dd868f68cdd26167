/** /api/index.json: every township and village with its summary figures and the URLs of its pages and files. */
import type { APIRoute } from 'astro';
import { apiIndex } from '../../lib/publish/api.ts';
import { basePath, fileResponse, getPublished } from '../../site/opendata.ts';

export const GET: APIRoute = async () => {
  const { data, release } = getPublished();
  return fileResponse('index.json', `${JSON.stringify(apiIndex(data, { version: release.version, date: release.date }, basePath()), null, 2)}\n`);
};
