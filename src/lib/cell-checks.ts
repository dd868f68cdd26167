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

export function checkCell(value: string): Finding[] {
  const out: Finding[] = [];
  const zw = ZERO_WIDTH.exec(value);
  if (zw)
    out.push(
      finding('cell.zero-width', `单元格中有看不见的字符(U+${zw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`, `the cell holds an invisible character (U+${zw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`, {
        zh: `删除第 ${zw.index + 1} 个字符处的不可见字符(常由网页或微信复制带入)`,
        en: `delete the invisible character at position ${zw.index + 1} (often pasted from a web page or WeChat)`,
      }),
    );
  if (/^[\s\u3000]|[\s\u3000]$/.test(value))
    out.push(
      finding('cell.whitespace', '单元格开头或结尾有空格', 'the cell starts or ends with a space', {
        zh: `删除多余的空格:“${value.trim()}”`,
        en: `remove the extra spaces: "${value.trim()}"`,
      }),
    );
  if (/^[=+\-@\t\r]/.test(value) && !NUMBER.test(value))
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
  return out;
}
