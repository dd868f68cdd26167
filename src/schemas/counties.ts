import { code, text } from './fields.ts';
import { sourceId } from './common.ts';
import { defineTable } from './table.ts';

export const counties = defineTable({
  name: 'counties',
  title: { zh: '县(区)', en: 'Counties' },
  description: {
    zh: '县级行政区,代码为 6 位统计用区划代码',
    en: 'County-level units, with their 6-digit statistical division codes',
  },
  fields: {
    code: code({ required: true, digits: 6, title: { zh: '县级代码', en: 'County code' }, description: { zh: '6 位统计用区划代码', en: '6-digit statistical division code' }, example: '530721' }),
    name: text({ required: true, maxLength: 40, title: { zh: '名称', en: 'Name' }, description: { zh: '县级行政区名称', en: 'Name of the county' }, example: '玉龙纳西族自治县' }),
    prefecture: text({ required: false, maxLength: 40, title: { zh: '所属地级市', en: 'Prefecture' }, description: { zh: '上级地级市(州)', en: 'Prefecture-level city it belongs to' }, example: '丽江市' }),
    province: text({ required: false, maxLength: 40, title: { zh: '所属省份', en: 'Province' }, description: { zh: '上级省份', en: 'Province it belongs to' }, example: '云南省' }),
    source_id: sourceId(),
  },
  primaryKey: ['code'],
  foreignKeys: [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
});
