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
