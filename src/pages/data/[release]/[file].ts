/**
 * /data/latest/<file> and /data/v<version>/<file>: every published file of the current data and
 * of every frozen version (the latter copied byte for byte from releases/v<version>/).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, getOpenData, releaseFiles } from '../../../site/opendata.ts';
import { inPart } from '../../../site/part.ts';

export const getStaticPaths = (async () => {
  const od = await getOpenData();
  const sets: [string, Map<string, Uint8Array>][] = [['latest', od.latest], ...od.frozen.map((r) => [`v${r.version}`, releaseFiles(r)] as [string, Map<string, Uint8Array>])];
  // each part of a build in parts writes its share of the files (src/site/part.ts); the bytes are
  // looked up when the file is written, not kept in the paths (a province's files: 264 MB)
  return inPart(sets.flatMap(([release, files]) => [...files.keys()].map((file) => ({ params: { release, file } }))));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const od = await getOpenData();
  const frozen = od.frozen.find((r) => `v${r.version}` === params.release);
  const bytes = (params.release === 'latest' ? od.latest : releaseFiles(frozen!)).get(params.file!);
  if (!bytes) throw new Error(`no file ${params.release}/${params.file}`);
  return fileResponse(params.file!, bytes);
};
