/**
 * Field kinds: each one is a zod schema that parses one CSV cell (a string) into its typed value,
 * plus the metadata that `datapackage.json`, the data dictionary and CONTRIBUTING.md are made
 * from, plus the function that writes the value back as its canonical cell text.
 *
 * Money is integer fen in memory (never a float that drifts) and decimal yuan in files; percent
 * is integer basis points in memory (5.5% → 550) and decimal percent in files.
 */
import { z } from 'zod';
import { finding, type Bilingual, type Finding } from './problem.ts';
import type { Term } from './vocab.ts';

export type FrictionlessType = 'string' | 'integer' | 'number' | 'date' | 'boolean' | 'year';

export interface FieldMeta {
  kind: string;
  type: FrictionlessType;
  title: Bilingual;
  description: Bilingual;
  required: boolean;
  constraints: {
    pattern?: string;
    enum?: string[];
    minimum?: number;
    maximum?: number;
    maxLength?: number;
  };
  /** The vocabulary behind an enum field, for English labels. */
  terms?: readonly Term[];
  /** Unit of the value as written in the file. */
  unit?: string;
  example: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Finding };

export interface Field<T = unknown> {
  schema: z.ZodType<T, string>;
  meta: FieldMeta;
  /** Canonical cell text of a value: `format(parse(x)) === x` for every canonical x. */
  format: (value: T) => string;
  /**
   * What `schema` does to one cell, without zod's machinery: the loader calls it on a million
   * cells. `schema` is this function wrapped in zod, so the two never disagree.
   */
  parseCell?: (raw: string) => Parsed<T>;
}

interface Describe {
  title: Bilingual;
  description: Bilingual;
  example?: string;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (code: string, zh: string, en: string, hint?: Bilingual): Parsed<never> => ({
  ok: false,
  problem: finding(code, zh, en, hint),
});

/** Wraps a cell parser in zod; an empty cell is `null` when the field is optional. */
function makeField<T>(
  parse: (raw: string) => Parsed<T>,
  format: (value: T) => string,
  meta: FieldMeta,
): Field<T> {
  const required = finding('cell.required', '此项必填,不能为空', 'this cell is required and is empty', {
    zh: `填写${meta.title.zh},例如 ${meta.example}`,
    en: `fill in ${meta.title.en}, e.g. ${meta.example}`,
  });
  const empty: Parsed<T> = meta.required ? { ok: false, problem: required } : { ok: true, value: null as T };
  const parseCell = (raw: string): Parsed<T> => (raw === '' ? empty : parse(raw));
  const schema = z.string().transform((raw, ctx) => {
    const r = parseCell(raw);
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', input: raw, message: r.problem.code === 'cell.required' ? 'required' : r.problem.en, params: r.problem });
      return z.NEVER;
    }
    return r.value;
  });
  const fmt = (v: T) => (v === null || v === undefined ? '' : format(v));
  return { schema: schema as unknown as z.ZodType<T, string>, meta, format: fmt, parseCell };
}

type Opt<T, R extends boolean> = R extends true ? T : T | null;

// ---------------------------------------------------------------- numbers as people type them

const FULLWIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF05]/;
const toHalfWidth = (s: string) =>
  s.replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const SCIENTIFIC = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/;

/**
 * A number Excel wrote in scientific notation (5.30721E+11): it keeps only the digits it shows, so
 * the hint never offers a figure as if it were the cell's value. A code's lost digits cannot be
 * guessed at all (530721000000 is another village); an amount is said to stand for the figure
 * its digits spell only when every digit before the decimal point is shown.
 */
