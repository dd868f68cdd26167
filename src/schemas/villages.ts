import { code, enumOf, text } from './fields.ts';
import { sourceId } from './common.ts';
import { defineTable } from './table.ts';
import { villageKinds } from './vocab.ts';

export const villages = defineTable({
  name: 'villages',
  title: { zh: '村(社区)', en: 'Villages' },
  description: {
    zh: '村级单位(村委会、社区居委会),代码为 12 位统计用区划代码',
    en: 'Village-level units (village and residents’ committees), with 12-digit codes',
  },
  fields: {
    code: code({ required: true, digits: 12, title: { zh: '村级代码', en: 'Village code' }, description: { zh: '12 位统计用区划代码', en: '12-digit statistical division code' }, example: '530721102211' }),
    name: text({ required: true, maxLength: 40, title: { zh: '名称', en: 'Name' }, description: { zh: '村(居)委会名称,与官方名录一致', en: 'Name as in the official list' }, example: '拉巴支村委会' }),
    kind: enumOf({ required: true, terms: villageKinds, title: { zh: '类别', en: 'Kind' }, description: { zh: '村委会或居委会,由名称结尾判断', en: 'Village or residents’ committee, read off the name' } }),
    township_code: code({ required: true, digits: 9, title: { zh: '乡级代码', en: 'Township code' }, description: { zh: '所属乡镇(街道)的代码', en: 'Code of its township' }, example: '530721102' }),
    source_id: sourceId(),
  },
  primaryKey: ['code'],
  foreignKeys: [
    { fields: ['township_code'], reference: { resource: 'townships', fields: ['code'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
