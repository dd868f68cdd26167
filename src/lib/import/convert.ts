/**
 * A spreadsheet cell → the CSV text of one field, as an editor writing the CSV by hand would
 * write it: an Excel date (a serial number shown with a date format) → `2016-03-15`, whatever
 * time of day it holds; a number → its digits without float noise (0.1 + 0.2 is 0.3, and a
 * 12-digit code typed as a number keeps all 12 digits); a boolean field's 是/否, TRUE/FALSE or
 * true/false → `true`/`false`; text as typed. What cannot be converted without guessing (an
 * error value, a number Excel turned into a date outside a date column) is a located problem.
 * Everything else is left to the validator, which says what is wrong with the text. Pure.
 */
import type { Field } from '../../schemas/fields.ts';
import { finding, type Finding } from '../../schemas/problem.ts';
import type { XlsxValue } from '../xlsx/read.ts';

export type Converted = { ok: true; text: string } | { ok: false; problem: Finding };

/** A JS number written in exponent form (`1.5e-7`, `6.2e+18`) as plain decimal digits. */
function expand(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = '', e] = m;
  const digits = int! + frac;
  const point = int!.length + Number(e);
  const body = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + body;
}

/**
 * A number as the digits a person sees: integers up to 2^53 exactly; anything else rounded to the
 * 15 significant digits that Excel keeps and shows (0.30000000000000004 → 0.3).
 */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return n.toFixed(0);
  let s = expand(n.toPrecision(15));
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

const DAY_MS = 86_400_000;

/**
 * The calendar date of an Excel serial number (days since 1899-12-30; since 1904-01-01 in a
 * 1904-based workbook), the time of day dropped. Null outside years 1900–9999.
 */
export function serialToIsoDate(serial: number, date1904 = false): string | null {
  // half a millisecond of tolerance: a time stored as 0.99999999999 of a day is still that day
  let days = Math.floor(serial + (date1904 ? 1462 : 0) + 0.5 / DAY_MS);
  if (!date1904 && days < 60) days += 1; // Excel's day 60 is 1900-02-29, a day that never was
  if (days < 1 || days > 2_958_465) return null;
  return new Date(Date.UTC(1899, 11, 30) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Field kinds whose cells are digits: full-width digits in them become ASCII (as npm run normalize does). */
const NUMERIC_KINDS = /^(integer|money|percent|date|year|code\d+)$/;
const FULLWIDTH_IN_NUMBER = /[\uFF10-\uFF19\uFF0E\uFF0D]/g;
export const halfWidthDigits = (s: string) => s.replace(FULLWIDTH_IN_NUMBER, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

const YES = new Set(['是', 'TRUE', 'true', 'True']);
const NO = new Set(['否', 'FALSE', 'false', 'False']);

/** The text of a boolean cell: 是/否, TRUE/FALSE and true/false → `true`/`false`; anything else as it is. */
export function booleanText(text: string): string {
  return YES.has(text) ? 'true' : NO.has(text) ? 'false' : text;
}

/** Converts one cell (null = empty) for `field`. */
export function cellText(value: XlsxValue | null, field: Field<any>, date1904 = false): Converted {
  if (!value) return { ok: true, text: '' };
  const kind = field.meta.kind;
  switch (value.kind) {
    case 'text':
      return { ok: true, text: kind === 'boolean' ? booleanText(value.text) : NUMERIC_KINDS.test(kind) ? halfWidthDigits(value.text) : value.text };
    case 'boolean':
      return { ok: true, text: kind === 'boolean' ? String(value.value) : value.value ? 'TRUE' : 'FALSE' };
    case 'error':
      return value.text === ''
        ? { ok: false, problem: finding('xlsx.formula-no-value', '单元格是公式,但文件里没有它的计算结果', 'the cell is a formula with no calculated value saved in the file', { zh: '在 Excel/WPS 中打开后重新保存,或直接填写数值', en: 'open and save the file in Excel/WPS again, or type the value itself' }) }
        : { ok: false, problem: finding('xlsx.error-value', `单元格是错误值 ${value.text}`, `the cell holds the error value ${value.text}`, { zh: '改正公式,或直接填写数值', en: 'fix the formula or type the value itself' }) };
    case 'number': {
      if (kind === 'date') {
        if (!value.date) return { ok: true, text: numberText(value.value) }; // the validator explains a bare serial number
        const iso = serialToIsoDate(value.value);
        return iso ? { ok: true, text: iso } : { ok: false, problem: finding('cell.date', `“${numberText(value.value)}”不是有效日期`, `"${numberText(value.value)}" is not a valid date`, { zh: '按 年-月-日 写,例如 2016-03-15', en: 'write YYYY-MM-DD, e.g. 2016-03-15' }) };
      }
      if (value.date) {
        const shown = serialToIsoDate(value.value) ?? numberText(value.value);
        return {
          ok: false,
          problem: finding('xlsx.date-cell', `Excel 把这个单元格当成了日期(${shown}),但这一列不是日期`, `Excel turned this cell into a date (${shown}), but the column is not a date`, {
            zh: `把这一列设为“文本”格式,再重新输入${field.meta.title.zh},例如 ${field.meta.example}`,
            en: `format the column as Text and type the ${field.meta.title.en.toLowerCase()} again, e.g. ${field.meta.example}`,
          }),
        };
      }
      return { ok: true, text: numberText(value.value) };
    }
  }
}
