/**
 * Deterministic zip archives: fixed modification time (the release date, midnight), entries in
 * the order given, the same compression level, so the same files give the same bytes on any
 * machine and in any time zone. Entries are deflated as their bytes come (fflate's streaming
 * Zip), so a large entry (a workbook sheet of 300,000 rows) is never whole in memory: only the
 * compressed archive is kept.
 */
import { Zip, ZipDeflate } from 'fflate';

/**
 * The zip format stores local wall-clock time (DOS time) and fflate reads it from a Date in the
 * machine's time zone: a Date made from local parts gives the same stored fields everywhere.
 */
export function zipTime(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 0, 0, 0);
}

const utf8 = new TextEncoder();

/** A zip written entry by entry; `finish()` gives its bytes. */
export class ZipWriter {
  readonly #chunks: Uint8Array[] = [];
  readonly #zip = new Zip((err, data) => {
    if (err) throw err;
    this.#chunks.push(data);
  });
  readonly #mtime: Date;

  constructor(isoDate: string) {
    this.#mtime = zipTime(isoDate);
  }

  /** Adds the entry `name` holding `parts` one after another (text as UTF-8), each deflated as it comes. */
  add(name: string, parts: Iterable<string | Uint8Array>): this {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = this.#mtime;
    this.#zip.add(entry);
    for (const part of parts) entry.push(typeof part === 'string' ? utf8.encode(part) : part);
    entry.push(new Uint8Array(0), true);
    return this;
  }

  finish(): Uint8Array {
    this.#zip.end();
    const out = new Uint8Array(this.#chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.#chunks) {
      out.set(c, at);
      at += c.length;
    }
    this.#chunks.length = 0;
    return out;
  }
}

/** Zips `files` (name → bytes) in the given order with a fixed time. */
export function zipFiles(files: ReadonlyMap<string, Uint8Array> | [string, Uint8Array][], isoDate: string): Uint8Array {
  const zip = new ZipWriter(isoDate);
  for (const [name, bytes] of files) zip.add(name, [bytes]);
  return zip.finish();
}
