/**
 * Every file published for one version of the data package, made from the dataset and its
 * release (version + date) alone, byte for byte the same on every run:
 *   datapackage.json, README.md, LICENSE.md, <table>.csv and <table>.json for every table,
 *   yulong-village-ledger.xlsx, yulong-village-ledger.zip (all of those, in a folder named after
 *   the version, with their own SHA256SUMS) and SHA256SUMS (every file beside it, the zip included).
 */
import { tables, tableNames, type Dataset, type TableName } from '../../schemas/index.ts';
import { packageMeta } from '../../schemas/package.ts';
import type { TableDef } from '../../schemas/table.ts';
import type { Release } from '../changelog.ts';
import { makeDataPackage, stringifyPackage } from '../datapackage.ts';
import { findPersonalNumbers } from '../privacy.ts';
import { assertNoFormulas, cellRows, publishable, type CellRow, type PublishOptions } from './cells.ts';
import { citations, versionUrl } from './citation.ts';
import { sha256Hex } from './hash.ts';
import { licenseText } from './license.ts';
import { releaseReadme } from './readme.ts';
import { bytesOf, tableCsv, tableJson } from './table-files.ts';
import { DatasetWorkbook } from './xlsx.ts';
import { assertPublishableText, UnpublishableError } from './unpublishable.ts';
import { ZipWriter } from './zip.ts';

export const XLSX_NAME = `${packageMeta.name}.xlsx`;
export const ZIP_NAME = `${packageMeta.name}.zip`;
export const SUMS_NAME = 'SHA256SUMS';

/** Throws when a cell holds a personal number (the validator refuses them; this is the last guard). */
export function assertNothingPersonal(table: string, rows: readonly CellRow[]): void {
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) {
      const found = findPersonalNumbers(v);
      if (found.length) throw new UnpublishableError(`${table} row ${i + 1}, ${k}: holds a ${found[0]!.kind} number (${found[0]!.masked}), which must not be published`);
    }
  });
}

/** A published file's size and SHA-256 (hex). */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

export const digestOf = (bytes: Uint8Array): FileDigest => ({ bytes: bytes.length, sha256: sha256Hex(bytes) });

/**
 * The published datapackage.json: the data package's own, plus `bytes` and `hash` of each CSV beside
 * it; `id` is the version's permanent URL and `homepage` the site, both on the site published to.
 */
export function publishedDataPackage(release: Release, data: Dataset, csv: ReadonlyMap<string, FileDigest>, siteRoot: string = packageMeta.homepage): string {
  const pkg = makeDataPackage(release, data.sources);
  return stringifyPackage({
    ...pkg,
    homepage: siteRoot,
    id: versionUrl(siteRoot, release.version),
    resources: pkg.resources.map((r) => {
      const d = csv.get(r.path);
      if (!d) throw new Error(`no file for resource ${r.name}`);
      const { schema, ...rest } = r;
      return { ...rest, bytes: d.bytes, hash: `sha256:${d.sha256}`, schema };
    }),
  });
}

/** `SHA256SUMS` from digests: GNU coreutils format, sorted by name (as sha256sums). */
const sumsOf = (digests: ReadonlyMap<string, FileDigest>) =>
  [...digests.keys()]
    .sort()
    .map((name) => `${digests.get(name)!.sha256}  ${name}\n`)
    .join('');

/** Sorted by name, so listings and iteration are stable. */
const sorted = (files: Map<string, Uint8Array>) => new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Every file of the version, by name, sorted (writeRelease, kept in memory). */
export function publishRelease(data: Dataset, release: Release, options: PublishOptions = {}): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  writeRelease(data, release, options, (name, bytes) => files.set(name, bytes));
  return sorted(files);
}

/**
 * Every file of the version, each handed to `put` once as it is made and not kept: table by
 * table (each table's cell rows are made, checked, written as CSV, JSON and a workbook sheet,
 * then dropped), and each file deflated into the zip as it comes. A province's package (800,000
 * rows, 260 MB of files) is never whole in memory; scripts/make-downloads.ts writes the files
 * to disk as they come. The zip holds the files in the order they are made.
 */
export function writeRelease(data: Dataset, release: Release, options: PublishOptions, put: (name: string, bytes: Uint8Array) => void): void {
  const pub = publishable(data, options);
  const root = options.siteRoot ?? packageMeta.homepage;
  const folder = `${packageMeta.name}-v${release.version}/`;
  const zip = new ZipWriter(release.date);
  const inner = new Map<string, FileDigest>();
  const emit = (name: string, bytes: Uint8Array) => {
    inner.set(name, digestOf(bytes));
    zip.add(folder + name, [bytes]);
    put(name, bytes);
  };
  const c = citations(release, root);
  const workbook = new DatasetWorkbook(release, [
    { label: '数据包 / Data package', value: packageMeta.title },
    { label: '版本 / Version', value: release.version },
    { label: '日期 / Date', value: release.date },
    { label: '永久地址 / URL', value: versionUrl(root, release.version) },
    { label: '许可 / Licence', value: 'CC BY 4.0 — https://creativecommons.org/licenses/by/4.0/' },
    { label: '说明 / About', value: packageMeta.description },
    { label: '演示数据 / Synthetic', value: 'source_id 为 SYN 的行是演示(合成)数据,不是真实数字。/ Rows whose source_id is SYN are synthetic demonstration data, not real figures.' },
    { label: '工作表 / Sheets', value: '每张表一个工作表,第一行为字段名(与 CSV 相同);“字段说明 dictionary”列出每个字段的中英文名称、类型和单位。/ One sheet per table, header row = the CSV field names; the dictionary sheet gives each field’s Chinese and English title, type and unit.' },
    { label: '引用 GB/T 7714', value: c.gbt7714 },
    { label: 'Cite (APA 7)', value: c.apa },
  ]);
  const rowCounts = {} as Record<TableName, number>;
  for (const n of tableNames) {
    const t = tables[n] as TableDef<any>;
    const cells = cellRows(t, pub[n]);
    assertNoFormulas(n, cells);
    assertNothingPersonal(n, cells);
    assertPublishableText(n, cells);
    emit(`${t.name}.csv`, bytesOf(tableCsv(t, cells)));
    emit(`${t.name}.json`, bytesOf(tableJson(t, cells)));
    workbook.addTable(t, cells);
    rowCounts[n] = cells.length;
  }
  emit('datapackage.json', bytesOf(publishedDataPackage(release, pub, inner, root)));
  emit('README.md', bytesOf(releaseReadme({ release, rowCounts, xlsxName: XLSX_NAME, zipName: ZIP_NAME, siteRoot: root })));
  emit('LICENSE.md', bytesOf(licenseText(release)));
  emit(XLSX_NAME, workbook.finish());
  zip.add(`${folder}${SUMS_NAME}`, [bytesOf(sumsOf(inner))]);
  const zipped = zip.finish();
  put(ZIP_NAME, zipped);
  const all = new Map(inner).set(ZIP_NAME, digestOf(zipped));
  put(SUMS_NAME, bytesOf(sumsOf(all)));
}
