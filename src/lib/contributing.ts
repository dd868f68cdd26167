/**
 * The generated parts of CONTRIBUTING.md, so that the guide cannot drift from the code: the
 * column reference, made from the table definitions, and worked examples of the validator's
 * messages, made by running the loader itself on typical spreadsheet mistakes. Each part sits
 * between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers. Pure.
 */
import type { Field } from '../schemas/fields.ts';
import { tables, tableNames } from '../schemas/index.ts';
import { columnLetter, formatProblem } from '../schemas/problem.ts';
import { fileOf, type TableDef } from '../schemas/table.ts';
import iconv from 'iconv-lite';
import { loadDataset } from './load-dataset.ts';

const KIND: Record<string, string> = {
  text: '文字 text',
  code6: '6 位代码 6-digit code',
  code9: '9 位代码 9-digit code',
  code12: '12 位代码 12-digit code',
  enum: '可选值 choice',
  integer: '整数 whole number',
  money: '金额(元)yuan',
  percent: '百分数 percent',
  date: '日期 date',
  year: '年份 year',
  boolean: '是否 true/false',
};

/** The patterns of the tables, said in words. */
const PATTERNS: Record<string, string> = {
  '[A-Za-z][A-Za-z0-9_-]*': '字母开头,只用字母、数字、- 和 _ / starts with a letter; letters, digits, - and _',
  'https?:\\/\\/\\S+': '以 http:// 或 https:// 开头 / starts with http:// or https://',
  '(\\d{6}|\\d{9}|\\d{12})': '6、9 或 12 位代码 / a 6-, 9- or 12-digit code',
  '\\d+(\\.\\d+)?': '按原文的数字,不带单位 / the number as printed, without its unit',
  '\\d{4}(-\\d{2}(-\\d{2})?)?(\\/\\d{4}(-\\d{2}(-\\d{2})?)?)?': '`2017`、`2018-04` 或 `2014/2018-04`',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function allowed(f: Field<any>): string {
  const m = f.meta;
  const c = m.constraints;
  if (m.terms) return m.terms.map((t) => `\`${t.value}\` ${t.en}`).join('<br>');
  switch (m.kind) {
    case 'money':
      return '大于 0,最多两位小数,不写“万”“元”和千分位逗号 / more than 0, at most 2 decimals, no 万, 元 or thousands separators';
    case 'percent':
      return '0–100,最多两位小数,不写 % / 0–100, at most 2 decimals, no %';
    case 'date':
      return '年-月-日 / YYYY-MM-DD';
    case 'year':
      return `${c.minimum}–${c.maximum}`;
    case 'boolean':
      return '`true` 是 / `false` 否';
    case 'integer':
      return `${c.minimum ?? 0}–${c.maximum ?? '∞'}`;
  }
  if (m.kind.startsWith('code')) return `${m.kind.slice(4)} 位数字,保留开头的 0 / ${m.kind.slice(4)} digits, leading zeros kept`;
  const parts: string[] = [];
  if (c.pattern) parts.push(PATTERNS[c.pattern] ?? `\`${c.pattern}\``);
  if (c.maxLength && c.maxLength < 1000) parts.push(`≤ ${c.maxLength} 字 chars`);
  return parts.join(', ');
}

/** Per table: what it holds, its key, and each column with its meaning, type, rule and example. */
export function columnsSection(): string {
  const out: string[] = [];
  for (const name of tableNames) {
    const t = tables[name] as TableDef<any>;
    const fields = Object.entries(t.fields as Record<string, Field<any>>);
    out.push(
      `### ${t.title.zh} · ${t.title.en} — \`data/${fileOf(t)}\``,
      '',
      `${t.description.zh}。 ${t.description.en}.`,
      '',
      `每行由 ${t.primaryKey.map((k) => `\`${k}\``).join(' + ')} 确定,不能重复。 / Each row is identified by ${t.primaryKey.map((k) => `\`${k}\``).join(' + ')}, which must be unique.` +
        (t.foreignKeys.length
          ? ` 引用 / Refers to: ${t.foreignKeys.map((fk) => `\`${fk.fields.join(', ')}\` → \`${fk.reference.resource}.csv\``).join(', ')}.`
          : ''),
      '',
      '| 列 Column | Excel | 中文名 | English | 类型 Type | 必填 Required | 可写的值 Allowed | 例子 Example |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    fields.forEach(([k, f], i) => {
      const m = f.meta;
      const zh = m.description.zh === m.title.zh ? m.title.zh : `${m.title.zh}:${m.description.zh}`;
      const en = m.description.en === m.title.en ? m.title.en : `${m.title.en}: ${m.description.en}`;
      out.push(
        `| \`${k}\` | ${columnLetter(i + 1)} | ${cell(zh)} | ${cell(en)} | ${KIND[m.kind] ?? m.kind} | ${m.required ? '是 yes' : '否 no'} | ${cell(allowed(f))} | ${m.example ? `\`${cell(m.example)}\`` : ''} |`,
      );
    });
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** A typical mistake: the files that show it, the one whose messages are shown, and the fix. */
interface Example {
  title: { zh: string; en: string };
  show: keyof typeof tables;
  files: Record<string, string | Uint8Array>;
  fix: { zh: string; en: string };
}

const header = (t: keyof typeof tables) => Object.keys(tables[t].fields).join(',');
const loan = (amount: string, applied = '2016-03-01', id = 'L2016-0001', village = '530721102204') =>
  `${id},${village},示例党员0001,true,P-6WHRK2,3组,纳西族,41,2016,${amount},种植续断,中药材,${applied},2016-03-08,2016-03-10,2016-03-16,0,2016-03-25,批准,已结清,,false,3,1,SYN,`;
/** Just enough geography for the loans to point at. */
const geography = {
  'sources.csv': `${header('sources')}\nGEO,official,统计用区划代码,,,,,,\nSYN,synthetic,演示数据,,,,,,\n`,
  'counties.csv': `${header('counties')}\n530721,玉龙纳西族自治县,丽江市,云南省,GEO\n`,
  'townships.csv': `${header('townships')}\n530721102,石鼓镇,镇,530721,1,GEO\n`,
  'villages.csv': `${header('villages')}\n530721102204,大同村委会,村委会,530721102,GEO\n`,
};

function examples(): Example[] {
  return [
    {
      title: { zh: '文件不是 UTF-8(Excel 默认的“CSV”)', en: 'The file is not UTF-8 (Excel’s default "CSV")' },
      show: 'townships',
      // What Excel on Chinese Windows writes for "CSV": GBK.
      files: { ...geography, 'townships.csv': new Uint8Array(iconv.encode(geography['townships.csv'], 'gbk')) },
      fix: { zh: '另存为“CSV UTF-8(逗号分隔)”,或运行 npm run normalize -- 文件', en: 'save as "CSV UTF-8 (Comma delimited)", or run npm run normalize -- FILE' },
    },
    {
      title: { zh: '金额带单位或千分位', en: 'An amount with a unit or thousands separators' },
      show: 'credit_loans',
      files: { ...geography, 'credit_loans.csv': `${header('credit_loans')}\n${loan('10万')}\n${loan('"100,000"', undefined, 'L2016-0002')}\n` },
      fix: { zh: '只写数字,单位是元:100000', en: 'write the number alone, in yuan: 100000' },
    },
    {
      title: { zh: 'Excel 把日期变成了数字', en: 'Excel turned a date into a number' },
      show: 'credit_loans',
      files: { ...geography, 'credit_loans.csv': `${header('credit_loans')}\n${loan('80000', '42430')}\n` },
      fix: { zh: '把该列设为“文本”格式,写 2016-03-01', en: 'format the column as Text and write 2016-03-01' },
    },
    {
      title: { zh: '村代码写错,或同一行复制了两次', en: 'A village code that does not exist, or a row pasted twice' },
      show: 'credit_loans',
      files: { ...geography, 'credit_loans.csv': `${header('credit_loans')}\n${loan('80000')}\n${loan('80000')}\n${loan('50000', undefined, 'L2016-0002', '530721102299')}\n` },
      fix: { zh: '对照村(社区)表改正代码;删除重复的行', en: 'correct the code from the villages table; delete the repeated row' },
    },
    {
      title: { zh: '备注里写了电话号码(打码的也不行)', en: 'A phone number in a note (a masked one too)' },
      show: 'credit_loans',
      files: { ...geography, 'credit_loans.csv': `${header('credit_loans')}\n${loan('80000').replace(/,SYN,$/, ',SYN,借款人电话 138 1234 5678')}\n${loan('80000', undefined, 'L2016-0002').replace(/,SYN,$/, ',SYN,手机 139****7777')}\n` },
      fix: { zh: '删除号码;检查程序的消息只显示打码形式,从不重复号码本身', en: 'delete the number; the validator shows it masked, never the number itself' },
    },
    {
      title: { zh: '从 Word 粘贴来的换行', en: 'A line break pasted from Word' },
      show: 'credit_loans',
      files: { ...geography, 'credit_loans.csv': `${header('credit_loans')}\n${loan('80000').replace('种植续断', '种植续断\u000B扩种当归')}\n` },
      fix: { zh: '删除该字符;要分行就在单元格里按 Alt+Enter', en: 'delete the character; for a new line press Alt+Enter inside the cell' },
    },
    {
      title: { zh: '改了列名', en: 'A renamed column' },
      show: 'credit_loans',
      files: { ...geography, 'credit_loans.csv': `${header('credit_loans').replace('amount_yuan', '金额')}\n${loan('80000')}\n` },
      fix: { zh: '第一行的列名保持原样,不要翻译或改写', en: 'keep the header row exactly as it is; do not translate or rename columns' },
    },
  ];
}

/** Worked examples: what the validator prints for common spreadsheet mistakes, and the fix. */
export function examplesSection(): string {
  const out: string[] = [];
  for (const ex of examples()) {
    const files = new Map(Object.entries(ex.files).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v]));
    const file = `data/${fileOf(tables[ex.show])}`;
    const problems = loadDataset(files, 'data').problems.filter((p) => p.file === file);
    out.push(`#### ${ex.title.zh} · ${ex.title.en}`, '', '```text', ...problems.map(formatProblem), '```', '', `改法 / Fix: ${ex.fix.zh} / ${ex.fix.en}`, '');
  }
  return out.join('\n').trimEnd();
}

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->` with `content`. */
export function replaceSection(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`CONTRIBUTING.md has no ${start} … ${end} section`);
  return `${text.slice(0, a + start.length)}\n${content}\n${text.slice(b)}`;
}

export const generatedSections = (): Record<string, string> => ({ columns: columnsSection(), examples: examplesSection() });

export function regenerate(text: string): string {
  return Object.entries(generatedSections()).reduce((t, [name, content]) => replaceSection(t, name, content), text);
}
