/**
 * The pure part of a data release: the next version, the release date, and the changelog entry
 * written from the diff against the last release. Versions follow semver: major = a schema
 * change, minor = a new period or new villages, patch = corrections.
 */
import type { DiffReport } from './diff/report.ts';
import { formatYuan } from './money.ts';

export type Bump = 'patch' | 'minor' | 'major';
export const bumps: readonly Bump[] = ['patch', 'minor', 'major'];

export function bumpVersion(version: string, kind: Bump): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`not a version: ${version}`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * The release date, YYYY-MM-DD in China Standard Time: from SOURCE_DATE_EPOCH (seconds) when it
 * is set, so that a release can be reproduced, else from `now`.
 */
export function releaseDate(now: Date, sourceDateEpoch?: string): string {
  const when = sourceDateEpoch && /^\d+$/.test(sourceDateEpoch) ? new Date(Number(sourceDateEpoch) * 1000) : now;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
}

const yuan = (fen: number) => `${formatYuan(fen).replace(/^(-?\d+)/, (s) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ','))} 元`;

/** The changelog entry (heading and body) of a release, from the diff against the previous one. */
export function changelogEntry(report: DiffReport, previous: string, version: string, date: string): string {
  const lines = [`## ${version} — ${date}`, '', `与 ${previous} 相比 / Changes since ${previous}:`, ''];
  for (const t of report.tables) {
    if (!t.compared) {
      lines.push(`- ${t.title.zh} \`${t.file}\`:表头与上一版本不同,未逐行比较 / ${t.title.en}: the header differs from the previous release (rows not compared)`);
      continue;
    }
    const [a, r, c] = [t.added.length, t.removed.length, t.changed.length];
    lines.push(`- ${t.title.zh} \`${t.file}\`:新增 ${a} 行,删除 ${r} 行,修改 ${c} 行(共 ${t.rows.new} 行) / ${t.title.en}: ${a} added, ${r} removed, ${c} changed (${t.rows.new} rows)`);
  }
  if (report.totals.length) {
    lines.push('', '合计的变化 / Totals:', '');
    for (const l of report.totals) {
      const v = (n: number) => (l.unit === 'fen' ? yuan(n) : String(n));
      lines.push(`- ${l.title.zh} / ${l.title.en}: ${v(l.old)} → ${v(l.new)}`);
    }
  }
  if (report.flags.length) {
    lines.push('', '经复核的重要变更 / Reviewed changes that matter:', '');
    for (const f of report.flags) {
      const rows = f.rows.length ? `(${f.rows.slice(0, 10).join(';')}${f.rows.length > 10 ? ` 等 ${f.rows.length} 行 / ${f.rows.length} rows` : ''})` : '';
      lines.push(`- ${f.zh} / ${f.en}${rows}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The changelog with `entry` inserted above the newest release (below the introduction). */
export function insertEntry(changelog: string, entry: string): string {
  const at = changelog.search(/^## /m);
  if (at < 0) return `${changelog.trimEnd()}\n\n${entry}`;
  return `${changelog.slice(0, at)}${entry}\n${changelog.slice(at)}`;
}
