/**
 * A table of the data package: its file, its fields (each a zod cell schema with metadata), its
 * keys, and the zod object schema that parses one CSV row (an object of cell strings) into a
 * typed row. The loader, the validator, the pages and `datapackage.json` all read this one
 * definition.
 */
import { z } from 'zod';
import type { Field } from './fields.ts';
import type { Bilingual } from './problem.ts';

export interface ForeignKey<K extends string> {
  fields: K[];
  reference: { resource: string; fields: string[] };
}

export interface TableDef<F extends Record<string, Field<any>> = Record<string, Field<any>>> {
  /** Resource name and file stem: `villages` → `villages.csv`. */
  name: string;
  title: Bilingual;
  description: Bilingual;
  fields: F;
  primaryKey: (keyof F & string)[];
  foreignKeys: ForeignKey<keyof F & string>[];
  schema: z.ZodObject<{ [K in keyof F]: F[K]['schema'] }>;
}

export type RowOf<T extends TableDef<any>> = z.output<T['schema']>;

export function defineTable<F extends Record<string, Field<any>>>(def: Omit<TableDef<F>, 'schema'>): TableDef<F> {
  const shape = Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, f.schema])) as {
    [K in keyof F]: F[K]['schema'];
  };
  return { ...def, schema: z.strictObject(shape) };
}

/** The file name of a table inside the data folder. */
export const fileOf = (t: Pick<TableDef, 'name'>) => `${t.name}.csv`;

/** Writes a typed row back as cell strings, field by field, in the table's column order. */
export function formatRow<T extends TableDef<any>>(table: T, row: RowOf<T>): string[] {
  return Object.entries(table.fields as Record<string, Field<any>>).map(([k, f]) => f.format((row as Record<string, unknown>)[k]));
}
