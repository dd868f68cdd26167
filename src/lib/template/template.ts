/**
 * Fill-in templates, made from the table definitions alone (the same single definition as
 * datapackage.json and CONTRIBUTING.md): a 说明 sheet on how to fill it in, check it and send it
 * back; one sheet per table whose first row is the exact column names and whose second row is
 * their Chinese titles (the import knows and skips it), both frozen, with column widths and
 * formats (codes
 * and ids as text, dates as dates, money with two decimals), data validation with input messages
 * in Chinese (drop-down lists of the vocabularies and of the reference tables' codes, whole
 * numbers, dates from 1949-10-01, booleans as 是/否), a `delete` column, and a hidden sheet of
 * the lists. A template can be pre-filled with rows (a village's, as published). Pure.
 */
import type { Field } from '../../schemas/fields.ts';
import { YEAR_MAX, YEAR_MIN } from '../../schemas/fields.ts';
import { tables, type Dataset, type TableName } from '../../schemas/index.ts';
import { columnLetter, type Bilingual } from '../../schemas/problem.ts';
import { fileOf, type TableDef } from '../../schemas/table.ts';
import { DELETE_COLUMN } from '../import/header.ts';
import type { CellRow } from '../publish/cells.ts';
import { isoToSerial, STYLE, writeWorkbook, type Cell, type Sheet, type Validation } from '../xlsx/write.ts';

/** The earliest date a template accepts: the founding of the People's Republic. */
export const DATE_MIN = '1949-10-01';
/** Rows below the pre-filled ones that get the drop-downs and checks (readers such as exceljs expand a whole-column range cell by cell). */
const BLANK_ROWS = 1000;
/** Rows above the data: the column names, then their Chinese titles. */
export const HEADER_ROWS = 2;
const FIRST = HEADER_ROWS + 1;
export const LISTS_SHEET = 'lists';
export const ABOUT_SHEET = '说明 about';

export interface TemplateOptions {
  /** The tables to give a sheet each, in the data package's order. */
  tables: readonly TableName[];
  /** The data the drop-down lists are made from (published: names withheld). */
  reference: Dataset;
  /** Rows to pre-fill, as canonical cell text, by table. */
  rows?: Partial<Record<TableName, readonly CellRow[]>>;
  version: string;
  /** The data version's date: the workbook's date, and dates are accepted up to a year after it. */
  date: string;
  /** What the template is for, e.g. 红色信贷 / Red-credit loans, or a village's name. */
  subject: Bilingual;
  /** The check page's address, said in the 说明 sheet. */
  checkUrl: string;
}

interface List {
  name: string;
  values: string[];
}

const fieldsOf = (t: TableDef<any>) => Object.entries(t.fields as Record<string, Field<any>>);
const plusYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;

/** A single-field foreign key's target, its key field and its name field (if it has one). */
function reference(t: TableDef<any>, field: string) {
  const fk = t.foreignKeys.find((k) => k.fields.length === 1 && k.fields[0] === field);
  if (!fk) return null;
  const target = fk.reference.resource as TableName;
  return { table: target, key: fk.reference.fields[0]!, named: 'name' in tables[target].fields };
}

/** The values of a reference list: `530721102211 拉巴支村委会` where the table has names, else the key alone. */
function referenceValues(data: Dataset, ref: NonNullable<ReturnType<typeof reference>>): string[] {
  const rows = data[ref.table] as Record<string, unknown>[];
  return rows.map((r) => (ref.named && r.name ? `${r[ref.key]} ${r.name}` : String(r[ref.key])));
}

interface Rule {
  style: number;
  width: number;
  what: string;
  validation: Omit<Validation, 'sqref' | 'prompt' | 'error'> & { errorStyle?: 'stop' | 'warning' };
}

