/** Throwaway repository roots whose data/ is the small fixture package, with versions frozen in them. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function fixtureRepo(prefix = 'ledger-repo-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync('tests/fixtures/opendata', join(root, 'data'), { recursive: true });
  return root;
}

/** Adds `## <version> — <date>` with one line at the top of data/CHANGELOG.md. */
export function bumpChangelog(root: string, version: string, date: string, line: string) {
  const p = join(root, 'data/CHANGELOG.md');
  const t = readFileSync(p, 'utf8');
  const i = t.indexOf('\n## ');
  writeFileSync(p, `${t.slice(0, i)}\n## ${version} — ${date}\n\n- ${line}\n${t.slice(i)}`);
}

/** Replaces text in one data file of the repository. */
export function editData(root: string, file: string, from: string, to: string) {
  const p = join(root, 'data', file);
  const t = readFileSync(p, 'utf8');
  if (!t.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(p, t.replace(from, to));
}
