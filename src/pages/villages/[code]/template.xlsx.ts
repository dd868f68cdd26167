/** /villages/<code>/template.xlsx: the village's fill-in template, pre-filled with its rows as published. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inPart } from '../../../site/part.ts';
import { basePath, fileResponse, getPublished } from '../../../site/opendata.ts';
import { villageTemplateBytes } from '../../../site/templates.ts';

export const getStaticPaths = (async () => inPart(getPublished().data.villages).map((v) => ({ params: { code: v.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => fileResponse('template.xlsx', villageTemplateBytes(params.code!, site, basePath()));
