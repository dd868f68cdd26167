/**
 * The data change report as Markdown (a pull-request comment or a job summary) and as plain
 * text (a terminal): Chinese first, English beside or below it. Pure.
 */
import { tables } from '../../schemas/index.ts';
import type { Field } from '../../schemas/fields.ts';
import { formatYuan } from '../money.ts';
import { joinKey, type DiffReport, type FlagKind, type RowRef, type TableReport, type TotalLine } from './report.ts';

export interface RenderOptions {
  /** Rows listed per section (added, removed, changed) before "… and N more". */
  limit?: number;
}

const FLAG_TITLES: Record<FlagKind, { zh: string; en: string }> = {
  'published-changed': { zh: '公开发表的数字被修改', en: 'Published figure changed' },
  'row-count-dropped': { zh: '行数减少', en: 'Row count dropped' },
  'recipient-removed': { zh: '借款党员被删除', en: 'Recipient removed' },
  'source-changed': { zh: '来源被修改', en: 'Source changed' },
  'header-mismatch': { zh: '表头与数据字典不一致', en: 'Header does not match the data dictionary' },
  'unreadable-rows': { zh: '有行无法读取', en: 'Rows could not be read' },
};

const T = {
  title: '数据变更报告 · Data change report',
  none: '没有数据变更(行的顺序、文件编码和换行方式不算变更)。 / No change to the data (row order, file encoding and line ends are not changes).',
  flags: '请复核 · Look twice',
  summary: '概要 · Summary',
  totals: '对公开合计的影响 · Effect on the published totals',
  totalsSame: '公开合计没有变化。 / The published totals are unchanged.',
  added: '新增 · Added',
  removed: '删除 · Removed',
  changed: '修改 · Changed',
  unreadable: '无法读取的行 · Rows that could not be read',
  notCompared: '表头与数据字典不一致,未逐行比较;先按下面的提示修正表头。 / The header does not match the data dictionary, so the rows were not compared; fix the header as below first.',
  format: '文件格式问题 · File format problems',
  formatNote: '这些不是数据变更;运行 npm run normalize -- 文件 可以修正编码、BOM 和换行。 / These are not changes to the data; npm run normalize -- FILE fixes encoding, BOM and line ends.',
  empty: '(空 empty)',
  more: (n: number) => `…… 另有 ${n} 行 / … and ${n} more`,
};

