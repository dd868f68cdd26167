import { code, money, year } from './fields.ts';
import { note, sourceId } from './common.ts';
import { defineTable } from './table.ts';

export const incomeTotals = defineTable({
  name: 'income_totals',
  title: { zh: '村集体经济收入(合计)', en: 'Village collective income totals' },
  description: {
    zh: '每个村每年的集体经济收入合计,须等于 collective_income 中各类型之和',
    en: 'Each village’s total collective income per year; must equal the sum of its types in collective_income',
  },
  fields: {
    village_code: code({ required: true, digits: 12, title: { zh: '村级代码', en: 'Village code' }, description: { zh: '村的 12 位代码', en: '12-digit village code' }, example: '530721102211' }),
    year: year({ required: true, title: { zh: '年度', en: 'Year' }, description: { zh: '收入所属年度', en: 'Year of the income' }, example: '2017' }),
    total_yuan: money({ required: true, title: { zh: '合计(元)', en: 'Total (yuan)' }, description: { zh: '全年集体经济收入合计,单位元', en: 'Total collective income of the year, in yuan' }, example: '26500' }),
    source_id: sourceId(),
    note: note(),
  },
  primaryKey: ['village_code', 'year'],
  foreignKeys: [
    { fields: ['village_code'], reference: { resource: 'villages', fields: ['code'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
