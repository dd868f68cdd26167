/** Collective income by year, stacked by type (产业带动, 服务创收, ...). */
import { incomeTypes, termLabel } from '../schemas/vocab.ts';
import { compareIncomeType } from '../lib/derive/income.ts';
import { short } from '../site/i18n.ts';
import { wanShort } from '../site/format.ts';
import { yearBars } from './bars.ts';
import { colourOf, incomeTypeColour } from './palette.ts';
import { cached, type ChartOptions } from './render.ts';

export interface IncomeByYearRow {
  year: number;
  /** Income type as stored (Chinese term). */
  type: string;
  yuan: number;
}

export function incomeByYearLegend(rows: readonly IncomeByYearRow[], lang: ChartOptions['lang']) {
  return [...new Set(rows.map((r) => r.type))].sort(compareIncomeType).map((type, i) => ({
    label: termLabel(incomeTypes, type, short(lang)),
    colour: colourOf(incomeTypeColour, type, i),
  }));
}

export function incomeByYear(rows: readonly IncomeByYearRow[], opts: ChartOptions & { title?: string }): string {
  return cached('income-by-year', opts, [rows, opts.title], () => {
    const en = opts.lang === 'en';
    const sorted = [...rows].sort((a, b) => a.year - b.year || compareIncomeType(a.type, b.type));
    const types = [...new Set(sorted.map((r) => r.type))].sort(compareIncomeType);
    const years = [...new Set(sorted.map((r) => r.year))];
    const title = opts.title ?? (en ? 'Collective income by year and type' : '各年集体经济收入(按类型)');
    const description = en
      ? `Stacked bars, one per year from ${years[0]} to ${years[years.length - 1]}, split by income type: ${types.map((t) => termLabel(incomeTypes, t, 'en')).join(', ')}. Amounts in yuan; the table below gives every figure.`
      : `堆叠柱形图,${years[0]}年至${years[years.length - 1]}年每年一根,按收入类型(${types.join('、')})分段,单位元;下方表格列出全部数字。`;
    return yearBars(
      // the stored term as the key in both languages (keys are never shown): one drawing for both
      sorted.map((r) => ({ year: r.year, value: r.yuan, key: r.type, colour: colourOf(incomeTypeColour, r.type, types.indexOf(r.type)) })),
      opts,
      { title, description },
      (v) => wanShort(v, opts.lang),
      en ? 'yuan' : '元',
    );
  });
}
