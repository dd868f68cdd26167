import { date, enumOf, id, text } from './fields.ts';
import { note } from './common.ts';
import { defineTable } from './table.ts';
import { sourceKinds } from './vocab.ts';

export const sources = defineTable({
  name: 'sources',
  title: { zh: '来源', en: 'Sources' },
  description: {
    zh: '每一行数据的出处:公开发表的文章、官方名录,或标明为演示的合成数据',
    en: 'Where every row comes from: a published text, an official register, or synthetic demonstration data',
  },
  fields: {
    id: id({ required: true, title: { zh: '编号', en: 'Id' }, description: { zh: '来源编号,如 S1', en: 'Source id, e.g. S1' }, example: 'S1' }),
    kind: enumOf({
      required: true,
      terms: sourceKinds,
      title: { zh: '类别', en: 'Kind' },
      description: { zh: 'published 公开发表 / official 官方名录 / synthetic 演示(合成)', en: 'published / official / synthetic' },
    }),
    title: text({ required: true, title: { zh: '标题', en: 'Title' }, description: { zh: '来源标题', en: 'Title of the source' }, example: '基层党建创新,支撑产业扶贫治理平台' }),
    publisher: text({ required: false, title: { zh: '发布者', en: 'Publisher' }, description: { zh: '发布或转载的机构、网站', en: 'Who published or reprinted it' } }),
    url: text({
      required: false,
      pattern: /^https?:\/\/\S+$/,
      patternHint: { zh: '以 http:// 或 https:// 开头的网址', en: 'a URL starting with http:// or https://' },
      title: { zh: '网址', en: 'URL' },
      description: { zh: '来源的网址', en: 'Address of the source' },
    }),
    published: date({ required: false, title: { zh: '发布日期', en: 'Published' }, description: { zh: '发布日期', en: 'Date of publication' } }),
    accessed: date({ required: false, title: { zh: '访问日期', en: 'Accessed' }, description: { zh: '最后查阅日期', en: 'Date last accessed' } }),
    license: text({ required: false, title: { zh: '许可', en: 'Licence' }, description: { zh: '来源的许可或使用条件', en: 'Licence or terms of the source' } }),
    note: note(),
  },
  primaryKey: ['id'],
  foreignKeys: [],
});
