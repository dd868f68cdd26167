/** What the data pages show, computed from the open-data model: files with sizes, tables with row counts, citations. */
import type { Field } from '../schemas/fields.ts';
import { tables, tableNames } from '../schemas/index.ts';
import type { TableDef } from '../schemas/table.ts';
import { termLabel } from '../schemas/vocab.ts';
import { packageMeta } from '../schemas/package.ts';
import { XLSX_NAME, ZIP_NAME, SUMS_NAME } from '../lib/publish/release-files.ts';
import { FilesOnDisk } from '../io/frozen-releases.ts';
import { csvDataRows } from '../lib/diff/release.ts';
import type { Release } from '../lib/changelog.ts';
import { versionUrl } from '../lib/publish/citation.ts';

export type Lang = 'zh-CN' | 'en';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export const langPrefix = (lang: Lang) => (lang === 'en' ? 'en/' : '');

/** A published file's size; files on disk (a build in parts) are not read for it. */
export const fileBytes = (files: ReadonlyMap<string, Uint8Array>, name: string): number =>
  files instanceof FilesOnDisk ? files.byteLength(name) : (files.get(name)?.length ?? 0);

const rowCounts = new WeakMap<ReadonlyMap<string, Uint8Array>, Map<string, number>>();

/** Rows of a published CSV, counted once per set of files; files on disk are read a megabyte at a time. */
export function csvRows(files: ReadonlyMap<string, Uint8Array>, name: string): number {
  let counts = rowCounts.get(files);
  if (!counts) rowCounts.set(files, (counts = new Map()));
  let n = counts.get(name);
  if (n === undefined) {
    const source = files instanceof FilesOnDisk ? files.chunks(name) : files.get(name);
    counts.set(name, (n = csvDataRows(source)));
  }
  return n;
}

/** `镇 (Town)`, but `published (a public text, …)` rather than repeating an English value. */
const enumLabel = (value: string, label: string) => (label.toLowerCase().startsWith(value.toLowerCase()) ? label : `${value} (${label})`);

export interface TableView {
  name: string;
  title: string;
  description: string;
  rows: number;
  csvBytes: number;
  jsonBytes: number;
  primaryKey: string[];
  fields: { name: string; title: string; other: string; type: string; unit: string; required: boolean; allowed: string; description: string }[];
}

export function tableViews(files: ReadonlyMap<string, Uint8Array>, lang: Lang): TableView[] {
  const en = lang === 'en';
  return tableNames.map((n) => {
    const t = tables[n] as TableDef<any>;
    return {
      name: n,
      title: en ? t.title.en : t.title.zh,
      description: en ? t.description.en : t.description.zh,
      rows: csvRows(files, `${n}.csv`),
      csvBytes: fileBytes(files, `${n}.csv`),
      jsonBytes: fileBytes(files, `${n}.json`),
      primaryKey: [...t.primaryKey],
      fields: Object.entries(t.fields as Record<string, Field<any>>).map(([name, f]) => {
        const m = f.meta;
        return {
          name,
          title: en ? m.title.en : m.title.zh,
          other: en ? m.title.zh : m.title.en,
          type: m.kind === 'money' ? 'number (yuan)' : m.kind.startsWith('code') ? `string (${m.kind.slice(4)} digits)` : m.type,
          unit: m.unit ?? '',
          required: m.required,
          allowed: (m.constraints.enum ?? []).map((v) => (en && m.terms ? enumLabel(v, termLabel(m.terms, v, 'en')) : v)).join(en ? ', ' : '、'),
          description: en ? m.description.en : m.description.zh,
        };
      }),
    };
  });
}

export interface FileView {
  name: string;
  bytes: number;
  what: string;
}

export function fileViews(files: ReadonlyMap<string, Uint8Array>, lang: Lang): FileView[] {
  const en = lang === 'en';
  const what = (name: string): string => {
    if (name === ZIP_NAME) return en ? 'Everything below in one archive, with README and licence' : '以下全部文件的压缩包,含说明与许可';
    if (name === XLSX_NAME) return en ? 'Excel/WPS workbook: a sheet per table, plus about and data-dictionary sheets' : 'Excel/WPS 工作簿:每张表一个工作表,另有说明与字段说明';
    if (name === 'datapackage.json') return en ? 'Frictionless Data Package: schemas, keys, bytes and hash of each CSV' : 'Frictionless 数据包描述:表结构、主键、每个 CSV 的大小与哈希';
    if (name === SUMS_NAME) return en ? 'SHA-256 of every file (sha256sum -c SHA256SUMS)' : '每个文件的 SHA-256 校验和(sha256sum -c SHA256SUMS)';
    if (name === 'README.md') return en ? 'What the files are, version, how to cite' : '文件说明、版本、引用方式';
    if (name === 'LICENSE.md') return en ? 'Licence: CC BY 4.0' : '许可:CC BY 4.0';
    const t = tables[name.replace(/\.(csv|json)$/, '') as keyof typeof tables];
    if (t) return `${en ? t.title.en : t.title.zh} (${name.endsWith('.csv') ? 'CSV' : 'JSON'})`;
    return '';
  };
  const order = (n: string) => (n === ZIP_NAME ? 0 : n === XLSX_NAME ? 1 : n === 'datapackage.json' ? 2 : n.endsWith('.csv') ? 3 : n.endsWith('.json') ? 4 : 5);
  return [...files.keys()].map((name) => ({ name, bytes: fileBytes(files, name), what: what(name) })).sort((a, b) => order(a.name) - order(b.name) || (a.name < b.name ? -1 : 1));
}

/** The site's root URL (with base) for permanent links, falling back to the package's homepage. */
export function siteRoot(site: URL | undefined, base: string): string {
  return site ? new URL(base, site).href : packageMeta.homepage;
}

/**
 * The permanent URL a version's own files name: datapackage.json's `id` (README.md's "Permanent
 * URL" line when there is none), or null. A frozen version's files name the site they were frozen
 * for, which need not be the site being built (docs/data-api.md, "Addresses").
 */
export function recordedAddress(files: ReadonlyMap<string, Uint8Array>): string | null {
  const pkg = files.get('datapackage.json');
  if (pkg) {
    try {
      const id = (JSON.parse(new TextDecoder().decode(pkg)) as { id?: unknown }).id;
      if (typeof id === 'string' && id) return id;
    } catch {
      // not JSON: fall back to the README
    }
  }
  const readme = files.get('README.md');
  return (readme && /^永久地址 \/ Permanent URL: <([^>\s]+)>$/m.exec(new TextDecoder().decode(readme))?.[1]) || null;
}

export interface CiteTarget {
  /** The version cited, and its date. */
  release: Release;
  /** Where it is on the site being built: a frozen version's permanent URL, else /data/latest/. */
  url: string;
  /** Whether `url` is a frozen version's permanent URL (else the latest files, which may change). */
  permanent: boolean;
}

/**
 * What the pages cite, at an address that works on the site being built: the current version at
 * its permanent URL when it is frozen; else the newest frozen version (the current data has
 * unreleased changes); else, with nothing frozen yet, the latest files, whose permanent URL does
 * not exist until the version is released.
 */
export function citeTarget(current: Release, changelog: readonly Release[], frozen: readonly string[], root: string): CiteTarget {
  if (frozen.includes(current.version)) return { release: current, url: versionUrl(root, current.version), permanent: true };
  for (const version of frozen) {
    const release = changelog.find((r) => r.version === version);
    if (release) return { release, url: versionUrl(root, version), permanent: true };
  }
  return { release: current, url: `${root.replace(/\/?$/, '/')}data/latest/`, permanent: false };
}
