/**
 * Deterministic zip archives: fixed modification time (the release date, midnight), entries in
 * the order given, the same compression level, so the same files give the same bytes on any
 * machine and in any time zone.
 */
import { zipSync, type Zippable } from 'fflate';

/**
 * The zip format stores local wall-clock time (DOS time) and fflate reads it from a Date in the
 * machine's time zone: a Date made from local parts gives the same stored fields everywhere.
 */
export function zipTime(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 0, 0, 0);
}

/** Zips `files` (name → bytes) in the given order with a fixed time. */
export function zipFiles(files: ReadonlyMap<string, Uint8Array> | [string, Uint8Array][], isoDate: string): Uint8Array {
  const mtime = zipTime(isoDate);
  const entries: Zippable = {};
  for (const [name, bytes] of files instanceof Map ? files : new Map(files)) entries[name] = [bytes, { level: 6, mtime }];
  return zipSync(entries, { level: 6, mtime });
}
