/**
 * The build's last word on names: no withheld name (and, when the site masks names, no real name
 * in full) in any file it made, zips and workbooks unpacked and the search index's gzipped
 * fragments too. Beside the check for personal numbers (scan.ts), with the same reading of files.
 * Reports name the file (`archive.zip!entry`), the line and column, and the name masked (李*龙):
 * a build log is public.
 */
import { gunzipSync } from 'fflate';
import type { ForbiddenReason } from '../check-persons.ts';
import { lineColumn, nameFinder } from '../name-search.ts';
import { maskName } from './cells.ts';
import { eachReadableText } from './scan.ts';

export interface NameFound {
  file: string;
  line: number;
  column: number;
  name: string;
  reason: ForbiddenReason;
}

const isGzip = (b: Uint8Array) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

/** The readable texts of a file: archives unpacked (scan.ts), gzipped files (Pagefind's index and fragments) inflated. */
export function* eachText(name: string, bytes: Uint8Array): Generator<[string, string]> {
  if (isGzip(bytes)) yield* eachReadableText(`${name} (gzip)`, gunzipSync(bytes));
  else yield* eachReadableText(name, bytes);
}

/** Every place one of `names` occurs in `files` (name → bytes). */
export function namesIn(files: Iterable<[string, Uint8Array]>, names: ReadonlyMap<string, ForbiddenReason>): NameFound[] {
  const found: NameFound[] = [];
  if (names.size === 0) return found;
  const find = nameFinder(names.keys());
  for (const [file, bytes] of files)
    for (const [where, text] of eachText(file, bytes))
      for (const h of find(text)) found.push({ file: where, ...lineColumn(text, h.index), name: h.name, reason: names.get(h.name)! });
  return found;
}

export const formatNameFound = (f: NameFound) =>
  `${f.file}:${f.line}:${f.column}: ${f.reason === 'withheld' ? `不公开的姓名 / a withheld name: ${maskName(f.name)}` : `未打码的真实姓名 / a real name not masked: ${maskName(f.name)}`}`;