function scientific(raw: string, codeDigits?: number): Finding | null {
  const m = SCIENTIFIC.exec(raw);
  if (!m) return null;
  const [, sign, int, frac = '', exp] = m;
  const shown = `${int}${frac}`.replace(/^0+/, '').length;
  if (codeDigits)
    return finding('cell.scientific', `代码被 Excel 写成了科学计数法“${raw}”,后面的位数已经丢失`, `Excel turned the code into scientific notation ("${raw}"): its last digits are lost`, {
      zh: `${codeDigits} 位的代码只剩前 ${shown} 位,无法从这个单元格还原,不要按它补零。在 Excel/WPS 中先把该列设为“文本”格式(或在代码前加英文单引号 '),再从原始文件或统计用区划代码名录重新复制完整代码;CSV 不要用 Excel 打开后直接保存`,
      en: `only the first ${shown} of its ${codeDigits} digits are left, so it cannot be recovered from this cell: do not pad it with zeros. In Excel/WPS format the column as Text first (or type an apostrophe ' before the code), then copy the full code again from the source or the official list of division codes; do not open a CSV in Excel and save it as it is`,
    });
  // the place of the last digit shown: 8E+04 shows the ten-thousands, so it is anything from 75000 to 84999
  const place = Number(exp) - frac.length;
  const value = Number(raw);
  const digits = { zh: `${shown} 位有效数字`, en: `${shown} significant digit${shown === 1 ? '' : 's'}` };
  const fix = {
    zh: '按原始资料重新填写完整数字,并把该列设为“数值”(不用科学计数)或“文本”格式',
    en: 'type the full number again from the source, and format the column as Number (not Scientific) or Text',
  };
  const spell = (n: number) => `${n < 0 ? '-' : ''}${BigInt(Math.abs(n))}`;
  let hint: Bilingual;
  if (place >= 1 && Number.isSafeInteger(value)) {
    const half = 10 ** place / 2;
    const [lo, hi] = value < 0 ? [value - half + 1, value + half] : [value - half, value + half - 1];
    hint = {
      zh: `Excel 只保留了前 ${digits.zh},后面的位数已经丢失:这个单元格可能是 ${spell(lo)} 到 ${spell(hi)} 之间的任何数;${fix.zh}`,
      en: `Excel kept only the first ${digits.en}; the rest are lost: this cell could be anything from ${spell(lo)} to ${spell(hi)}. ${fix.en[0]!.toUpperCase()}${fix.en.slice(1)}`,
    };
  } else
    hint = {
      zh: `它写作 ${value},但 Excel 在这种写法中只显示前 ${digits.zh},原数若有更多位数或小数已被舍去;对照原始资料写出完整数字,并把该列设为“数值”(不用科学计数)或“文本”格式`,
      en: `it reads ${value}, but in this form Excel shows only the first ${digits.en}: any further digits or decimals of the original were rounded off. Write the number in full from the source, and format the column as Number (not Scientific) or Text`,
    };
  return finding('cell.scientific', `数字被 Excel 写成了科学计数法“${raw}”`, `Excel wrote the number in scientific notation ("${raw}")`, hint);
}

/** Recognises the ways a spreadsheet or a person spoils a number, before the plain check. */
function numberShape(raw: string, unitWord: Bilingual, codeDigits?: number): Finding | null {
  if (FULLWIDTH.test(raw))
    return finding('cell.fullwidth-digits', '数字是全角字符', 'the number is written in full-width characters', {
      zh: `改为半角 ${toHalfWidth(raw)},或运行 npm run normalize`,
      en: `write ${toHalfWidth(raw)}, or run npm run normalize`,
    });
  const sci = scientific(raw, codeDigits);
  if (sci) return sci;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw))
    return finding('cell.thousands-separator', '数字中有千分位逗号', 'the number has thousands separators', {
      zh: `写成 ${raw.replaceAll(',', '')}`,
      en: `write ${raw.replaceAll(',', '')}`,
    });
  const unit = /^(-?\d+(?:\.\d+)?)\s*(万元|万|元|亿元|亿|%|％|人|户|个|岁|亩|年)$/.exec(raw);
  if (unit) {
    const [, n, u] = unit;
    const factor = u === '万' || u === '万元' ? 10000 : u === '亿' || u === '亿元' ? 100000000 : 1;
    const plain = factor === 1 ? n! : scaleDecimal(n!, factor);
    return finding('cell.unit-in-number', `数字中带有单位“${u}”`, `the number carries a unit ("${u}")`, {
      zh: `只写数字(单位是${unitWord.zh}),例如 ${plain}`,
      en: `write the number alone (the unit is ${unitWord.en}), e.g. ${plain}`,
    });
  }
  return null;
}

