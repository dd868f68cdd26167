/**
 * Characters that break files or hide content, found in any text (issue 12 §3): what they are,
 * where the first of each kind is, and a way to print a text with them made visible.
 * - control characters (U+0000–U+0008, U+000E–U+001F, U+007F–U+009F): XML, and so the xlsx
 *   download, cannot carry them; a terminal may obey them;
 * - line and page breaks that are not a line feed (U+000B, which Word pastes for Shift+Enter,
 *   U+000C, U+2028, U+2029): the same, and the hint says to use a real line break;
 * - noncharacters (U+FDD0–U+FDEF, U+FFFE and U+FFFF of every plane) and lone surrogates;
 * - bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which make a
 *   text show otherwise than it reads;
 * - zero-width characters (U+200B–U+200D, U+2060, U+FEFF, U+00AD) and other invisible ones
 *   (U+2061–U+2064, U+180E, U+3164, U+115F, U+1160, U+FFA0, U+034F, U+17B4, U+17B5,
 *   U+FFF9–U+FFFB, tag characters U+E0000–U+E007F, U+1BCA0–U+1BCA3, U+1D173–U+1D17A);
 * - U+FFFD, which a program writes where it could not decode a byte: the file went through the
 *   wrong encoding before it reached us, and the characters there are lost.
 * Tab, line feed and carriage return are not in the list: the CSV reader deals with them.
 */
export type BadCharKind = 'control' | 'line-break' | 'noncharacter' | 'bidi' | 'zero-width' | 'invisible' | 'replacement';

export interface BadChar {
  kind: BadCharKind;
  /** The first character of this kind: its code point, UTF-16 offset and 1-based position in characters. */
  codePoint: number;
  index: number;
  position: number;
  /** How many characters of this kind the text holds. */
  count: number;
}

/** Any character that may be one of these (astral ones through their surrogates): the quick test. */
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFDD0-\uFDEF\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFD-\uFFFF\uD800-\uDFFF]/;

export function kindOf(cp: number): BadCharKind | null {
  if (cp === 0x0b || cp === 0x0c || cp === 0x85 || cp === 0x2028 || cp === 0x2029) return 'line-break';
  if (cp <= 0x08 || (cp >= 0x0e && cp <= 0x1f) || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  if (cp < 0xad) return null;
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe || (cp >= 0xd800 && cp <= 0xdfff)) return 'noncharacter';
  if (cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi';
  if ((cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff || cp === 0xad) return 'zero-width';
  if (
    (cp >= 0x2061 && cp <= 0x2064) ||
    cp === 0x180e ||
    cp === 0x3164 ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0xffa0 ||
    cp === 0x034f ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    (cp >= 0xfff9 && cp <= 0xfffb) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a)
  )
    return 'invisible';
  if (cp === 0xfffd) return 'replacement';
  return null;
}

/** The first character of each kind in `text`, in the order of the kinds' first appearance. */
export function findBadCharacters(text: string): BadChar[] {
  if (!SUSPECT.test(text)) return [];
  const found = new Map<BadCharKind, BadChar>();
  let position = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // a well-formed surrogate pair is one character; a lone surrogate is a noncharacter of its own
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const cp = pair ? text.codePointAt(i)! : c;
    position++;
    const kind = kindOf(cp);
    if (kind) {
      const seen = found.get(kind);
      if (seen) seen.count++;
      else found.set(kind, { kind, codePoint: cp, index: i, position, count: 1 });
    }
    i += pair ? 2 : 1;
  }
  return [...found.values()];
}

