/**
 * `datapackage.json` (Frictionless Data Package, tabular profile), made from the table
 * definitions: the committed file is this function's output, and a test keeps them equal.
 */
import type { Field } from '../schemas/fields.ts';
import { tables, tableNames, type Source } from '../schemas/index.ts';
import { packageMeta } from '../schemas/package.ts';
import { fileOf, type TableDef } from '../schemas/table.ts';
import type { Release } from './changelog.ts';

const both = (b: { zh: string; en: string }) => `${b.zh} / ${b.en}`;

export function fieldDescriptor(name: string, f: Field<any>) {
  const m = f.meta;
  const constraints: Record<string, unknown> = { ...(m.required ? { required: true } : {}) };
  if (m.constraints.enum) constraints.enum = m.constraints.enum;
  if (m.constraints.pattern && m.type === 'string') constraints.pattern = m.constraints.pattern;
  if (m.constraints.minimum !== undefined) constraints.minimum = m.constraints.minimum;
  if (m.constraints.maximum !== undefined) constraints.maximum = m.constraints.maximum;
  if (m.constraints.maxLength !== undefined && !m.constraints.enum) constraints.maxLength = m.constraints.maxLength;
  return {
    name,
    type: m.type,
    ...(m.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(m.type === 'number' ? { decimalChar: '.', bareNumber: true } : {}),
    title: both(m.title),
    description: both(m.description),
    ...(m.unit ? { unit: m.unit } : {}),
    ...(m.example ? { example: m.example } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export function tableSchema(t: TableDef<any>) {
  return {
    fields: Object.entries(t.fields as Record<string, Field<any>>).map(([k, f]) => fieldDescriptor(k, f)),
    missingValues: [''],
    primaryKey: t.primaryKey,
    ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
  };
}

export function makeDataPackage(release: Release, sources: readonly Source[]) {
  return {
    profile: 'tabular-data-package',
    name: packageMeta.name,
    title: packageMeta.title,
    description: packageMeta.description,
    version: release.version,
    created: `${release.date}T00:00:00Z`,
    homepage: packageMeta.homepage,
    keywords: packageMeta.keywords,
    licenses: packageMeta.licenses,
    contributors: packageMeta.contributors,
    sources: sources.map((s) => ({
      title: `${s.id}: ${s.title}`,
      ...(s.url ? { path: s.url } : {}),
      ...(s.publisher ? { publisher: s.publisher } : {}),
      kind: s.kind,
    })),
    resources: tableNames.map((n) => {
      const t = tables[n] as TableDef<any>;
      return {
        name: t.name,
        path: fileOf(t),
        profile: 'tabular-data-resource',
        title: both(t.title),
        description: both(t.description),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: tableSchema(t),
      };
    }),
  };
}

export const stringifyPackage = (pkg: unknown) => `${JSON.stringify(pkg, null, 2)}\n`;
