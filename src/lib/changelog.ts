/**
 * The data changelog (`data/CHANGELOG.md`) is where versions live: each release is a heading
 * `## 1.2.0 — 2026-11-26` followed by what changed. The newest comes first.
 */
export interface Release {
  version: string;
  date: string;
  body: string;
}

const HEADING = /^## \[?(\d+\.\d+\.\d+)\]?\s+[—–-]\s+(\d{4}-\d{2}-\d{2})\s*$/;

export function parseChangelog(text: string): Release[] {
  const releases: Release[] = [];
  let current: Release | null = null;
  for (const line of text.split('\n')) {
    const m = HEADING.exec(line);
    if (m) {
      current = { version: m[1]!, date: m[2]!, body: '' };
      releases.push(current);
    } else if (current) current.body += `${line}\n`;
  }
  for (const r of releases) r.body = r.body.trim();
  return releases;
}

export function latestRelease(text: string): Release {
  const r = parseChangelog(text)[0];
  if (!r) throw new Error('data/CHANGELOG.md has no release heading such as "## 1.0.0 — 2026-11-26"');
  return r;
}
