/**
 * Downloads for the site, computed once per build: the files of every frozen version (copied
 * verbatim from releases/v<version>/), the files of /data/latest/ (made from the current data/),
 * and how the two relate.
 *
 * /data/latest/ is the newest frozen version's files themselves when data/ still holds exactly
 * that version's tables (same version and same CSV bytes); otherwise it is generated from data/
 * with the changelog's newest version and date, and the data page says there are unreleased
 * changes since the newest frozen version (or that no version is frozen yet).
 */
import { defaultPublishOptions, FilesOnDisk, listReleases, readReleaseFiles, releasesDir, type FrozenRelease } from '../io/frozen-releases.ts';
import { formatDamage, releaseDamage } from '../io/verify-releases.ts';
import { parseChangelog, withdrawalOf, type Release } from '../lib/changelog.ts';
import { releaseCounts, type Files } from '../lib/diff/release.ts';
import type { DiffCounts } from '../lib/diff/cell-rows.ts';
import type { PublishOptions } from '../lib/publish/cells.ts';
import { publishRelease, SUMS_NAME, writeRelease } from '../lib/publish/release-files.ts';
import { tableNames } from '../schemas/index.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getDataset } from './dataset.ts';
import type { Dataset } from '../schemas/index.ts';

/** The same setting as the pages: LEDGER_MASK_NAMES=1 masks names (李*龙) in downloads too. */
export const publishOptions: PublishOptions = defaultPublishOptions();

export interface VersionEntry {
  release: Release;
  /** Frozen under releases/ and so published at /data/v<version>/. */
  frozen: boolean;
  /** Rows added/removed/changed per table against the previous frozen version (null: files not kept). */
  counts: (DiffCounts & { table: string })[] | null;
  /** Whether these counts describe the current data/ (newest version, not frozen yet). */
  unreleased: boolean;
}

export interface OpenData {
  /** The changelog's newest version: the version shown everywhere. */
  release: Release;
  /** Every release in the changelog, newest first. */
  changelog: Release[];
  frozen: FrozenRelease[];
  latest: Map<string, Uint8Array>;
  /** Newest frozen version, if any. */
  newestFrozen: string | null;
  /** data/ holds exactly the newest frozen version (then latest = its files). */
  latestIsFrozen: boolean;
  versions: VersionEntry[];
  /**
   * Rows added/removed/changed per table by the unreleased changes (current data/ against the
   * newest frozen version), when there is a frozen version and data/ differs from it.
   */
  unreleasedCounts: (DiffCounts & { table: string })[] | null;
  /** The dataset as published (names withheld or masked). */
  data: Dataset;
}

let cached: Promise<OpenData> | undefined;
const frozenFiles = new Map<string, Map<string, Uint8Array>>();

/** A frozen version's files, read once; refused unless they are exactly what its SHA256SUMS lists (npm run build checks first). */
export function releaseFiles(r: FrozenRelease): Map<string, Uint8Array> {
  let f = frozenFiles.get(r.version);
  if (!f) {
    const damage = releaseDamage(r.dir, `releases/v${r.version}`);
    if (damage.length) throw new Error(damage.map(formatDamage).join('\n'));
    frozenFiles.set(r.version, (f = readReleaseFiles(r.dir)));
  }
  return f;
}

const sameTables = (a: Files, b: Files) =>
  tableNames.every((n) => {
    const x = a.get(`${n}.csv`);
    const y = b.get(`${n}.csv`);
    return !!x && !!y && Buffer.compare(Buffer.from(x), Buffer.from(y)) === 0;
  });


/** Everything but the files and the dataset: what scripts/make-downloads.ts hands the build's parts as JSON. */
export type OpenDataManifest = Omit<OpenData, 'latest' | 'data'>;

/**
 * The open data computed in this process: the /data/latest/ files (CSV, JSON, xlsx, zip, ...) and
 * how they relate to the frozen versions. With `writeTo` (scripts/make-downloads.ts) the files
 * made from data/ are written into that folder as they are made and read back from disk when
 * needed, instead of held.
 */
export async function buildOpenData({ writeTo }: { writeTo?: string } = {}): Promise<OpenData> {
  const site = getDataset();
  const changelog = parseChangelog(readFileSync(join(site.dir, 'CHANGELOG.md'), 'utf8'));
  // A data package's releases sit beside it: data/ → releases/ (LEDGER_RELEASES_DIR overrides).
  const frozen = frozenReleases();
  let generated: Map<string, Uint8Array>;
  if (writeTo) {
    writeRelease(site.data, site.release, publishOptions, (name, bytes) => writeFileSync(join(writeTo, name), bytes));
    generated = new FilesOnDisk(writeTo);
  } else generated = publishRelease(site.data, site.release, publishOptions);
  const newest = frozen[0] ?? null;
  const newestFiles = newest ? releaseFiles(newest) : null;
  // a withdrawn version is never served again, not even as /data/latest/
  const latestIsFrozen = !!newest && !newest.withdrawn && newest.version === site.version && sameTables(newestFiles!, generated);
  const latest = latestIsFrozen ? newestFiles! : generated;

  const oldestFirst = [...frozen].reverse();
  const countsByVersion = new Map<string, VersionEntry['counts']>();
  oldestFirst.forEach((r, i) => {
    const prev = oldestFirst[i - 1];
    countsByVersion.set(r.version, releaseCounts(prev ? releaseFiles(prev) : null, releaseFiles(r)));
  });
  // only the counts are kept: the rows of a diff against nothing are every row of the package
  const unreleasedCounts = latestIsFrozen ? null : releaseCounts(newestFiles, generated);
  const versions: VersionEntry[] = changelog.map((release) => {
    const isFrozen = frozen.some((f) => f.version === release.version);
    const current = !isFrozen && release.version === site.version;
    return {
      release,
      frozen: isFrozen,
      counts: isFrozen ? countsByVersion.get(release.version)! : current && unreleasedCounts ? unreleasedCounts : null,
      unreleased: current,
    };
  });
  return {
    release: site.release,
    changelog,
    frozen,
    latest,
    newestFrozen: newest?.version ?? null,
    latestIsFrozen,
    versions,
    unreleasedCounts: newest ? unreleasedCounts : null,
    data: getPublished().data,
  };
}

