/** /villages/<code>/chart-<name>.csv: the CSV of exactly what a chart of the village page plots (src/site/chart-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvResponse } from '../../../lib/publish/chart-csv.ts';
import { villageChartFiles } from '../../../site/chart-data.ts';
import { getModel } from '../../../site/model.ts';
import { inPart } from '../../../site/part.ts';

export const getStaticPaths = (() => villageChartFiles(getModel(), inPart(getModel().villages)).map((f) => ({ params: { code: f.code, chart: `chart-${f.chart}` }, props: { text: f.text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => csvResponse((props as { text: string }).text);