function ruleOf(t: TableDef<any>, name: string, f: Field<any>, col: string, lists: Map<string, List>, data: Dataset, date: string): Rule {
  const m = f.meta;
  const cell = `${col}${FIRST}`;
  const ref = reference(t, name);
  const titleWidth = Math.max(name.length + 2, [...m.title.zh].length * 2 + 2);
  const width = (w: number) => Math.min(40, Math.max(10, titleWidth, w));
  const listOf = (key: string, values: string[]) => {
    let l = lists.get(key);
    if (!l) lists.set(key, (l = { name: `list_${lists.size + 1}_${name}`.slice(0, 60), values }));
    return l;
  };
  if (ref) {
    const values = referenceValues(data, ref);
    const target = fileOf(tables[ref.table]);
    if (values.length)
      return {
        style: STYLE.text,
        width: width(ref.named ? 30 : 14),
        what: ref.named ? `从下拉列表选择(代码 名称),或只写代码;须是 ${target} 中已有的。` : `从下拉列表选择,或写 ${target} 中已有(或本工作簿中新加)的编号。`,
        validation: { type: 'list', formula1: listOf(`ref:${ref.table}.${ref.key}`, values).name, errorStyle: 'warning' },
      };
  }
  switch (m.kind) {
    case 'enum':
      return { style: STYLE.text, width: width(Math.max(...m.constraints.enum!.map((v) => [...v].length * 2 + 2))), what: '从下拉列表选择。', validation: { type: 'list', formula1: listOf(`enum:${m.constraints.enum!.join('|')}`, m.constraints.enum!).name } };
    case 'boolean':
      return { style: STYLE.text, width: width(8), what: '选“是”或“否”。', validation: { type: 'list', formula1: '"是,否"' } };
    case 'date':
      return { style: STYLE.date, width: width(12), what: `日期,如 2016-03-15,${DATE_MIN} 至 ${plusYear(date)}。`, validation: { type: 'date', operator: 'between', formula1: String(isoToSerial(DATE_MIN)), formula2: String(isoToSerial(plusYear(date))) } };
    case 'year':
      return { style: STYLE.integer, width: width(8), what: `四位年份,${YEAR_MIN}–${YEAR_MAX}。`, validation: { type: 'whole', operator: 'between', formula1: String(YEAR_MIN), formula2: String(YEAR_MAX) } };
    case 'integer': {
      const min = m.constraints.minimum ?? 0;
      const max = m.constraints.maximum;
      return {
        style: STYLE.integer,
        width: width(10),
        what: max === undefined ? `整数,不小于 ${min}。` : `整数,${min}–${max}。`,
        validation: max === undefined ? { type: 'whole', operator: 'greaterThanOrEqual', formula1: String(min) } : { type: 'whole', operator: 'between', formula1: String(min), formula2: String(max) },
      };
    }
    case 'money':
      return { style: STYLE.money, width: width(14), what: '金额,单位元,只写数字(不写“万”“元”),大于 0,最多两位小数。', validation: { type: 'custom', formula1: `AND(ISNUMBER(${cell}),${cell}>0,ROUND(${cell},2)=${cell})` } };
    case 'percent':
      return { style: STYLE.plain, width: width(10), what: '百分数 0–100,不写 %,最多两位小数,如 5.5。', validation: { type: 'custom', formula1: `AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=100,ROUND(${cell},2)=${cell})` } };
  }
  if (m.kind.startsWith('code')) {
    const digits = m.kind.slice(4);
    return { style: STYLE.text, width: width(Number(digits) + 3), what: `${digits} 位数字代码,保留开头的 0。`, validation: { type: 'textLength', operator: 'equal', formula1: digits } };
  }
  const max = m.constraints.maxLength ?? 2000;
  return { style: STYLE.text, width: width(max > 100 ? 30 : Math.max(12, max)), what: max < 2000 ? `最多 ${max} 个字。` : '', validation: { type: 'textLength', operator: 'lessThanOrEqual', formula1: String(max) } };
}

