/** The row diff behind the changelog's counts and `npm run diff`: matched by primary key, compared by cell text. */
import { describe, expect, it } from 'vitest';
import { countsOf, diffRows } from '../src/lib/diff/cell-rows.ts';
import { tables } from '../src/schemas/index.ts';

const row = (village_code: string, year: string, total_yuan: string, note = '') => ({ village_code, year, total_yuan, source_id: 'SYN', note });

describe('diffRows', () => {
  it('finds rows added, removed and changed, by the table’s primary key', () => {
    const old = [row('530721102201', '2017', '26500'), row('530721102211', '2017', '52000'), row('530721206203', '2017', '21000')];
    const now = [row('530721102201', '2017', '26500.50'), row('530721206203', '2017', '21000'), row('530721206203', '2018', '23000')];
    const d = diffRows(tables.income_totals, old, now);
    expect(countsOf(d)).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(d.added).toEqual([now[2]]);
    expect(d.removed).toEqual([old[1]]);
    expect(d.changed).toEqual([{ key: { village_code: '530721102201', year: '2017' }, fields: [{ name: 'total_yuan', old: '26500', new: '26500.50' }] }]);
  });

  it('counts a row whose order moved as unchanged, and a column only one side has as a change', () => {
    const a = [row('530721102201', '2017', '1'), row('530721102211', '2017', '2')];
    expect(countsOf(diffRows(tables.income_totals, a, [...a].reverse()))).toEqual({ added: 0, removed: 0, changed: 0 });
    const withColumn = [{ ...a[0]!, extra: 'x' }, a[1]!];
    expect(diffRows(tables.income_totals, a, withColumn).changed).toEqual([{ key: { village_code: '530721102201', year: '2017' }, fields: [{ name: 'extra', old: '', new: 'x' }] }]);
  });

  it('treats every row as added when there was no earlier version', () => {
    expect(countsOf(diffRows(tables.income_totals, [], [row('530721102201', '2017', '1')]))).toEqual({ added: 1, removed: 0, changed: 0 });
  });
});
