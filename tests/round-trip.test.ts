/**
 * load → write with toCsv → load keeps every row and every value exactly, on a fixture with
 * every table and the odd values editors write: quotes, commas and line breaks inside cells,
 * decimals, empty optional cells.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { toCsv } from '../src/lib/write-csv.ts';
import { tables, tableNames } from '../src/schemas/index.ts';
import { fileOf } from '../src/schemas/table.ts';
import { validFiles } from './helpers/fixture-data.ts';

describe('round trip through toCsv', () => {
  const first = loadDataset(validFiles(), 'data');
  const written = new Map(tableNames.map((n) => [fileOf(tables[n]), new TextEncoder().encode(toCsv(tables[n], first.data[n] as never))]));
  const second = loadDataset(written, 'data');

  it('starts from a fixture that covers every table and the odd values', () => {
    expect(first.problems).toEqual([]);
    for (const n of tableNames) expect(first.data[n].length, n).toBeGreaterThan(0);
    const cells = tableNames.flatMap((n) => first.loaded[n].raw.flatMap((r) => Object.values(r.cells)));
    expect(cells.some((c) => c.includes('"'))).toBe(true);
    expect(cells.some((c) => c.includes(','))).toBe(true);
    expect(cells.some((c) => c.includes('\n'))).toBe(true);
    expect(cells.some((c) => /^\d+\.\d{1,2}$/.test(c))).toBe(true);
    expect(cells.some((c) => c === '')).toBe(true);
  });

  it('keeps every row and every value exactly', () => {
    expect(second.problems).toEqual([]);
    for (const n of tableNames) expect(second.data[n], n).toEqual(first.data[n]);
  });

  it('writes the same bytes again (the canonical form is a fixed point)', () => {
    for (const n of tableNames) expect(toCsv(tables[n], second.data[n] as never), n).toBe(new TextDecoder().decode(written.get(fileOf(tables[n]))));
  });

  it('writes a table without rows as its header line alone', () => {
    expect(toCsv(tables.counties, [])).toBe('code,name,prefecture,province,source_id\n');
    expect(loadDataset(new Map([...written, ['counties.csv', new TextEncoder().encode(toCsv(tables.counties, []))]]), 'data').problems.map((p) => p.code)).not.toContain('row.empty');
  });
});
