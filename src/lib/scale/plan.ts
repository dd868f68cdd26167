/**
 * The nationwide build's shards: the counties of each province, in code order (so a
 * prefecture's counties stay together), packed into shards of at most `maxVillages` villages
 * (a county larger than that is a shard of its own). Names are p<province>-<n>. Pure.
 */
import type { DivisionList } from './division.ts';

export interface ShardPlan {
  name: string;
  province: string;
  counties: string[];
  villages: number;
}

export function planShards(list: DivisionList, maxVillages: number): ShardPlan[] {
  const perCounty = new Map<string, number>();
  for (const v of list.villages) perCounty.set(v.code.slice(0, 6), (perCounty.get(v.code.slice(0, 6)) ?? 0) + 1);
  const counties = [...perCounty.keys()].sort();
  const shards: ShardPlan[] = [];
  let current: ShardPlan | null = null;
  for (const c of counties) {
    const province = c.slice(0, 2);
    const n = perCounty.get(c)!;
    if (!current || current.province !== province || current.villages + n > maxVillages) {
      const k: number = shards.filter((s) => s.province === province).length + 1;
      current = { name: `p${province}-${k}`, province, counties: [], villages: 0 };
      shards.push(current);
    }
    current.counties.push(c);
    current.villages += n;
  }
  return shards;
}
