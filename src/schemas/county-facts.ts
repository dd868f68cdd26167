import { bool, enumOf, id, period, text } from './fields.ts';
import { note, sourceId } from './common.ts';
import { defineTable } from './table.ts';
import { factQualifiers, factUnits } from './vocab.ts';

/**
 * Published facts, stored exactly as published: the number as printed, its unit as printed
 * (6102 万元 stays 6102 万元), its qualifier (约 about, 多 more than, 以上 or more) and the very
 * words of the source. Qualitative facts (the four-stage procedure, a village's practice) have
 * no value.
 */
export const countyFacts = defineTable({
  name: 'county_facts',
  title: { zh: '公开发表的事实', en: 'Published facts' },
  description: {
    zh: '来源中公开发表的数字与事实,按原文保存(包括“约”“多”等限定词与原文措辞)',
    en: 'Figures and facts as published, kept exactly as printed (qualifiers such as "about" and the source’s own words included)',
  },
  fields: {
    id: id({ required: true, title: { zh: '编号', en: 'Id' }, description: { zh: '事实编号,如 F01', en: 'Fact id, e.g. F01' }, example: 'F01' }),
    scope_code: text({
      required: true,
      maxLength: 12,
      pattern: /^(\d{6}|\d{9}|\d{12})$/,
      patternHint: { zh: '6、9 或 12 位区划代码', en: 'a 6-, 9- or 12-digit division code' },
      title: { zh: '范围代码', en: 'Scope code' },
      description: { zh: '事实所指的县(6 位)、乡镇(9 位)或村(12 位)的代码', en: 'Code of the county (6 digits), township (9) or village (12) the fact is about' },
      example: '530721',
    }),
    topic: text({ required: true, maxLength: 40, title: { zh: '主题', en: 'Topic' }, description: { zh: '如 党员、红色信贷、集体收入、分红', en: 'e.g. party, credit, income, dividends' }, example: 'credit' }),
    label_zh: text({ required: true, maxLength: 200, title: { zh: '中文说明', en: 'Label (Chinese)' }, description: { zh: '这个事实说的是什么', en: 'What the fact is, in Chinese' }, example: '获得红色信贷的党员人数' }),
    label_en: text({ required: true, maxLength: 300, title: { zh: '英文说明', en: 'Label (English)' }, description: { zh: '英文说明', en: 'What the fact is, in English' }, example: 'Party members who received red-credit loans' }),
    value: text({
      required: false,
      maxLength: 20,
      pattern: /^\d+(\.\d+)?$/,
      patternHint: { zh: '按原文写数字,不带单位', en: 'the number as printed, without its unit' },
      title: { zh: '数值', en: 'Value' },
      description: { zh: '按原文的数字(十进制文本,不换算);定性事实为空', en: 'The number as printed (decimal text, not converted); empty for a qualitative fact' },
      example: '6102',
    }),
    unit: enumOf({ required: false, terms: factUnits, title: { zh: '单位', en: 'Unit' }, description: { zh: '按原文的单位', en: 'Unit as printed' }, example: '万元' }),
    qualifier: enumOf({ required: false, terms: factQualifiers, title: { zh: '限定词', en: 'Qualifier' }, description: { zh: '原文的“约”“多”“以上”', en: 'The source’s "about" (约), "more than" (多) or "or more" (以上)' }, example: '约' }),
    approximate: bool({ required: true, title: { zh: '是否约数', en: 'Approximate' }, description: { zh: '原文是约数或下限时为 true', en: 'true when the source gives an approximate figure or a lower bound' }, example: 'false' }),
    period: period({ required: false, title: { zh: '时期', en: 'Period' }, description: { zh: '数字所指的时期(ISO 8601,精度按原文)', en: 'Period the figure refers to (ISO 8601, as precise as the source)' }, example: '2014/2018-04' }),
    quote: text({ required: true, maxLength: 500, title: { zh: '原文', en: 'Quote' }, description: { zh: '来源中的原话', en: 'The source’s own words' }, example: '共有462名党员获得红色信贷6102万元' }),
    source_id: sourceId(),
    note: note(),
  },
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
});
