/**
 * Demonstration 设岗定责 records: Party members' posts with defined duties and the points several
 * parties gave them. As in 太平村 (S1), the points are an honour only: no dividend, no pay.
 */
import type { DutyPost, Village } from '../../schemas/index.ts';
import { rng } from './random.ts';
import { SYN } from '../real/records.ts';
import { demoPersonIds } from './loans.ts';

export const TAIPING = '530721206203';
const OTHER_VILLAGES = 4;
export const HONOUR_NOTE = '积分只是荣誉,不参与分红,也不发报酬';

const POSTS = [
  ['政策宣传岗', '向村民宣讲惠农和扶贫政策,每月入户不少于一次'],
  ['环境卫生监督岗', '每周巡查村内环境卫生,督促整改'],
  ['矛盾纠纷调解岗', '及时了解并协助调解邻里和土地纠纷'],
  ['产业发展带头岗', '示范种养技术,带动农户发展产业'],
  ['扶贫帮困联络岗', '联系贫困户和困难群众,反映诉求,帮助解决实际困难'],
  ['护林防火岗', '巡山护林,宣传森林防火'],
  ['道路交通安全岗', '劝导交通安全,报告道路隐患'],
  ['村务监督岗', '监督村务、财务公开和集体经济台账'],
] as const;

/** `ids` hands out the holders' person ids (shared with the loans: see generateLoans). */
export function generateDutyPosts(villages: readonly Village[], seed: number, ids = demoPersonIds(seed)): DutyPost[] {
  const r = rng(seed, 'duty-posts');
  const sorted = [...villages].sort((a, b) => (a.code < b.code ? -1 : 1));
  if (!sorted.some((v) => v.code === TAIPING)) throw new Error('duty posts: 太平村委会 530721206203 is not among the villages');
  const others = r
    .shuffle(sorted.filter((v) => v.code !== TAIPING && v.kind === '村委会'))
    .slice(0, OTHER_VILLAGES)
    .map((v) => v.code);
  const chosen = [TAIPING, ...others].sort();
  const rows: DutyPost[] = [];
  let holderNo = 2001;
  for (const code of chosen) {
    const posts = r.shuffle(POSTS).slice(0, r.int(5, 8));
    const holders = posts.map(() => holderNo++);
    const first = code === TAIPING ? 2017 : r.int(2018, 2021);
    for (let year = first; year <= 2024; year++)
      posts.forEach(([post, duty], i) => {
        if (year > first && r.chance(0.08)) holders[i] = holderNo++; // a new holder takes the post
        rows.push({
          village_code: code,
          year,
          post_id: `P${String(i + 1).padStart(2, '0')}`,
          post,
          duty,
          holder: `示例党员${String(holders[i]).padStart(4, '0')}`,
          person_id: ids.of(`示例党员${String(holders[i]).padStart(4, '0')}`),
          points: r.int(62, 100),
          scored_by: '党支部、村民代表、群众',
          source_id: SYN,
          note: HONOUR_NOTE,
        });
      });
  }
  return rows;
}