/**
 * When the build runs in parts (scripts/build.ts), one process makes the downloads
 * (scripts/make-downloads.ts) into LEDGER_DOWNLOADS_DIR while the parts start: the whole-package
 * files (zip, xlsx, ...) are the same for every part and are the costliest thing a part would
 * otherwise compute (a province: about 35 s of CPU and a gigabyte of transient memory in each part).
 */
export const DOWNLOADS_MANIFEST = 'open-data.json';
export const DOWNLOADS_FAILED = 'failed';
export const DOWNLOADS_FILES = 'latest';

async function sharedOpenData(dir: string): Promise<OpenData> {
  const manifest = join(dir, DOWNLOADS_MANIFEST);
  const started = Date.now();
  while (!existsSync(manifest)) {
    if (existsSync(join(dir, DOWNLOADS_FAILED))) {
      // the downloads process failed and said why: that, not this part's stack, is what to read
      const e = new Error(`making the downloads failed (${dir}): ${readFileSync(join(dir, DOWNLOADS_FAILED), 'utf8').split('\n')[0]}`);
      e.stack = e.message;
      throw e;
    }
    if (Date.now() - started > 30 * 60_000) throw new Error(`no downloads in ${dir} after 30 minutes`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const m = JSON.parse(readFileSync(manifest, 'utf8')) as OpenDataManifest;
  const latest = m.latestIsFrozen ? releaseFiles(m.frozen[0]!) : new FilesOnDisk(join(dir, DOWNLOADS_FILES));
  return { ...m, latest, data: getPublished().data };
}

/**
 * The dataset as published (names withheld or masked: getDataset gives nothing else) and its
 * release: what the API and the per-village files are made from. It does not wait for the
 * downloads of a build in parts.
 */
export function getPublished(): { data: Dataset; release: Release } {
  const site = getDataset();
  return { data: site.data, release: site.release };
}

let frozenCache: FrozenRelease[] | undefined;

/**
 * The frozen versions (releases/v<version>/), newest first, each with its withdrawal when
 * data/CHANGELOG.md records one. It does not wait for the downloads of a build in parts.
 */
export function frozenReleases(): FrozenRelease[] {
  if (frozenCache) return frozenCache;
  const site = getDataset();
  const changelog = parseChangelog(readFileSync(join(site.dir, 'CHANGELOG.md'), 'utf8'));
  return (frozenCache = listReleases(releasesDir(dirname(site.dir))).map((r) => {
    const entry = changelog.find((c) => c.version === r.version);
    const withdrawn = entry ? withdrawalOf(entry) : null;
    return withdrawn ? { ...r, withdrawn } : r;
  }));
}

/** The files a frozen version still serves: all of them, or only SHA256SUMS once it was withdrawn. */
export function servedFiles(r: FrozenRelease): Map<string, Uint8Array> {
  const files = releaseFiles(r);
  return r.withdrawn ? new Map([[SUMS_NAME, files.get(SUMS_NAME)!]]) : files;
}

/** Whether this process is a part of a build in parts, which writes /data/latest/'s files itself (scripts/build.ts). */
export const downloadsShared = (): boolean => !!process.env.LEDGER_DOWNLOADS_DIR;

export function getOpenData(): Promise<OpenData> {
  const shared = process.env.LEDGER_DOWNLOADS_DIR;
  return (cached ??= shared ? sharedOpenData(shared) : buildOpenData());
}

const TYPES: [RegExp, string][] = [
  [/\.csv$/, 'text/csv; charset=utf-8'],
  [/\.json$/, 'application/json; charset=utf-8'],
  [/\.md$/, 'text/markdown; charset=utf-8'],
  [/\.xlsx$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  [/\.zip$/, 'application/zip'],
];

export const contentType = (name: string) => TYPES.find(([re]) => re.test(name))?.[1] ?? 'text/plain; charset=utf-8';

export function fileResponse(name: string, bytes: Uint8Array | string): Response {
  return new Response(typeof bytes === 'string' ? bytes : new Uint8Array(bytes), { headers: { 'Content-Type': contentType(name) } });
}

/** The site's base path ('/' or '/ledger/'), as Astro sets it. */
export function basePath(): string {
  const b = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}
