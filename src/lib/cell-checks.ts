/**
 * Checks that apply to every cell of every table, whatever its type: invisible characters,
 * stray spaces, spreadsheet formulas, and personal numbers (notes included).
 */
import { finding, type Finding } from '../schemas/problem.ts';
import { findPersonalNumbers, type PersonalKind } from './privacy.ts';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

const personal: Record<PersonalKind, [string, string]> = {
  'id-card': ['身份证号码', 'an ID-card number'],
  phone: ['电话号码', 'a phone number'],
  'bank-card': ['银行卡号', 'a bank-card number'],
};

const isSpace = (c: number) => c === 0x20 || c === 0x3000 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680;
const NONE = Object.freeze([]) as unknown as Finding[];

export function checkCell(value: string): Finding[] {
  if (value === '') return NONE;
  const out: Finding[] = [];
  // Plain ASCII cells (codes, amounts, dates, ids) cannot hold an invisible character.
  const zw = /[^\x00-\x7f]/.test(value) ? ZERO_WIDTH.exec(value) : null;
  if (zw)
    out.push(
      finding('cell.zero-width', `单元格中有看不见的字符(U+${zw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`, `the cell holds an invisible character (U+${zw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`, {
        zh: `删除第 ${zw.index + 1} 个字符处的不可见字符(常由网页或微信复制带入)`,
        en: `delete the invisible character at position ${zw.index + 1} (often pasted from a web page or WeChat)`,
      }),
    );
  if (isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)))
    out.push(
      finding('cell.whitespace', '单元格开头或结尾有空格', 'the cell starts or ends with a space', {
        zh: `删除多余的空格:“${value.trim()}”`,
        en: `remove the extra spaces: "${value.trim()}"`,
      }),
    );
  const first = value.charCodeAt(0);
  if ((first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d) && !NUMBER.test(value))
    out.push(
      finding('cell.formula', '单元格以 = + - @ 开头,会被电子表格当作公式执行', 'the cell starts with = + - or @, which a spreadsheet would run as a formula', {
        zh: '去掉开头的符号;需要时在前面加中文说明文字',
        en: 'remove the leading sign, or start the text with a word',
      }),
    );
  for (const p of findPersonalNumbers(value)) {
    const [zh, en] = personal[p.kind];
    out.push(
      finding(`privacy.${p.kind}`, `单元格中有${zh}(含打码形式),不得公开`, `the cell holds ${en} (masked or not), which must not be published`, {
        zh: '删除该号码;本数据只收录可以公开的内容',
        en: 'delete the number; this dataset holds only what may be published',
      }),
    );
  }
  return out.length ? out : NONE;
}
