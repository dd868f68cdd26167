import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/lib/write-csv.ts';
import { tables } from '../src/schemas/index.ts';

describe('toCsv', () => {
  it('writes an empty table as its header line alone (no blank row an editor would trip on)', () => {
    expect(toCsv(tables.counties, [])).toBe('code,name,prefecture,province,source_id\n');
  });

  it('quotes cells with commas, quotes and line breaks, and writes money and percent canonically', () => {
    const csv = toCsv(tables.dividend_shares, [
      { distribution_id: 'D1', party: '合作社', percent: 550, percent_approximate: true, amount_yuan: 100050, source_id: 'SYN', note: '甲,"乙"\n丙' },
    ]);
    expect(csv).toBe('distribution_id,party,percent,percent_approximate,amount_yuan,source_id,note\nD1,合作社,5.5,true,1000.50,SYN,"甲,""乙""\n丙"\n');
  });
});
