/** /data/templates/<table>.xlsx and /data/templates/all.xlsx: the fill-in templates (src/site/templates.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { basePath, fileResponse } from '../../../site/opendata.ts';
import { tableTemplateBytes, templateNames } from '../../../site/templates.ts';

export const getStaticPaths = (() => templateNames().map((name) => ({ params: { file: `${name}.xlsx` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => fileResponse(params.file!, tableTemplateBytes(params.file!.replace(/\.xlsx$/, ''), site, basePath()));
