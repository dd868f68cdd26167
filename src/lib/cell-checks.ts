/**
 * Checks that apply to every cell of every table, whatever its type: characters that break
 * files or hide content (text-checks.ts), stray spaces, spreadsheet formulas, and personal
 * numbers (notes included). Each finding says at which character of the cell the problem is,
 * and never repeats a personal number it found: it shows it masked (138****5678).
 */
import { finding, type Finding } from '../schemas/problem.ts';
import { findPersonalNumbers, type PersonalKind } from './privacy.ts';
import { describeChar, findBadCharacters, type BadChar, type BadCharKind } from './text-checks.ts';

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

const personal: Record<PersonalKind, [string, string]> = {
  'id-card': ['身份证号码', 'an ID-card number'],
  phone: ['电话号码', 'a phone number'],
  'bank-card': ['银行卡号', 'a bank-card number'],
};

/** Spaces at the ends of a cell (the line and page break controls are reported as what they are). */
const isSpace = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680;
const NONE = Object.freeze([]) as unknown as Finding[];

/** The 1-based position, in characters as an editor counts them, of UTF-16 offset `index`. */
export function charPosition(text: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)) n++;
  }
  return n;
}

const more = (b: BadChar) => ({ zh: b.count > 1 ? `(共 ${b.count} 个)` : '', en: b.count > 1 ? ` (${b.count} in all)` : '' });

/** One finding for each kind of character that breaks files or hides content. */
function characterFinding(b: BadChar): Finding {
  const name = describeChar(b.codePoint, b.kind);
  const m = more(b);
  const at = { zh: `单元格第 ${b.position} 个字符`, en: `character ${b.position} of the cell` };
  const kinds: Record<BadCharKind, () => Finding> = {
    'line-break': () =>
      finding('cell.control', `${at.zh}是换行控制符 ${name.zh}${m.zh},下载文件(xlsx)容不下它`, `${at.en} is the line-break control ${name.en}${m.en}, which the downloads (xlsx) cannot carry`, {
        zh: `这是从 Word 等软件粘贴带入的“手动换行”或分页符:删除第 ${b.position} 个字符;要分行就在单元格里用真正的换行(Excel/WPS 中按 Alt+Enter),或写成一行`,
        en: `this is a manual line or page break pasted from Word or the like: delete character ${b.position}; for a new line use a real line break inside the cell (Alt+Enter in Excel/WPS), or write one line`,
      }),
    control: () =>
      finding('cell.control', `${at.zh}是控制字符 ${name.zh}${m.zh},看不见,会破坏下载文件`, `${at.en} is the control character ${name.en}${m.en}: invisible, it breaks the downloads`, {
        zh: `删除第 ${b.position} 个字符(常由复制粘贴或程序错误带入)`,
        en: `delete character ${b.position} (it comes with pasted text or from a faulty program)`,
      }),
    noncharacter: () =>
      finding('cell.noncharacter', `${at.zh}是 Unicode 非字符 ${name.zh}${m.zh},不是任何文字`, `${at.en} is the Unicode noncharacter ${name.en}${m.en}, which is no text at all`, {
        zh: `删除第 ${b.position} 个字符(常见于字节顺序弄错的文件或程序错误)`,
        en: `delete character ${b.position} (it comes from a file read with the wrong byte order, or from a faulty program)`,
      }),
    bidi: () =>
      finding('cell.bidi', `${at.zh}是双向文字控制符 ${name.zh}${m.zh},会改变文字的显示顺序,看到的与实际写的不同`, `${at.en} is the bidirectional control ${name.en}${m.en}, which changes the order the text is shown in: what a reader sees is not what is written`, {
        zh: `删除第 ${b.position} 个字符(中文和英文都不需要它)`,
        en: `delete character ${b.position} (neither Chinese nor English needs it)`,
      }),
    'zero-width': () =>
      finding('cell.zero-width', `单元格中有看不见的字符 ${name.zh}${m.zh}`, `the cell holds an invisible character ${name.en}${m.en}`, {
        zh: `删除第 ${b.position} 个字符处的不可见字符(常由网页或微信复制带入)`,
        en: `delete the invisible character at position ${b.position} (often pasted from a web page or WeChat)`,
      }),
    invisible: () =>
      finding('cell.invisible', `${at.zh}是看不见的字符 ${name.zh}${m.zh},可能藏住或伪装内容`, `${at.en} is the invisible character ${name.en}${m.en}, which can hide or disguise what the cell says`, {
        zh: `删除第 ${b.position} 个字符(常由网页复制带入,看起来像空格或什么都没有)`,
        en: `delete character ${b.position} (it comes with text pasted from the web and looks like a space or like nothing)`,
      }),
    replacement: () =>
      finding('cell.replacement-char', `${at.zh}是替换字符 �${m.zh}:文件在到达这里之前被按错误的编码读过,原来的文字已经丢失`, `${at.en} is the replacement character �${m.en}: the file was read in the wrong encoding before it got here, and the text that stood there is lost`, {
        zh: '找回原始文件,在 Excel/WPS 中用“数据 → 从文本/CSV”按正确的编码(简体中文 GB2312/GBK 或 UTF-8)打开,再另存为“CSV UTF-8(逗号分隔)”;或照原件重新输入这些文字',
        en: 'go back to the original file, open it in Excel/WPS with Data → From Text/CSV in its right encoding (Simplified Chinese GB2312/GBK, or UTF-8), and save it as “CSV UTF-8 (Comma delimited)”; or type the text again from the original',
      }),
  };
  return kinds[b.kind]();
}

/** Problems of the characters of a text (a cell, a column name): none, or one per kind. */
export function checkCharacters(value: string): Finding[] {
  return findBadCharacters(value).map(characterFinding);
}

export function checkCell(value: string): Finding[] {
  if (value === '') return NONE;
  const out: Finding[] = checkCharacters(value);
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
    const at = charPosition(value, p.index);
    out.push(
      finding(`privacy.${p.kind}`, `单元格第 ${at} 个字符起有${zh}(这里打码显示为 ${p.masked}),打码的也不得公开`, `the cell holds ${en} from character ${at} (shown here as ${p.masked}), which must not be published, masked or not`, {
        zh: '删除该号码,打码的也要删除;本数据只收录可以公开的内容',
        en: 'delete the number, masked or not; this dataset holds only what may be published',
      }),
    );
  }
  return out.length ? out : NONE;
}
