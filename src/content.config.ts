/**
 * Content collections for the data package's reference tables. Each collection's schema is the
 * table's own zod schema from src/schemas (the one the loader, the validator and
 * datapackage.json use), applied by Astro to the CSV cells the loader reads. The large fact
 * tables are read once per build through src/site/dataset.ts instead, which keeps a province
 * build from copying hundreds of thousands of rows into Astro's data store.
 */
import { defineCollection } from 'astro:content';
import { tableLoader } from './io/content-loader.ts';
import { tables } from './schemas/index.ts';

const collection = <N extends 'sources' | 'counties' | 'townships' | 'villages'>(name: N) =>
  defineCollection({ loader: tableLoader(name), schema: tables[name].schema });

export const collections = {
  sources: collection('sources'),
  counties: collection('counties'),
  townships: collection('townships'),
  villages: collection('villages'),
};