/** Exact decimal × power of ten, as text (3.5 × 10000 → 35000). */
function scaleDecimal(n: string, factor: number): string {
  const zeros = String(factor).length - 1;
  const [i, f = ''] = n.split('.');
  const digits = (i! + f.padEnd(zeros, '0')).replace(/^0+(?=\d)/, '');
  const point = i!.length + zeros;
  const whole = digits.slice(0, point) || '0';
  const frac = (i! + f).slice(point).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

/** Decimal text with at most `places` decimals → integer in 1/10^places units, exactly. */
function decimalToScaled(raw: string, places: number): number {
  const [i, f = ''] = raw.split('.');
  return Number(i) * 10 ** places + Number(f.padEnd(places, '0') || '0');
}

function scaledToDecimal(value: number, places: number, keepPlaces: boolean): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const unit = 10 ** places;
  const whole = Math.floor(abs / unit);
  const frac = abs % unit;
  if (frac === 0) return `${sign}${whole}`;
  let f = String(frac).padStart(places, '0');
  if (!keepPlaces) f = f.replace(/0+$/, '');
  return `${sign}${whole}.${f}`;
}

// ---------------------------------------------------------------- the field kinds

export function text<R extends boolean>(
  d: Describe & { required: R; maxLength?: number; pattern?: RegExp; patternHint?: Bilingual },
): Field<Opt<string, R>> {
  const max = d.maxLength ?? 2000;
  return makeField<Opt<string, R>>(
    (raw) => {
      if (raw.length > max)
        return bad('cell.too-long', `文字超过 ${max} 个字符`, `the text is longer than ${max} characters`);
      if (d.pattern && !d.pattern.test(raw))
        return bad('cell.pattern', `格式不对:“${raw}”`, `"${raw}" is not in the expected form`, d.patternHint);
      return ok(raw);
    },
    (v) => String(v),
    {
      kind: 'text',
      type: 'string',
      title: d.title,
      description: d.description,
      required: d.required,
      constraints: { maxLength: max, ...(d.pattern ? { pattern: d.pattern.source.replace(/^\^|\$$/g, '') } : {}) },
      example: d.example ?? '',
    },
  );
}

/** A National Bureau of Statistics code of `digits` digits, kept as text (leading zeros matter). */
export function code<R extends boolean>(d: Describe & { required: R; digits: 6 | 9 | 12 }): Field<Opt<string, R>> {
  return makeField<Opt<string, R>>(
    (raw) => {
      const n = numberShape(raw, { zh: '代码', en: 'code' }, d.digits);
      if (n && n.code !== 'cell.unit-in-number') return { ok: false, problem: n };
      if (!new RegExp(`^\\d{${d.digits}}$`).test(raw))
        return bad('cell.code', `“${raw}”不是 ${d.digits} 位数字代码`, `"${raw}" is not a ${d.digits}-digit code`, {
          zh: `统计用区划代码是 ${d.digits} 位数字,例如 ${d.example}`,
          en: `statistical division codes have ${d.digits} digits, e.g. ${d.example}`,
        });
      return ok(raw);
    },
    (v) => String(v),
    {
      kind: `code${d.digits}`,
      type: 'string',
      title: d.title,
      description: d.description,
      required: d.required,
      constraints: { pattern: `\\d{${d.digits}}` },
      example: d.example ?? '',
    },
  );
}

