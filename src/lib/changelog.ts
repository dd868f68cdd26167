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

/**
 * A released version that must no longer be served (a name withheld after its release): the
 * changelog says so in the version's own entry, as its first line,
 *   `- 撤回 / Withdrawn 2027-01-10: 理由 / reason`
 * and the frozen folder is never touched. The site then serves only its SHA256SUMS, and its page
 * says it was withdrawn, when and why (`npm run withdraw-release`).
 */
export interface Withdrawal {
  date: string;
  reason: string;
}

const WITHDRAWN = /^- 撤回 \/ Withdrawn (\d{4}-\d{2}-\d{2}): (.+)$/m;

export function withdrawalOf(release: Pick<Release, 'body'>): Withdrawal | null {
  const m = WITHDRAWN.exec(release.body);
  return m ? { date: m[1]!, reason: m[2]!.trim() } : null;
}

/** The changelog text with the withdrawal line written first in `version`'s entry. */
export function addWithdrawal(text: string, version: string, w: Withdrawal): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => HEADING.exec(l)?.[1] === version);
  if (at < 0) throw new Error(`data/CHANGELOG.md has no entry for ${version}`);
  const reason = w.reason.replace(/\s+/g, ' ').trim();
  // after the heading and the blank line under it
  const insertAt = lines[at + 1] === '' ? at + 2 : at + 1;
  lines.splice(insertAt, 0, `- 撤回 / Withdrawn ${w.date}: ${reason}`, ...(lines[insertAt]?.startsWith('- ') ? [] : ['']));
  return lines.join('\n');
}