/** `U+000B` */
export const codePointLabel = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const NAMES: Record<number, [string, string]> = {
  0x00: ['空字符', 'null'],
  0x08: ['退格符', 'backspace'],
  0x0b: ['垂直制表符,Word 的手动换行', 'vertical tab, Word’s manual line break'],
  0x0c: ['换页符,Word 的分页符', 'form feed, Word’s page break'],
  0x1b: ['转义符', 'escape'],
  0x7f: ['删除符', 'delete'],
  0x85: ['下一行符', 'next line'],
  0xad: ['软连字符', 'soft hyphen'],
  0x034f: ['组合字形连接符', 'combining grapheme joiner'],
  0x061c: ['阿拉伯字母标记', 'Arabic letter mark'],
  0x115f: ['韩文字首填充符', 'Hangul choseong filler'],
  0x1160: ['韩文字中填充符', 'Hangul jungseong filler'],
  0x180e: ['蒙古文元音分隔符', 'Mongolian vowel separator'],
  0x200b: ['零宽空格', 'zero-width space'],
  0x200c: ['零宽不连字', 'zero-width non-joiner'],
  0x200d: ['零宽连字', 'zero-width joiner'],
  0x200e: ['从左到右标记', 'left-to-right mark'],
  0x200f: ['从右到左标记', 'right-to-left mark'],
  0x2028: ['行分隔符', 'line separator'],
  0x2029: ['段分隔符', 'paragraph separator'],
  0x202a: ['从左到右嵌入', 'left-to-right embedding'],
  0x202b: ['从右到左嵌入', 'right-to-left embedding'],
  0x202c: ['结束方向格式', 'pop directional formatting'],
  0x202d: ['从左到右强制', 'left-to-right override'],
  0x202e: ['从右到左强制,会把后面的文字倒过来显示', 'right-to-left override, which shows the text after it backwards'],
  0x2060: ['字连接符', 'word joiner'],
  0x2061: ['函数应用符', 'function application'],
  0x2062: ['不可见乘号', 'invisible times'],
  0x2063: ['不可见分隔符', 'invisible separator'],
  0x2064: ['不可见加号', 'invisible plus'],
  0x2066: ['从左到右隔离', 'left-to-right isolate'],
  0x2067: ['从右到左隔离', 'right-to-left isolate'],
  0x2068: ['首字符方向隔离', 'first strong isolate'],
  0x2069: ['结束方向隔离', 'pop directional isolate'],
  0x3164: ['韩文填充符', 'Hangul filler'],
  0xfeff: ['BOM(零宽不换行空格)', 'byte-order mark (zero-width no-break space)'],
  0xffa0: ['半角韩文填充符', 'halfwidth Hangul filler'],
  0xfffd: ['替换字符 �', 'replacement character �'],
};

const KIND_NAMES: Record<BadCharKind, [string, string]> = {
  control: ['控制字符', 'control character'],
  'line-break': ['换行或分页控制符', 'line or page break control'],
  noncharacter: ['Unicode 非字符', 'Unicode noncharacter'],
  bidi: ['双向文字控制符', 'bidirectional control'],
  'zero-width': ['零宽字符', 'zero-width character'],
  invisible: ['不可见字符', 'invisible character'],
  replacement: ['替换字符', 'replacement character'],
};

/** What a character is called, in Chinese and English: `U+000B(垂直制表符…)`. */
export function describeChar(cp: number, kind: BadCharKind): { zh: string; en: string } {
  const name = NAMES[cp] ?? (cp >= 0xe0000 && cp <= 0xe007f ? ['标签字符', 'tag character'] : KIND_NAMES[kind]);
  return { zh: `${codePointLabel(cp)}(${name[0]})`, en: `${codePointLabel(cp)} (${name[1]})` };
}

/** The kinds' names, for messages. */
export const kindName = (kind: BadCharKind) => ({ zh: KIND_NAMES[kind][0], en: KIND_NAMES[kind][1] });

/**
 * `text` with every character of the list (and carriage returns) shown as `<U+000B>`, so that a
 * message or a report can be printed, pasted into a terminal or a pull request as it is. Line
 * feeds become ` ⏎ ` with `lineBreaks: 'mark'`, and are kept with `'keep'`.
 */
export function showInvisible(text: string, lineBreaks: 'mark' | 'keep' = 'mark'): string {
  if (!SUSPECT.test(text) && !text.includes('\r') && (lineBreaks === 'keep' || !text.includes('\n'))) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const cp = pair ? text.codePointAt(i)! : c;
    const n = pair ? 2 : 1;
    if (cp === 0x0a) out += lineBreaks === 'mark' ? ' ⏎ ' : '\n';
    else if (cp === 0x0d || (kindOf(cp) !== null && cp !== 0xfffd)) out += `<${codePointLabel(cp)}>`;
    else out += text.slice(i, i + n);
    i += n;
  }
  return out;
}

/**
 * A cell that holds nothing: empty, or spaces only (ASCII, full-width and no-break spaces, tabs).
 * A cell holding a control or an invisible character is not empty: that character is a problem
 * to report, not a row to drop.
 */
export const isBlankCell = (cell: string): boolean => /^[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*$/.test(cell);
