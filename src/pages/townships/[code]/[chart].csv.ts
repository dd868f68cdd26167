/** /townships/<code>/chart-<name>.csv: the CSV of exactly what a chart of the township page plots (src/site/chart-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvResponse } from '../../../lib/publish/chart-csv.ts';
import { townshipChartFiles } from '../../../site/chart-data.ts';
import { getModel } from '../../../site/model.ts';
import { inPart } from '../../../site/part.ts';

export const getStaticPaths = (() => townshipChartFiles(getModel(), inPart(getModel().townships)).map((f) => ({ params: { code: f.code, chart: `chart-${f.chart}` }, props: { text: f.text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => csvResponse((props as { text: string }).text);
