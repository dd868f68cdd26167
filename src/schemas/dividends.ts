import { bool, code, date, enumOf, id, integer, money, text } from './fields.ts';
import { note, sourceId } from './common.ts';
import { defineTable } from './table.ts';
import { dividendScopes, incomeTypes } from './vocab.ts';

/** One distribution event (受益分红); its split by party is in dividend_shares. */
export const dividends = defineTable({
  name: 'dividends',
  title: { zh: '分红', en: 'Dividend distributions' },
  description: {
    zh: '每次收益分红一行:范围、日期、收入来源、分红总额、受益人数;分配比例见 dividend_shares',
    en: 'One row per distribution: scope, date, revenue source, pool, recipients; its split is in dividend_shares',
  },
  fields: {
    distribution_id: id({ required: true, title: { zh: '分红编号', en: 'Distribution id' }, description: { zh: '分红编号', en: 'Distribution id' }, example: 'D2019-0001' }),
    scope: enumOf({ required: true, terms: dividendScopes, title: { zh: '范围', en: 'Scope' }, description: { zh: '一个村、若干村民小组或多个村', en: 'One village, village groups, or several villages' } }),
    village_code: code({ required: false, digits: 12, title: { zh: '村级代码', en: 'Village code' }, description: { zh: '分红所在村;来源未载明哪个村时留空', en: 'Village of the distribution; empty when the source does not say which' }, example: '530721102211' }),
    township_code: code({ required: true, digits: 9, title: { zh: '乡级代码', en: 'Township code' }, description: { zh: '所在乡镇', en: 'Township' }, example: '530721205' }),
    date: date({ required: true, title: { zh: '日期', en: 'Date' }, description: { zh: '发放日期', en: 'Date paid out' }, example: '2019-02-02' }),
    revenue_source: text({ required: true, maxLength: 200, title: { zh: '收入来源', en: 'Revenue source' }, description: { zh: '分红的钱从哪里来', en: 'Where the money came from' }, example: '旅游反哺资金和资源补偿' }),
    revenue_type: enumOf({ required: true, terms: incomeTypes, title: { zh: '收入类型', en: 'Revenue type' }, description: { zh: '收入类型', en: 'Type of revenue' } }),
    pool_yuan: money({ required: true, title: { zh: '分红总额(元)', en: 'Pool (yuan)' }, description: { zh: '分配总额,单位元', en: 'Amount distributed, in yuan' }, example: '2360000' }),
    pool_is_lower_bound: bool({ required: true, title: { zh: '总额为下限', en: 'Pool is a lower bound' }, description: { zh: '原文写“多”(如 236万多元)时为 true', en: 'true when the source says "more than" (e.g. 236万多元)' }, example: 'false' }),
    recipients: integer({ required: false, min: 0, unit: { zh: '人', en: 'people' }, title: { zh: '受益人数', en: 'Recipients' }, description: { zh: '领取分红的人数', en: 'People who received a share' }, example: '107' }),
    village_groups: integer({ required: false, min: 0, unit: { zh: '个', en: 'groups' }, title: { zh: '村民小组数', en: 'Village groups' }, description: { zh: '涉及的村民小组数', en: 'Village groups involved' }, example: '7' }),
    committees: integer({ required: false, min: 0, unit: { zh: '个', en: 'committees' }, title: { zh: '村委会数', en: 'Village committees' }, description: { zh: '涉及的村委会数', en: 'Village committees involved' }, example: '2' }),
    source_id: sourceId(),
    note: note(),
  },
  primaryKey: ['distribution_id'],
  foreignKeys: [
    { fields: ['village_code'], reference: { resource: 'villages', fields: ['code'] } },
    { fields: ['township_code'], reference: { resource: 'townships', fields: ['code'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
