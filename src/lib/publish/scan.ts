/**
 * The last check before anything is published: the personal numbers (ID cards, phones, bank
 * cards) found in the readable text of files, with zips and workbooks unpacked. Checksums are
 * hex digests, not numbers about people, and are left out. A build step can run it over dist/.
 */
import { unzipSync } from 'fflate';
import { findPersonalNumbers } from '../privacy.ts';

const utf8 = new TextDecoder('utf-8');

/** The text a person or program could read out of a file: [name, text] pairs, archives unpacked. */
export function readableTexts(name: string, bytes: Uint8Array): [string, string][] {
  if (/\.(zip|xlsx)$/.test(name)) return Object.entries(unzipSync(bytes)).flatMap(([n, b]) => readableTexts(`${name}!${n}`, b));
  let t = utf8.decode(bytes);
  if (name.endsWith('SHA256SUMS')) t = t.replace(/^[0-9a-f]{64} {2}/gm, '');
  if (t.includes('"sha256:')) t = t.replace(/"sha256:[0-9a-f]{64}"/g, '""');
  return [[name, t]];
}

/** `file: kind match` for every personal number in `files` (empty = nothing forbidden). */
export function personalNumbersIn(files: ReadonlyMap<string, Uint8Array>): string[] {
  return [...files].flatMap(([name, bytes]) => readableTexts(name, bytes).flatMap(([n, t]) => findPersonalNumbers(t).map((p) => `${n}: ${p.kind} ${p.match}`)));
}
