import { describe, expect, it } from 'vitest';
import { tableLoader } from '../src/io/content-loader.ts';
import { readDataset } from '../src/io/read-data-dir.ts';
import { tables } from '../src/schemas/index.ts';

/** Runs a loader the way Astro's content layer does, with the table's schema as the collection's. */
async function runLoader(name: 'sources' | 'villages', dir: string) {
  process.env.LEDGER_DATA_DIR = dir;
  const entries = new Map<string, unknown>();
  const store = { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data) };
  const parseData = async ({ data }: { data: Record<string, string> }) => tables[name].schema.parse(data);
  await tableLoader(name).load({ store, parseData } as never);
  delete process.env.LEDGER_DATA_DIR;
  return entries;
}

describe('content collections', () => {
  it('hold every row of the table, parsed by the table’s own schema, keyed by primary key', async () => {
    const { data } = readDataset('tests/fixtures/valid');
    const villages = await runLoader('villages', 'tests/fixtures/valid');
    expect([...villages.keys()]).toEqual(data.villages.map((v) => v.code));
    expect([...villages.values()]).toEqual(data.villages);
  });

  it('hold the real sources with their kinds', async () => {
    const sources = await runLoader('sources', 'data');
    expect(sources.get('S1')).toMatchObject({ kind: 'published' });
    expect(sources.get('SYN')).toMatchObject({ kind: 'synthetic' });
  });
});
