/**
 * The kind of a township or village, read off its official name. Yulong's names all end in the
 * kind itself (石鼓镇 → 镇, 拉巴支村委会 → 村委会). Elsewhere in the national list names end
 * otherwise (苏木, 农场, 开发区; 村民委员会, 社区, 嘎查, ...): those get the nearest kind of the
 * vocabulary and keep their name exactly as published. The validator and the scale generator
 * share these two functions, so a kind is right exactly when it is the one read off the name.
 */
import type { Township, Village } from '../schemas/index.ts';

/** A trailing parenthesis, e.g. 碧溪村民委员会（农村社区） → 碧溪村民委员会. */
const stripNote = (name: string) => name.replace(/[（(][^（()）]*[)）]$/, '');

/** Township-level units that are not 街道/镇/乡 but urban in character. */
const URBAN_TOWNSHIP = /(区|办事处|中心|管委会|城)$/;

/** A name that ends in a space, a digit or punctuation has no kind: the validator reports it. */
const ENDS_WELL = /[\u3400-\u9fff\uf900-\ufaff)）]$/;

export function townshipKindOf(name: string): Township['kind'] | null {
  for (const k of ['街道', '镇', '乡'] as const) if (name.endsWith(k)) return k;
  if (!ENDS_WELL.test(name)) return null;
  // 开发区, 园区, 地区办事处 → 街道; 苏木, 农场, 林场, 监狱, ... → 乡
  return URBAN_TOWNSHIP.test(stripNote(name)) ? '街道' : '乡';
}

/** Residents' committees under other spellings (居民委员会, 社区, 生活区, ...). */
const RESIDENTS = /(居民委员会?|居委员?|居民委|居民会|社区居?|生活区)$/;

export function villageKindOf(name: string): Village['kind'] | null {
  if (name.endsWith('村委会')) return '村委会';
  if (name.endsWith('居委会')) return '居委会';
  if (!ENDS_WELL.test(name)) return null;
  // 村民委员会, …村, 嘎查, 管理区, 连队 → 村委会
  return RESIDENTS.test(stripNote(name)) ? '居委会' : '村委会';
}