/** An identifier made of letters, digits, `-` and `_` (e.g. `S1`, `L-2016-0042`). */
export function id<R extends boolean>(d: Describe & { required: R }): Field<Opt<string, R>> {
  return text({ ...d, maxLength: 40, pattern: /^[A-Za-z][A-Za-z0-9_-]*$/, patternHint: {
    zh: '编号以英文字母开头,只用字母、数字、- 和 _',
    en: 'ids start with a letter and use only letters, digits, - and _',
  } });
}

export function enumOf<R extends boolean>(
  d: Describe & { required: R; terms: readonly Term[] },
): Field<Opt<string, R>> {
  const values = d.terms.map((t) => t.value);
  return makeField<Opt<string, R>>(
    (raw) => {
      if (values.includes(raw)) return ok(raw);
      const alias = d.terms.find((t) => t.aliases?.includes(raw) || t.en.toLowerCase() === raw.toLowerCase());
      const near = alias?.value ?? values.find((v) => raw.trim() === v);
      return bad('cell.enum', `“${raw}”不是可选值`, `"${raw}" is not one of the allowed values`, {
        zh: near ? `应写作“${near}”` : `可选值:${values.join('、')}`,
        en: near ? `write "${near}"` : `allowed: ${values.join(', ')}`,
      });
    },
    (v) => String(v),
    {
      kind: 'enum',
      type: 'string',
      title: d.title,
      description: d.description,
      required: d.required,
      constraints: { enum: values },
      terms: d.terms,
      example: d.example ?? values[0]!,
    },
  );
}

export function integer<R extends boolean>(
  d: Describe & { required: R; min?: number; max?: number; unit: Bilingual },
): Field<Opt<number, R>> {
  const min = d.min ?? 0;
  return makeField<Opt<number, R>>(
    (raw) => {
      const shape = numberShape(raw, d.unit);
      if (shape) return { ok: false, problem: shape };
      if (!/^-?\d+$/.test(raw))
        return bad('cell.integer', `“${raw}”不是整数`, `"${raw}" is not a whole number`, { zh: `例如 ${d.example}`, en: `e.g. ${d.example}` });
      const n = Number(raw);
      if (n < min || (d.max !== undefined && n > d.max))
        return bad('cell.range', `${raw} 超出范围 ${min}–${d.max ?? '∞'}`, `${raw} is outside ${min}–${d.max ?? '∞'}`);
      if (raw !== String(n))
        return bad('cell.integer', `“${raw}”有多余的前导零`, `"${raw}" has leading zeros`, { zh: `写成 ${n}`, en: `write ${n}` });
      return ok(n);
    },
    (v) => String(v),
    {
      kind: 'integer',
      type: 'integer',
      title: d.title,
      description: d.description,
      required: d.required,
      constraints: { minimum: min, ...(d.max !== undefined ? { maximum: d.max } : {}) },
      unit: d.unit.en,
      example: d.example ?? String(min),
    },
  );
}

