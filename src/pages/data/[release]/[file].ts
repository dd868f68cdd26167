/**
 * /data/latest/<file> and /data/v<version>/<file>: every published file of the current data and
 * of every frozen version (the latter copied byte for byte from releases/v<version>/); of a
 * withdrawn version, only its SHA256SUMS.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadsShared, fileResponse, frozenReleases, getOpenData, servedFiles } from '../../../site/opendata.ts';
import { inPart } from '../../../site/part.ts';

export const getStaticPaths = (async () => {
  // a build in parts copies /data/latest/'s files from its downloads process instead (scripts/build.ts)
  const latest: [string, Map<string, Uint8Array>][] = downloadsShared() ? [] : [['latest', (await getOpenData()).latest]];
  const sets = [...latest, ...frozenReleases().map((r) => [`v${r.version}`, servedFiles(r)] as [string, Map<string, Uint8Array>])];
  // each part of a build in parts writes its share of the files (src/site/part.ts); the bytes are
  // looked up when the file is written, not kept in the paths (a province's files: 264 MB)
  return inPart(sets.flatMap(([release, files]) => [...files.keys()].map((file) => ({ params: { release, file } }))));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = params.release === 'latest' ? (await getOpenData()).latest : servedFiles(frozenReleases().find((r) => `v${r.version}` === params.release)!);
  const bytes = files.get(params.file!);
  if (!bytes) throw new Error(`no file ${params.release}/${params.file}`);
  return fileResponse(params.file!, bytes);
};
