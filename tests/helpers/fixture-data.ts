/** The valid fixture data package, as the file map loadDataset takes, with cases laid over it. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_DIR = 'tests/fixtures/valid';

export function validFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(VALID_DIR).sort()) if (name.endsWith('.csv')) files.set(name, readFileSync(join(VALID_DIR, name)));
  return files;
}

export const validText = (file: string) => readFileSync(join(VALID_DIR, file), 'utf8');

export type Overlay = Record<string, string | Uint8Array | null>;

/** The valid package with some files replaced (text is written as UTF-8) or removed (null). */
export function filesWith(overlay: Overlay): Map<string, Uint8Array> {
  const files = validFiles();
  for (const [name, content] of Object.entries(overlay)) {
    if (content === null) files.delete(name);
    else files.set(name, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  return files;
}

/** The same, written to a new temporary folder (for the command-line tests). */
export function dirWith(overlay: Overlay): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-fixture-'));
  for (const [name, bytes] of filesWith(overlay)) writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, 'CHANGELOG.md'), readFileSync(join(VALID_DIR, 'CHANGELOG.md')));
  return dir;
}