/** A canonical cell as a spreadsheet cell: dates as dates, numbers as numbers, booleans as 是/否, codes as text. */
function valueCell(f: Field<any>, text: string, style: number, named: Map<string, string> | undefined): Cell {
  if (text === '') return { v: null };
  switch (f.meta.kind) {
    case 'date':
      return { v: isoToSerial(text), s: style };
    case 'money':
    case 'percent':
    case 'integer':
    case 'year':
      return { v: Number(text), s: style };
    case 'boolean':
      return { v: text === 'true' ? '是' : text === 'false' ? '否' : text, s: style };
  }
  return { v: named?.get(text) ?? text, s: style };
}

function tableSheet(name: TableName, opts: TemplateOptions, lists: Map<string, List>): Sheet {
  const t = tables[name] as TableDef<any>;
  const fields = fieldsOf(t);
  const header: Cell[] = [];
  const titles: Cell[] = [];
  const cols: Sheet['cols'] = [];
  const validations: Validation[] = [];
  const styles: number[] = [];
  const last = HEADER_ROWS + (opts.rows?.[name]?.length ?? 0) + BLANK_ROWS;
  const named = new Map<string, Map<string, string>>();
  fields.forEach(([fname, f], i) => {
    const col = columnLetter(i + 1);
    const rule = ruleOf(t, fname, f, col, lists, opts.reference, opts.date);
    const m = f.meta;
    header.push({ v: fname, s: m.required ? STYLE.headerRequired : STYLE.headerOptional });
    titles.push({ v: m.title.zh, s: STYLE.subheader });
    cols.push({ width: rule.width, style: rule.style });
    styles.push(rule.style);
    const rules = `${rule.what}${m.required ? '必填。' : '可留空。'}`;
    const { errorStyle, ...v } = rule.validation;
    validations.push({
      ...v,
      sqref: `${col}${FIRST}:${col}${last}`,
      prompt: { title: m.title.zh, text: `${m.description.zh}。${rules}` },
      error: { title: `${m.title.zh}:不符合要求`, text: rules, style: errorStyle ?? 'stop' },
    });
    const ref = reference(t, fname);
    if (ref?.named) named.set(fname, new Map(referenceValues(opts.reference, ref).map((v) => [v.slice(0, v.indexOf(' ')), v])));
  });
  // the delete column, last: 是 deletes the row of that key when the workbook is imported
  const del = columnLetter(fields.length + 1);
  header.push({ v: DELETE_COLUMN, s: STYLE.headerDelete });
  cols.push({ width: 9, style: STYLE.text });
  validations.push({
    type: 'list',
    formula1: '"是,否"',
    sqref: `${del}${FIRST}:${del}${last}`,
    prompt: { title: '删除这一行?', text: `要删除已有的一行,在这一列选“是”(按 ${t.primaryKey.join(' + ')} 找到它)。新增或修改的行留空。` },
    error: { title: '删除:不符合要求', text: '选“是”删除这一行,或留空。', style: 'stop' },
  });
  titles.push({ v: '删除', s: STYLE.subheader });
  const rows: Cell[][] = [header, titles];
  for (const r of opts.rows?.[name] ?? []) rows.push(fields.map(([fname, f], i) => valueCell(f, r[fname] ?? '', styles[i]!, named.get(fname))));
  return { name: t.name, cols, rows, frozenRows: HEADER_ROWS, validations };
}

