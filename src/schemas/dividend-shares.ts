import { bool, enumOf, id, money, percent } from './fields.ts';
import { note, sourceId } from './common.ts';
import { defineTable } from './table.ts';
import { dividendParties } from './vocab.ts';

/** How one distribution was split: the percents add up to 100 and the yuan to the pool. */
export const dividendShares = defineTable({
  name: 'dividend_shares',
  title: { zh: '分红分配', en: 'Dividend shares' },
  description: {
    zh: '每次分红按对象的分配:百分比之和为 100,金额之和等于分红总额',
    en: 'Each distribution’s split by party: percents add up to 100 and amounts to the pool',
  },
  fields: {
    distribution_id: id({ required: true, title: { zh: '分红编号', en: 'Distribution id' }, description: { zh: 'dividends 中的分红编号', en: 'Distribution id in dividends' }, example: 'D2019-0001' }),
    party: enumOf({ required: true, terms: dividendParties, title: { zh: '分配对象', en: 'Party' }, description: { zh: '村集体、合作社、入股村民等', en: 'Village collective, cooperative, shareholding villagers, ...' } }),
    percent: percent({ required: true, title: { zh: '比例(%)', en: 'Percent' }, description: { zh: '所占百分比,最多两位小数', en: 'Share in percent, at most 2 decimals' }, example: '20' }),
    percent_approximate: bool({ required: true, title: { zh: '比例为约数', en: 'Percent approximate' }, description: { zh: '来源写“约”时为 true', en: 'true when the source says "about"' }, example: 'false' }),
    amount_yuan: money({ required: true, title: { zh: '金额(元)', en: 'Amount (yuan)' }, description: { zh: '分得金额,单位元', en: 'Amount received, in yuan' }, example: '12000' }),
    source_id: sourceId(),
    note: note(),
  },
  primaryKey: ['distribution_id', 'party'],
  foreignKeys: [
    { fields: ['distribution_id'], reference: { resource: 'dividends', fields: ['distribution_id'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