/** Amount in yuan with at most 2 decimals, greater than 0; held as integer fen. */
export function money<R extends boolean>(d: Describe & { required: R }): Field<Opt<number, R>> {
  return makeField<Opt<number, R>>(
    (raw) => {
      const shape = numberShape(raw, { zh: '元', en: 'yuan' });
      if (shape) return { ok: false, problem: shape };
      if (!/^-?\d+(\.\d+)?$/.test(raw))
        return bad('cell.money', `“${raw}”不是金额`, `"${raw}" is not an amount of money`, {
          zh: '以元为单位的数字,最多两位小数,例如 100000 或 2360000.50',
          en: 'a number of yuan with at most 2 decimals, e.g. 100000 or 2360000.50',
        });
      if (/\.\d{3,}$/.test(raw))
        return bad('cell.decimals', `金额“${raw}”超过两位小数`, `the amount "${raw}" has more than 2 decimals`, {
          zh: '金额精确到分(两位小数)',
          en: 'amounts are exact to the fen (2 decimals)',
        });
      if (/^-/.test(raw) || /^0+(\.0+)?$/.test(raw))
        return bad('cell.positive', `金额必须大于 0,而这里是 ${raw}`, `the amount must be greater than 0, not ${raw}`);
      if (/^0\d/.test(raw))
        return bad('cell.money', `“${raw}”有多余的前导零`, `"${raw}" has leading zeros`);
      const fen = decimalToScaled(raw, 2);
      if (!Number.isSafeInteger(fen)) return bad('cell.range', `金额 ${raw} 过大`, `the amount ${raw} is too large`);
      return ok(fen);
    },
    (fen) => scaledToDecimal(fen as number, 2, true),
    {
      kind: 'money',
      type: 'number',
      title: d.title,
      description: d.description,
      required: d.required,
      constraints: { minimum: 0.01, pattern: '\\d+(\\.\\d{1,2})?' },
      unit: 'yuan',
      example: d.example ?? '100000',
    },
  );
}

