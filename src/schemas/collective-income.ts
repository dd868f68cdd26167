import { code, enumOf, money, year } from './fields.ts';
import { note, sourceId } from './common.ts';
import { defineTable } from './table.ts';
import { incomeTypes } from './vocab.ts';

export const collectiveIncome = defineTable({
  name: 'collective_income',
  title: { zh: '村集体经济收入(分类型)', en: 'Village collective income by type' },
  description: {
    zh: '每个村每年各类型的集体经济收入;同一村同一年的各类型之和等于 income_totals 中的合计',
    en: 'Each village’s collective income per year and type; the types of one village and year add up to its total in income_totals',
  },
  fields: {
    village_code: code({ required: true, digits: 12, title: { zh: '村级代码', en: 'Village code' }, description: { zh: '村的 12 位代码', en: '12-digit village code' }, example: '530721102211' }),
    year: year({ required: true, title: { zh: '年度', en: 'Year' }, description: { zh: '收入所属年度', en: 'Year of the income' }, example: '2017' }),
    income_type: enumOf({ required: true, terms: incomeTypes, title: { zh: '收入类型', en: 'Income type' }, description: { zh: '收入的来源方式', en: 'How the income was earned' } }),
    amount_yuan: money({ required: true, title: { zh: '金额(元)', en: 'Amount (yuan)' }, description: { zh: '收入金额,单位元,最多两位小数', en: 'Amount in yuan, at most 2 decimals' }, example: '12000' }),
    source_id: sourceId(),
    note: note(),
  },
  primaryKey: ['village_code', 'year', 'income_type'],
  foreignKeys: [
    { fields: ['village_code'], reference: { resource: 'villages', fields: ['code'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
