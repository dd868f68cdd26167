import { code, enumOf, integer, money, year } from './fields.ts';
import { note, sourceId } from './common.ts';
import { defineTable } from './table.ts';
import { contributionTypes } from './vocab.ts';

export const shareholdings = defineTable({
  name: 'shareholdings',
  title: { zh: '入股', en: 'Shareholdings' },
  description: {
    zh: '每个村的股本构成:土地、项目资金、红色信贷资金、社会资本、贫困户政策扶持',
    en: 'What each village’s shareholders put in: land, project funds, red-credit capital, private capital, policy support for poor households',
  },
  fields: {
    village_code: code({ required: true, digits: 12, title: { zh: '村级代码', en: 'Village code' }, description: { zh: '村的 12 位代码', en: '12-digit village code' }, example: '530721102211' }),
    year: year({ required: true, title: { zh: '年度', en: 'Year' }, description: { zh: '入股年度', en: 'Year' }, example: '2018' }),
    contribution: enumOf({ required: true, terms: contributionTypes, title: { zh: '入股方式', en: 'Contribution' }, description: { zh: '以什么入股', en: 'What was put in' } }),
    amount_yuan: money({ required: true, title: { zh: '折股金额(元)', en: 'Value (yuan)' }, description: { zh: '折算的股本金额,单位元', en: 'Value of the shares, in yuan' }, example: '50000' }),
    shareholders: integer({ required: false, min: 0, unit: { zh: '户', en: 'households' }, title: { zh: '入股户数', en: 'Shareholding households' }, description: { zh: '以此方式入股的户数', en: 'Households that put this in' }, example: '35' }),
    source_id: sourceId(),
    note: note(),
  },
  primaryKey: ['village_code', 'year', 'contribution'],
  foreignKeys: [
    { fields: ['village_code'], reference: { resource: 'villages', fields: ['code'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
