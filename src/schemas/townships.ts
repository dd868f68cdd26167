import { code, enumOf, integer, text } from './fields.ts';
import { sourceId } from './common.ts';
import { defineTable } from './table.ts';
import { townshipKinds } from './vocab.ts';

export const townships = defineTable({
  name: 'townships',
  title: { zh: '乡镇(街道)', en: 'Townships' },
  description: {
    zh: '乡级行政区(街道、镇、乡),代码为 9 位统计用区划代码',
    en: 'Township-level units (subdistricts, towns, townships), with 9-digit codes',
  },
  fields: {
    code: code({ required: true, digits: 9, title: { zh: '乡级代码', en: 'Township code' }, description: { zh: '9 位统计用区划代码', en: '9-digit statistical division code' }, example: '530721102' }),
    name: text({ required: true, maxLength: 40, title: { zh: '名称', en: 'Name' }, description: { zh: '乡镇(街道)名称', en: 'Name of the township' }, example: '石鼓镇' }),
    kind: enumOf({ required: true, terms: townshipKinds, title: { zh: '类别', en: 'Kind' }, description: { zh: '街道、镇或乡,由名称结尾判断', en: 'Subdistrict, town or township, read off the name' } }),
    county_code: code({ required: true, digits: 6, title: { zh: '县级代码', en: 'County code' }, description: { zh: '所属县的代码', en: 'Code of its county' }, example: '530721' }),
    village_count: integer({ required: true, min: 0, unit: { zh: '个', en: 'units' }, title: { zh: '村级单位数', en: 'Village-level units' }, description: { zh: '官方名录中下辖的村(居)委会个数', en: 'Number of village-level units in the official list' }, example: '11' }),
    source_id: sourceId(),
  },
  primaryKey: ['code'],
  foreignKeys: [
    { fields: ['county_code'], reference: { resource: 'counties', fields: ['code'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