/** Percent with at most 2 decimals, 0–100; held as integer basis points (5.5 → 550). */
export function percent<R extends boolean>(d: Describe & { required: R }): Field<Opt<number, R>> {
  return makeField<Opt<number, R>>(
    (raw) => {
      const shape = numberShape(raw, { zh: '%', en: 'percent' });
      if (shape) return { ok: false, problem: shape };
      if (!/^\d+(\.\d{1,2})?$/.test(raw))
        return bad('cell.percent', `“${raw}”不是百分数`, `"${raw}" is not a percentage`, {
          zh: '写 0 到 100 之间的数,最多两位小数,不带 %,例如 5.5',
          en: 'write a number from 0 to 100 with at most 2 decimals, without %, e.g. 5.5',
        });
      const bp = decimalToScaled(raw, 2);
      if (bp > 10000) return bad('cell.range', `${raw}% 大于 100%`, `${raw}% is more than 100%`);
      return ok(bp);
    },
    (bp) => scaledToDecimal(bp as number, 2, false),
    {
      kind: 'percent',
      type: 'number',
      title: d.title,
      description: d.description,
      required: d.required,
      constraints: { minimum: 0, maximum: 100 },
      unit: 'percent',
      example: d.example ?? '20',
    },
  );
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Serial day number as Excel counts from 1899-12-30, to ISO date text. */
export function excelSerialToIso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `iso` is YYYY-MM-DD and a day of the calendar (no 2016-02-30). No Date objects: it runs on every date cell. */
export function isRealDate(iso: string): boolean {
  const m = DATE.exec(iso);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

/** A calendar date written YYYY-MM-DD (ISO 8601); held as that text. */
export function date<R extends boolean>(d: Describe & { required: R }): Field<Opt<string, R>> {
  return makeField<Opt<string, R>>(
    (raw) => {
      if (/^\d{5}(\.\d+)?$/.test(raw)) {
        const iso = excelSerialToIso(Math.floor(Number(raw)));
        return bad('cell.excel-date', `“${raw}”是 Excel 日期序列号,不是日期`, `"${raw}" is an Excel date serial number, not a date`, {
          zh: `大概是 ${iso};把该列设为“文本”格式并写 ${iso}`,
          en: `probably ${iso}; format the column as Text and write ${iso}`,
        });
      }
      if (FULLWIDTH.test(raw))
        return bad('cell.fullwidth-digits', '日期中有全角数字', 'the date has full-width digits', {
          zh: `改为 ${toHalfWidth(raw)},或运行 npm run normalize`,
          en: `write ${toHalfWidth(raw)}, or run npm run normalize`,
        });
      const loose = /^(\d{4})\s*[./年-]\s*(\d{1,2})\s*[./月-]\s*(\d{1,2})\s*日?$/.exec(raw);
      if (!DATE.test(raw) && loose) {
        const iso = `${loose[1]}-${loose[2]!.padStart(2, '0')}-${loose[3]!.padStart(2, '0')}`;
        return bad('cell.date-format', `日期“${raw}”不是 年-月-日 格式`, `the date "${raw}" is not written YYYY-MM-DD`, {
          zh: `写成 ${iso}`,
          en: `write ${iso}`,
        });
      }
      if (!isRealDate(raw))
        return bad('cell.date', `“${raw}”不是有效日期`, `"${raw}" is not a valid date`, {
          zh: '按 年-月-日 写,例如 2016-03-15',
          en: 'write YYYY-MM-DD, e.g. 2016-03-15',
        });
      return ok(raw);
    },
    (v) => String(v),
    {
      kind: 'date',
      type: 'date',
      title: d.title,
      description: d.description,
      required: d.required,
      constraints: {},
      example: d.example ?? '2016-03-15',
    },
  );
}

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2035;

/** A four-digit calendar year in [YEAR_MIN, YEAR_MAX]. */
export function year<R extends boolean>(d: Describe & { required: R }): Field<Opt<number, R>> {
  return makeField<Opt<number, R>>(
    (raw) => {
      const shape = numberShape(raw, { zh: '年', en: 'year' });
      if (shape) return { ok: false, problem: shape };
      if (!/^\d{4}$/.test(raw))
        return bad('cell.year', `“${raw}”不是四位年份`, `"${raw}" is not a four-digit year`, {
          zh: `写四位年份,例如 ${d.example ?? '2017'}`,
          en: `write a four-digit year, e.g. ${d.example ?? '2017'}`,
        });
      const n = Number(raw);
      if (n < YEAR_MIN || n > YEAR_MAX)
        return bad('cell.year', `年份 ${raw} 不在 ${YEAR_MIN}–${YEAR_MAX} 之间`, `the year ${raw} is not within ${YEAR_MIN}–${YEAR_MAX}`);
      return ok(n);
    },
    (v) => String(v),
    {
      kind: 'year',
      type: 'year',
      title: d.title,
      description: d.description,
      required: d.required,
      constraints: { minimum: YEAR_MIN, maximum: YEAR_MAX },
      example: d.example ?? '2017',
    },
  );
}

/** `true` or `false`, as Frictionless writes booleans. */
export function bool<R extends boolean>(d: Describe & { required: R }): Field<Opt<boolean, R>> {
  const yes = ['是', '有', 'TRUE', 'True', '1', 'Y', 'y', 'yes', '√'];
  const no = ['否', '无', 'FALSE', 'False', '0', 'N', 'n', 'no', '×'];
  return makeField<Opt<boolean, R>>(
    (raw) => {
      if (raw === 'true') return ok(true);
      if (raw === 'false') return ok(false);
      const guess = yes.includes(raw) ? 'true' : no.includes(raw) ? 'false' : null;
      return bad('cell.boolean', `“${raw}”不是 true 或 false`, `"${raw}" is not true or false`, {
        zh: guess ? `应写作 ${guess}` : '写 true(是)或 false(否)',
        en: guess ? `write ${guess}` : 'write true or false',
      });
    },
    (v) => (v ? 'true' : 'false'),
    {
      kind: 'boolean',
      type: 'boolean',
      title: d.title,
      description: d.description,
      required: d.required,
      constraints: {},
      example: d.example ?? 'true',
    },
  );
}

/** A period in ISO 8601 with reduced precision, as published: `2017`, `2018-04`, `2014/2018-04`. */
export function period<R extends boolean>(d: Describe & { required: R }): Field<Opt<string, R>> {
  return text({
    ...d,
    maxLength: 21,
    pattern: /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/,
    patternHint: {
      zh: '写年份、年-月或 起/止,例如 2017、2018-04、2014/2018-04',
      en: 'write a year, year-month or start/end, e.g. 2017, 2018-04, 2014/2018-04',
    },
  });
}
