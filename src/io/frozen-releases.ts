/**
 * Released versions are kept as frozen files in the repository: `releases/v<version>/` holds
 * exactly the bytes published at `/data/v<version>/`, so a fresh clone builds every version, and
 * a version never changes after its release (tests/opendata-releases.test.ts guards this).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PublishOptions } from '../lib/publish/cells.ts';
import type { Withdrawal } from '../lib/changelog.ts';
import { siteAddress } from '../site/settings.ts';

/**
 * The site's settings for what is published: LEDGER_MASK_NAMES=1 masks names (李*龙), as on the
 * pages; LEDGER_SITE + LEDGER_BASE is the address the files name (siteAddress).
 */
export const defaultPublishOptions = (): PublishOptions => ({
  maskNames: process.env.LEDGER_MASK_NAMES === '1' || process.env.LEDGER_MASK_NAMES === 'true',
  siteRoot: siteAddress(),
});

export const RELEASES = 'releases';

export interface FrozenRelease {
  version: string;
  dir: string;
  /** Set when data/CHANGELOG.md says the version was withdrawn: then only its SHA256SUMS is served. */
  withdrawn?: Withdrawal;
}

export const VERSION = /^\d+\.\d+\.\d+$/;

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** The releases folder: `<repo>/releases`, or LEDGER_RELEASES_DIR. */
export function releasesDir(repoRoot = '.'): string {
  return resolve(process.env.LEDGER_RELEASES_DIR ?? join(repoRoot, RELEASES));
}

/** Frozen versions, newest first. */
export function listReleases(dir: string): FrozenRelease[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.startsWith('v') && VERSION.test(n.slice(1)))
    .map((n) => ({ version: n.slice(1), dir: join(dir, n) }))
    .sort((a, b) => compareVersions(b.version, a.version));
}

/** A frozen version's files, by name, sorted. */
export function readReleaseFiles(dir: string): Map<string, Uint8Array> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((n) => [n, new Uint8Array(readFileSync(join(dir, n)))]),
  );
}

/**
 * The files of a folder by name, sorted, as readReleaseFiles gives them, but read from disk each
 * time one is asked for instead of kept: a build in parts reads the whole-package downloads
 * (a province: 264 MB) this way, so no part holds them for the whole build.
 */
export class FilesOnDisk extends Map<string, Uint8Array> {
  readonly dir: string;
  readonly names: string[];
  constructor(dir: string) {
    super();
    this.dir = dir;
    this.names = readdirSync(dir).sort();
  }
  override get size(): number {
    return this.names.length;
  }
  override has(name: string): boolean {
    return this.names.includes(name);
  }
  override get(name: string): Uint8Array | undefined {
    return this.has(name) ? new Uint8Array(readFileSync(join(this.dir, name))) : undefined;
  }
  override keys(): MapIterator<string> {
    return this.names.values();
  }
  override *entries(): MapIterator<[string, Uint8Array]> {
    for (const n of this.names) yield [n, this.get(n)!];
  }
  override *values(): MapIterator<Uint8Array> {
    for (const n of this.names) yield this.get(n)!;
  }
  override [Symbol.iterator](): MapIterator<[string, Uint8Array]> {
    return this.entries();
  }
  override forEach(f: (value: Uint8Array, key: string, map: Map<string, Uint8Array>) => void): void {
    for (const [n, b] of this.entries()) f(b, n, this);
  }
  /** A file's size, without reading it. */
  byteLength(name: string): number {
    return this.has(name) ? statSync(join(this.dir, name)).size : 0;
  }
  /** A file's bytes a megabyte at a time, without holding it whole. */
  *chunks(name: string): Generator<Uint8Array> {
    if (!this.has(name)) return;
    const fd = openSync(join(this.dir, name), 'r');
    try {
      const buffer = new Uint8Array(1 << 20);
      for (let n; (n = readSync(fd, buffer)) > 0; ) yield buffer.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  }
}
