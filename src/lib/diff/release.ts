/**
 * What changed between two published versions, table by table, read from their files (each
 * version's own datapackage.json says its tables and primary keys, so a schema change between
 * them is handled). The changelog page and `npm run diff` show these counts.
 */
import Papa from 'papaparse';
import { countsOf, diffRows, type CellRow, type DiffCounts, type RowDiff } from './cell-rows.ts';

export type Files = ReadonlyMap<string, Uint8Array>;

interface Resource {
  name: string;
  path: string;
  schema: { primaryKey?: string[] | string };
}

const utf8 = new TextDecoder('utf-8');

function resourcesOf(files: Files | null): Resource[] {
  const b = files?.get('datapackage.json');
  return b ? (JSON.parse(utf8.decode(b)).resources as Resource[]) : [];
}

export function readCsvRows(bytes: Uint8Array | undefined): CellRow[] {
  if (!bytes) return [];
  const r = Papa.parse<CellRow>(utf8.decode(bytes), { header: true, skipEmptyLines: true });
  return r.data;
}

/** Per table of either version (the newer's order first): rows added, removed and changed. `older` null = nothing before. */
export function diffReleases(older: Files | null, newer: Files): RowDiff[] {
  const a = resourcesOf(older);
  const b = resourcesOf(newer);
  const names = [...new Set([...b.map((r) => r.name), ...a.map((r) => r.name)])];
  return names.map((name) => {
    const ra = a.find((r) => r.name === name);
    const rb = b.find((r) => r.name === name);
    const pk = (rb ?? ra)!.schema.primaryKey ?? [];
    return diffRows(
      { name, primaryKey: typeof pk === 'string' ? [pk] : pk },
      readCsvRows(ra ? older?.get(ra.path) : undefined),
      readCsvRows(rb ? newer.get(rb.path) : undefined),
    );
  });
}

/**
 * Data rows of a CSV as readCsvRows counts them (header excluded, empty lines skipped), without
 * parsing its cells; on bytes, whole or a chunk at a time (a quote, CR or LF is never part of a
 * UTF-8 multi-byte character).
 */
export function csvDataRows(bytes: Uint8Array | Iterable<Uint8Array> | undefined): number {
  if (!bytes) return 0;
  let lines = 0;
  let quoted = false;
  let empty = true;
  for (const chunk of bytes instanceof Uint8Array ? [bytes] : bytes)
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 0x22) {
        quoted = !quoted;
        empty = false;
      } else if (c === 0x0a && !quoted) {
        if (!empty) lines++;
        empty = true;
      } else if (c !== 0x0d) empty = false;
    }
  if (!empty) lines++;
  return Math.max(0, lines - 1);
}

/**
 * The counts of diffReleases, per table: against nothing (`older` null) every row is added, so
 * the rows are counted without parsing them (a province's package: 826,488 rows).
 */
export function releaseCounts(older: Files | null, newer: Files): (DiffCounts & { table: string })[] {
  if (older) return diffReleases(older, newer).map((d) => ({ table: d.table, ...countsOf(d) }));
  return resourcesOf(newer).map((r) => ({ table: r.name, added: csvDataRows(newer.get(r.path)), removed: 0, changed: 0 }));
}
