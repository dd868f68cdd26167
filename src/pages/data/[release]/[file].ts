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
  // each part of a build in parts writes its share of the files (src/site/part.ts)
  return inPart(sets.flatMap(([release, files]) => [...files].map(([file, bytes]) => ({ params: { release, file }, props: { bytes } }))));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => fileResponse(params.file!, (props as { bytes: Uint8Array }).bytes);
