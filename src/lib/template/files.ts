/**
 * The template files the site publishes: `/data/templates/{table}.xlsx` (one table, empty),
 * `/data/templates/all.xlsx` (every table, empty) and `/villages/{code}/template.xlsx` (the
 * tables a village's rows live in, pre-filled with that village's rows as published). The drop-
 * down lists are the published data's: every village and township of the build for the empty
 * templates, the village itself (its township, its loans, its distributions) for a village's. Pure.
 */
import { tables, tableNames, type Dataset, type TableName } from '../../schemas/index.ts';
import type { Release } from '../changelog.ts';
import { tableCells, villageRows } from '../publish/village-files.ts';
import { templateWorkbook } from './template.ts';

export const TEMPLATES_DIR = 'data/templates';
export const ALL_TEMPLATE = 'all';
export const VILLAGE_TEMPLATE = 'template.xlsx';

/**
 * The tables that hold a village's own rows: those with a foreign key to villages, and those
 * pointing at one of them (a loan's follow-ups, a distribution's shares), and sources, which every
 * row cites. Read from the table definitions, so a new table of village rows gets its sheet.
 */
export function villageTables(): TableName[] {
  const reach = new Set<string>(['villages']);
  let grew = true;
  const out = new Set<TableName>();
  while (grew) {
    grew = false;
    for (const n of tableNames) {
      if (out.has(n) || n === 'villages') continue;
      if (tables[n].foreignKeys.some((fk) => reach.has(fk.reference.resource))) {
        out.add(n);
        reach.add(n);
        grew = true;
      }
    }
  }
  return tableNames.filter((n) => n === 'sources' || out.has(n));
}

export function tableTemplate(name: TableName | typeof ALL_TEMPLATE, data: Dataset, release: Release, checkUrl: string): Uint8Array {
  const t = name === ALL_TEMPLATE ? null : tables[name];
  return templateWorkbook({
    tables: t ? [name as TableName] : tableNames,
    reference: data,
    version: release.version,
    date: release.date,
    subject: t ? t.title : { zh: '全部表', en: 'every table' },
    checkUrl,
  });
}

/** A village's template: its rows of `data` (which must be the published data) in the village's tables. */
export function villageTemplate(data: Dataset, code: string, release: Release, checkUrl: string): Uint8Array {
  const rows = villageRows(data, code);
  const village = data.villages.find((v) => v.code === code);
  if (!village) throw new Error(`no village ${code}`);
  const township = data.townships.filter((t) => t.code === village.township_code);
  const reference: Dataset = { ...rows, sources: data.sources, villages: [village], townships: township, counties: data.counties.filter((c) => township.some((t) => t.county_code === c.code)) };
  return templateWorkbook({
    tables: villageTables(),
    reference,
    rows: tableCells(rows),
    version: release.version,
    date: release.date,
    subject: { zh: `${village.name}(${code})`, en: `${village.name} (${code})` },
    checkUrl,
  });
}
