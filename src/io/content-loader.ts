/**
 * An Astro content-layer loader for one table of the data package. It reads the table's CSV with
 * the project's own reader and hands each row's cells to Astro's `parseData`, which validates them
 * with the collection's schema: the table's own zod schema (see src/content.config.ts). Rows the
 * validator rejects never reach a collection (and `npm run build` has stopped before this runs).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { tables, type TableName } from '../schemas/index.ts';
import { fileOf, type TableDef } from '../schemas/table.ts';
import { loadTable } from '../lib/load-table.ts';

export const dataDir = () => resolve(process.env.LEDGER_DATA_DIR ?? 'data');

/** The id of a row in its collection: its primary key's cells joined by `/`. */
export const rowId = (table: TableDef<any>, cells: Record<string, string>) => table.primaryKey.map((k) => cells[k]).join('/');

export function tableLoader(name: TableName): Loader {
  const table = tables[name] as TableDef<any>;
  return {
    name: `ledger-table-${name}`,
    load: async ({ store, parseData }) => {
      const file = join(dataDir(), fileOf(table));
      const loaded = loadTable(table, readFileSync(file), file);
      store.clear();
      for (const row of loaded.raw) {
        if (row.parsed < 0) continue;
        const id = rowId(table, row.cells);
        store.set({ id, data: await parseData({ id, data: row.cells }) });
      }
    },
  };
}
