/**
 * The last check before anything is published: the personal numbers (ID cards, phones, bank
 * cards) found in the readable text of files, with zips and workbooks unpacked, by the same
 * detector as the validator's (src/lib/privacy.ts). Checksums are hex digests, not numbers about
 * people, and are left out. A build step can run it over dist/.
 */
import { unzipSync } from 'fflate';
import { findPersonalNumbers } from '../privacy.ts';

const utf8 = new TextDecoder('utf-8');

/** The text a person or program could read out of a file: [name, text] pairs, archives unpacked. */
export function readableTexts(name: string, bytes: Uint8Array): [string, string][] {
  return [...eachReadableText(name, bytes)];
}

/**
 * The same, one at a time: an archive's entries are unpacked one by one (a province's zip holds
 * 250 MB of CSV, JSON and workbook), so only one entry's text is in memory at once.
 */
export function* eachReadableText(name: string, bytes: Uint8Array): Generator<[string, string]> {
  if (/\.(zip|xlsx)$/.test(name)) {
    const entries: string[] = [];
    unzipSync(bytes, { filter: (f) => (entries.push(f.name), false) });
    for (const entry of entries) yield* eachReadableText(`${name}!${entry}`, unzipSync(bytes, { filter: (f) => f.name === entry })[entry]!);
    return;
  }
  let t = utf8.decode(bytes);
  if (name.endsWith('SHA256SUMS')) t = t.replace(/^[0-9a-f]{64} {2}/gm, '');
  if (t.includes('"sha256:')) t = t.replace(/"sha256:[0-9a-f]{64}"/g, '""');
  yield [name, t];
}

/** 1-based line and column of UTF-16 offset `index` in `text`. */
function lineColumn(text: string, index: number): [number, number] {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < index; k = text.indexOf('\n', k + 1)) {
    line++;
    start = k + 1;
  }
  return [line, index - start + 1];
}

/**
 * `file:line:column: kind masked` for every personal number in `files` (empty = nothing
 * forbidden). The number is shown masked (138****5678): a build log is public too.
 */
export function personalNumbersIn(files: ReadonlyMap<string, Uint8Array>): string[] {
  const found: string[] = [];
  for (const [name, bytes] of files)
    for (const [n, t] of eachReadableText(name, bytes))
      for (const p of findPersonalNumbers(t)) {
        const [line, column] = lineColumn(t, p.index);
        found.push(`${n}:${line}:${column}: ${p.kind} ${p.masked}`);
      }
  return found;
}
