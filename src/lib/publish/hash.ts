/** SHA-256 of published files, and the `SHA256SUMS` file that lists them (`sha256sum -c` reads it). */
import { createHash } from 'node:crypto';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** GNU coreutils format: `<hex>  <name>` a line, sorted by name, LF. */
export function sha256sums(files: ReadonlyMap<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((name) => `${sha256Hex(files.get(name)!)}  ${name}\n`)
    .join('');
}

export function parseSha256sums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new Error(`not a SHA256SUMS line: ${line}`);
    out.set(m[2]!, m[1]!);
  }
  return out;
}

/** How a folder's files differ from the SHA256SUMS beside them. */
export interface SumsMismatch {
  /** Listed, present, with another digest. */
  changed: string[];
  /** Listed but not in the folder. */
  missing: string[];
  /** In the folder (besides SHA256SUMS itself) but not listed. */
  unlisted: string[];
}

/**
 * Compares a folder's files (by name, SHA256SUMS among them or not) with the digests `sums`
 * lists. Empty lists everywhere = the folder is exactly what its checksums say.
 */
export function compareSums(files: ReadonlyMap<string, Uint8Array>, sums: ReadonlyMap<string, string>, sumsName = 'SHA256SUMS'): SumsMismatch {
  const out: SumsMismatch = { changed: [], missing: [], unlisted: [] };
  for (const [name, digest] of sums) {
    const bytes = files.get(name);
    if (!bytes) out.missing.push(name);
    else if (sha256Hex(bytes) !== digest) out.changed.push(name);
  }
  for (const name of files.keys()) if (name !== sumsName && !sums.has(name)) out.unlisted.push(name);
  for (const list of Object.values(out)) list.sort();
  return out;
}
