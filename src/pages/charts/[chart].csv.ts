/** /charts/<page>-<name>.csv: the CSV of exactly what a chart of the home, credit or dividends page plots (src/site/chart-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvResponse } from '../../lib/publish/chart-csv.ts';
import { countyChartFiles } from '../../site/chart-data.ts';
import { getModel } from '../../site/model.ts';

export const getStaticPaths = (() => countyChartFiles(getModel()).map((f) => ({ params: { chart: f.chart }, props: { text: f.text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => csvResponse((props as { text: string }).text);
