import { code, id, integer, text, year } from './fields.ts';
import { note, personId, sourceId } from './common.ts';
import { defineTable } from './table.ts';

/** 设岗定责: posts with defined duties for Party members, and their points (an honour only). */
export const dutyPosts = defineTable({
  name: 'duty_posts',
  title: { zh: '设岗定责积分', en: 'Party members’ duty posts and points' },
  description: {
    zh: '党员设岗定责及多方评议积分;积分只是荣誉,不参与分红,也不发报酬',
    en: 'Posts with defined duties for Party members and their points, scored by several parties; the points are an honour only and earn no dividend or pay',
  },
  fields: {
    village_code: code({ required: true, digits: 12, title: { zh: '村级代码', en: 'Village code' }, description: { zh: '村的 12 位代码', en: '12-digit village code' }, example: '530721206203' }),
    year: year({ required: true, title: { zh: '年度', en: 'Year' }, description: { zh: '评议年度', en: 'Year scored' }, example: '2018' }),
    post_id: id({ required: true, title: { zh: '岗位编号', en: 'Post id' }, description: { zh: '村内岗位编号', en: 'Post id within the village' }, example: 'P01' }),
    post: text({ required: true, maxLength: 60, title: { zh: '岗位', en: 'Post' }, description: { zh: '岗位名称', en: 'Name of the post' }, example: '环境卫生监督岗' }),
    duty: text({ required: true, maxLength: 300, title: { zh: '职责', en: 'Duties' }, description: { zh: '岗位职责', en: 'What the post holder does' }, example: '每周巡查村内环境卫生' }),
    holder: text({ required: true, maxLength: 40, title: { zh: '党员', en: 'Holder' }, description: { zh: '在岗党员,按公示;演示数据为占位名', en: 'The Party member, as published; placeholders in demonstration rows' }, example: '示例党员0001' }),
    person_id: personId(),
    points: integer({ required: true, min: 0, max: 1000, unit: { zh: '分', en: 'points' }, title: { zh: '积分', en: 'Points' }, description: { zh: '多方评议得分(荣誉,不参与分红)', en: 'Points from several scorers (an honour; no dividend)' }, example: '92' }),
    scored_by: text({ required: true, maxLength: 100, title: { zh: '评议方', en: 'Scored by' }, description: { zh: '参与评分的各方', en: 'Who scored' }, example: '党支部、村民代表、群众' }),
    source_id: sourceId(),
    note: note(),
  },
  primaryKey: ['village_code', 'year', 'post_id'],
  foreignKeys: [
    { fields: ['village_code'], reference: { resource: 'villages', fields: ['code'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