const groupDigits = (s: string) => s.replace(/^(-?\d+)/, (m) => m.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
const money = (fen: number) => `${groupDigits(formatYuan(fen))} 元`;
function totalValue(l: TotalLine, v: number) {
  return l.unit === 'fen' ? money(v) : groupDigits(String(v));
}
function totalDelta(l: TotalLine) {
  const d = l.new - l.old;
  return `${d > 0 ? '+' : d < 0 ? '−' : ''}${totalValue(l, Math.abs(d))}`;
}

function fieldTitle(r: TableReport, name: string) {
  const f = (tables[r.table].fields as Record<string, Field<any>>)[name];
  return f ? `(${f.meta.title.zh} / ${f.meta.title.en})` : '';
}
const fieldLabel = (r: TableReport, name: string) => `${name}${fieldTitle(r, name)}`;

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ⏎ ');

function rowValues(r: TableReport, row: RowRef): [string, string][] {
  const pk = tables[r.table].primaryKey as string[];
  return Object.entries(row.cells).filter(([k, v]) => v !== '' && !pk.includes(k)).map(([k, v]) => [k, clip(oneLine(v))]);
}

// ---------------------------------------------------------------- Markdown

const md = (s: string) => oneLine(s).replace(/[\\`*_[\]|~]/g, '\\$&').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
const mdValue = (s: string) => (s === '' ? T.empty : code(clip(oneLine(s))));

export function renderMarkdown(report: DiffReport, options: RenderOptions = {}): string {
  const limit = options.limit ?? 100;
  const out: string[] = [`## ${T.title}`, '', `${code(report.base)} → ${code(report.head)}`, ''];
  if (!report.changed) out.push(`**${T.none}**`, '');

  if (report.flags.length) {
    out.push(`### ⚠️ ${T.flags}`, '');
    for (const f of report.flags) {
      const t = FLAG_TITLES[f.kind];
      out.push(`- **${t.zh} / ${t.en}** — ${md(f.zh)} / ${md(f.en)}`);
      for (const r of f.rows.slice(0, limit)) out.push(`  - ${code(r)}`);
      if (f.rows.length > limit) out.push(`  - ${T.more(f.rows.length - limit)}`);
    }
    out.push('');
  }

  if (report.tables.length) {
    out.push(`### ${T.summary}`, '', '| 表 Table | 文件 File | 行数 Rows | 新增 Added | 删除 Removed | 修改 Changed |', '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const r of report.tables)
      out.push(`| ${md(r.title.zh)} ${md(r.title.en)} | ${code(r.file)} | ${r.rows.old} → ${r.rows.new} | ${r.compared ? r.added.length : '?'} | ${r.compared ? r.removed.length : '?'} | ${r.compared ? r.changed.length : '?'} |`);
    out.push('');
  }

  out.push(`### ${T.totals}`, '');
  if (report.totals.length) {
    out.push('| 合计 Total | 原 Before | 现 After | 变化 Change |', '| --- | ---: | ---: | ---: |');
    for (const l of report.totals) out.push(`| ${md(l.title.zh)} / ${md(l.title.en)} | ${totalValue(l, l.old)} | ${totalValue(l, l.new)} | ${totalDelta(l)} |`);
  } else out.push(T.totalsSame);
  out.push('');

  for (const r of report.tables) {
    out.push(`### ${md(r.title.zh)} · ${md(r.title.en)} (${code(r.file)})`, '');
    if (!r.compared) {
      out.push(T.notCompared, '');
      for (const p of r.headerProblems) out.push(`- ${p.side === 'base' ? '原 base' : '现 head'} ${code(`${p.file}:${p.line}:${p.column}`)} ${code(p.code)}: ${md(p.zh)} / ${md(p.en)}${p.hint ? ` — ${md(p.hint.zh)} / ${md(p.hint.en)}` : ''}`);
      out.push('');
      continue;
    }
    const section = <X>(title: string, items: X[], line: (x: X) => string[]) => {
      if (!items.length) return;
      out.push(`**${title} (${items.length})**`, '');
      for (const x of items.slice(0, limit)) out.push(...line(x));
      if (items.length > limit) out.push(`- ${T.more(items.length - limit)}`);
      out.push('');
    };
    const head = (row: RowRef) => `${code(joinKey(row.key))}${row.names ? ` ${md(row.names)}` : ''}`;
    const values = (row: RowRef) => rowValues(r, row).map(([k, v]) => `${k}=${mdValue(v)}`).join(', ');
    section(T.added, r.added, (row) => [`- ➕ ${head(row)}: ${values(row)}`]);
    section(T.removed, r.removed, (row) => [`- ➖ ${head(row)}: ${values(row)}`]);
    section(T.changed, r.changed, (row) => [`- ✏️ ${head(row)}`, ...row.fields.map((f) => `  - ${code(f.name)}${md(fieldTitle(r, f.name))}: ${mdValue(f.old)} → ${mdValue(f.new)}`)]);
    section(T.unreadable, r.unreadable, (u) => [`- ${code(`${r.file}:${u.line}`)} ${code(joinKey(u.key))}`]);
  }

  if (report.formatProblems.length) {
    out.push(`### ${T.format}`, '', T.formatNote, '');
    for (const p of report.formatProblems.slice(0, limit))
      out.push(`- ${code(`${p.file}:${p.line}:${p.column}`)} ${code(p.code)}: ${md(p.zh)} / ${md(p.en)}${p.hint ? ` — ${md(p.hint.zh)} / ${md(p.hint.en)}` : ''}`);
    if (report.formatProblems.length > limit) out.push(`- ${T.more(report.formatProblems.length - limit)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------- plain text

const txt = (s: string) => (s === '' ? T.empty : clip(oneLine(s)));

export function renderText(report: DiffReport, options: RenderOptions = {}): string {
  const limit = options.limit ?? Infinity;
  const out: string[] = [T.title, `${report.base} → ${report.head}`, ''];
  if (!report.changed) out.push(T.none, '');

  if (report.flags.length) {
    out.push(`!! ${T.flags}`);
    for (const f of report.flags) {
      const t = FLAG_TITLES[f.kind];
      out.push(`  ! ${t.zh} / ${t.en}: ${f.zh}`, `    ${f.en}`);
      for (const r of f.rows.slice(0, limit)) out.push(`      ${r}`);
      if (f.rows.length > limit) out.push(`      ${T.more(f.rows.length - limit)}`);
    }
    out.push('');
  }

  if (report.tables.length) {
    out.push(T.summary);
    for (const r of report.tables)
      out.push(`  ${r.file.padEnd(22)} ${r.title.zh} ${r.title.en}: 行 rows ${r.rows.old} → ${r.rows.new}` + (r.compared ? `; 新增 added ${r.added.length}, 删除 removed ${r.removed.length}, 修改 changed ${r.changed.length}` : '; 未比较 not compared'));
    out.push('');
  }

  out.push(T.totals);
  if (report.totals.length) for (const l of report.totals) out.push(`  ${l.title.zh} / ${l.title.en}: ${totalValue(l, l.old)} → ${totalValue(l, l.new)} (${totalDelta(l)})`);
  else out.push(`  ${T.totalsSame}`);
  out.push('');

  for (const r of report.tables) {
    out.push(`${r.title.zh} · ${r.title.en} (${r.file})`);
    if (!r.compared) {
      out.push(`  ${T.notCompared}`);
      for (const p of r.headerProblems) out.push(`  ${p.side === 'base' ? '原 base' : '现 head'} ${p.file}:${p.line}:${p.column}: ${p.code}: ${p.zh} / ${p.en}${p.hint ? ` (${p.hint.zh} / ${p.hint.en})` : ''}`);
      out.push('');
      continue;
    }
    const section = <X>(title: string, items: X[], line: (x: X) => string[]) => {
      if (!items.length) return;
      out.push(`  ${title} (${items.length})`);
      for (const x of items.slice(0, limit)) out.push(...line(x));
      if (items.length > limit) out.push(`    ${T.more(items.length - limit)}`);
    };
    const head = (row: RowRef) => `${joinKey(row.key)}${row.names ? ` ${row.names}` : ''}`;
    const values = (row: RowRef) => rowValues(r, row).map(([k, v]) => `${k}=${v}`).join(', ');
    section(T.added, r.added, (row) => [`    + ${head(row)}: ${values(row)}`]);
    section(T.removed, r.removed, (row) => [`    - ${head(row)}: ${values(row)}`]);
    section(T.changed, r.changed, (row) => [`    ~ ${head(row)}`, ...row.fields.map((f) => `        ${fieldLabel(r, f.name)}: ${txt(f.old)} → ${txt(f.new)}`)]);
    section(T.unreadable, r.unreadable, (u) => [`    ? ${r.file}:${u.line} ${joinKey(u.key)}`]);
    out.push('');
  }

  if (report.formatProblems.length) {
    out.push(T.format, `  ${T.formatNote}`);
    for (const p of report.formatProblems) out.push(`  ${p.file}:${p.line}:${p.column}: ${p.code}: ${p.zh} / ${p.en}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