function aboutSheet(opts: TemplateOptions, sheets: Sheet[]): Sheet {
  const line = (label: string, value: string): Cell[] => [{ v: label, s: STYLE.bold }, { v: value, s: STYLE.wrap }];
  const rows: Cell[][] = [
    [{ v: `村务公开账本 · 填写模板:${opts.subject.zh}`, s: STYLE.title }],
    [{ v: `Open Village Ledger · fill-in template: ${opts.subject.en}`, s: STYLE.wrap }],
    [],
    line('数据版本 Data version', `${opts.version}(${opts.date})`),
    line(
      '怎样填写',
      [
        '1. 每张表一个工作表。第一行是列名,第二行是列的中文名,这两行不要修改、移动或删除;选中单元格时会显示这一列的说明和填写要求。橙色列名必填,蓝色可留空。',
        '2. 从第 3 行起,每行填一条记录。已有的行(按编号或代码等主键)会被更新,新的行会被加上。',
        '3. 有下拉箭头的列,从列表中选择。日期照常输入(如 2016-3-15),Excel 会当作日期;代码和编号列已设为“文本”,12 位代码不会变成 5.30721E+11。',
        '4. 金额以元为单位,只写数字,不写“万”“元”和千分位逗号;是否类的列选“是”或“否”。',
        '5. 不要加合计行、标题行或备注行;不要写身份证号、电话号码、银行账号(备注里也不要)。',
        '6. 要删除已有的一行:在最后一列 delete 中选“是”。不标记的行不会被删除。',
        '7. 灰色的 lists 工作表(隐藏)是下拉列表的内容,不要修改。',
      ].join('\n'),
    ),
    line('怎样检查', `打开 ${opts.checkUrl} ,选择或拖入这个文件:在浏览器中检查,文件不会上传到任何地方。每个问题都写明工作表和单元格(如 credit_loans!I5)以及改法。`),
    line('怎样交回', '把填好的文件发给数据维护者,维护者运行 npm run import -- 文件.xlsx 导入(导入前会检查全部数据,有问题时不改动任何文件)。也可以在 /check/ 页面下载转换好的 CSV,通过 GitHub 网页编辑器提交拉取请求。'),
    line(
      'How to fill it in',
      'One sheet per table; keep the first two rows (the column names and their Chinese titles) as they are; select a cell to see what the column holds. Orange columns are required. Fill one record per row from row 3; existing rows (by key) are updated, new ones added. Pick from the drop-down lists; type dates as dates; codes are text. Money in yuan, digits only. No totals, titles, ID-card, phone or bank numbers. Write 是 in the delete column to delete a row.',
    ),
    line('Check and send', `Check the file at ${opts.checkUrl} (in your browser: nothing is uploaded), then send it to the data maintainer, who runs npm run import -- FILE.xlsx.`),
    [],
    [{ v: '工作表 Sheet', s: STYLE.bold }, { v: '内容 Table', s: STYLE.bold }, { v: '已填行数 Rows', s: STYLE.bold }],
    ...sheets.map((s): Cell[] => {
      const t = tables[s.name as TableName];
      return [{ v: s.name, s: STYLE.text }, { v: `${t.title.zh} · ${t.title.en}`, s: STYLE.text }, { v: s.rows.length - HEADER_ROWS }];
    }),
  ];
  return { name: ABOUT_SHEET, cols: [{ width: 22 }, { width: 100 }, { width: 14 }], rows };
}

export function templateWorkbook(opts: TemplateOptions): Uint8Array {
  const lists = new Map<string, List>();
  const sheets = opts.tables.map((n) => tableSheet(n, opts, lists));
  const listColumns = [...lists.values()];
  const listRows = Math.max(1, ...listColumns.map((l) => l.values.length + 1));
  const listSheet: Sheet = {
    name: LISTS_SHEET,
    hidden: true,
    cols: listColumns.map(() => ({ width: 30, style: STYLE.text })),
    rows: Array.from({ length: listRows }, (_, r) => listColumns.map((l) => (r === 0 ? { v: l.name, s: STYLE.bold } : { v: l.values[r - 1] ?? null, s: STYLE.text }))),
  };
  const names = listColumns.map((l, i) => ({ name: l.name, ref: `${LISTS_SHEET}!$${columnLetter(i + 1)}$2:$${columnLetter(i + 1)}$${Math.max(2, l.values.length + 1)}` }));
  return writeWorkbook({
    title: `村务公开账本 填写模板 ${opts.subject.zh} ${opts.version}`,
    date: opts.date,
    sheets: [aboutSheet(opts, sheets), ...sheets, ...(listColumns.length ? [listSheet] : [])],
    names,
  });
}
