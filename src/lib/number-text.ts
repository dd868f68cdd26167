/**
 * A text as the personal-number detector (privacy.ts) reads it: every way of writing a digit,
 * a mask, a separator or a bracket reduced to one ASCII character, and every character of the
 * result remembering where in the original text it came from, so that a number found in the
 * result is located (and masked) in the original.
 *
 * - URL percent-escapes (`%31%33%38`, `%EF%BC%91`) and HTML character references (`&#49;`,
 *   `&#x31;`, `&nbsp;`) are decoded first;
 * - then NFKC, character by character (full-width `１３８` → `138`, `（` → `(`, `①` → `1`,
 *   `⑴` → `(1)`, ideographic and no-break spaces and tabs → space), digits of other scripts
 *   (`١٣٨`) → ASCII digits, and a run of seven or more Chinese numerals (`一三八一二三四五六七八`,
 *   `壹叁捌…`) → digits;
 * - dashes (`‐ ‑ ‒ – — ― − ﹣ －`) → `-`, middle dots → `.`, brackets (`【〔［`) → `(` `)`,
 *   masks (`＊ × ● • ∗`) → `*`;
 * - characters that take no room (zero-width, bidirectional controls, soft hyphen, combining
 *   marks, variation selectors, Hangul fillers) are dropped: `138\u200B1234` is `1381234`.
 * NFKC maps other things too (`㎡` → `m2`, `½` → `1⁄2`): a digit it makes is a digit, as a
 * reader sees it.
 */

export interface NumberText {
  /** The normalised text. */
  text: string;
  /** For each character of `text`, the offset in the original where its source starts … */
  from: number[];
  /** … and where it ends (a decoded `%31` is 3 characters of the original). */
  to: number[];
}

const MASKS = new Set([0x2a, 0xd7, 0x2022, 0x2217, 0x2731, 0x204e, 0x25cf, 0xfe61, 0xff0a, 0x2715, 0x2716, 0x26b9]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0x2e3a, 0x2e3b, 0x30fc, 0xfe58, 0xfe63, 0xff0d, 0xff70]);
const SPACES = new Set([0x09, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);
const POINTS = new Set([0x2e, 0xb7, 0x2027, 0x30fb, 0xff0e, 0xff65]);
const OPENING = new Set([0x28, 0x5b, 0xff08, 0xff3b, 0x3010, 0x3014, 0x3016, 0xff5b]);
const CLOSING = new Set([0x29, 0x5d, 0xff09, 0xff3d, 0x3011, 0x3015, 0x3017, 0xff5d]);
const PLUS = new Set([0x2b, 0xff0b, 0xfe62]);
/** Chinese numerals as digits (幺 is how 1 is read out in a phone number). */
const CHINESE_DIGITS: Record<string, string> = {
  ...{ 〇: '0', 零: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' },
  // the financial forms (大写), without which 壹佰贰拾万 is an amount, not a run of digits
  ...{ 壹: '1', 贰: '2', 貳: '2', 叁: '3', 參: '3', 肆: '4', 伍: '5', 陆: '6', 陸: '6', 柒: '7', 捌: '8', 玖: '9' },
};
/** Chinese numerals only count as digits in a run this long: 一一, 三五, 二〇一六 are words and years. */
const CHINESE_RUN = 7;

/** Characters that take no room: format characters, combining marks, Hangul fillers. */
const NO_ROOM = /^[\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0]$/u;
const DECIMAL = /^\p{Nd}$/u;

/** Dingbat and negative circled digits, which NFKC leaves alone: ❶ ➀ ➊ ⓫ ⓵ ⓿. */
function dingbatDigits(cp: number): string | undefined {
  if (cp >= 0x2776 && cp <= 0x2793) return String(((cp - 0x2776) % 10) + 1);
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11);
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1);
  if (cp === 0x24ff) return '0';
  return undefined;
}

/** The value of a decimal digit of any script (Arabic-Indic ٣, Devanagari ३, …): its block starts at 0. */
function digitValue(cp: number): string {
  let zero = cp;
  while (zero > 0 && cp - zero < 9 && DECIMAL.test(String.fromCodePoint(zero - 1))) zero--;
  // blocks of ten follow each other (mathematical digits): the distance from the run's start, mod 10
  return String((cp - zero) % 10);
}

const mapped = new Map<number, string>();

/** One character (or a decoded escape) → what the detector reads (remembered for characters beyond ASCII). */
function mapChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return mapAscii(ch, cp);
  let m = mapped.get(cp);
  if (m === undefined) mapped.set(cp, (m = mapWide(ch, cp)));
  return m;
}

function mapAscii(ch: string, cp: number): string {
  {
    if (cp >= 0x30 && cp <= 0x39) return ch;
    if (cp === 0x2a) return '*';
    if (cp === 0x20 || cp === 0x09) return ' ';
    if (cp === 0x2d) return '-';
    if (cp === 0x2e) return '.';
    if (cp === 0x28 || cp === 0x5b) return '(';
    if (cp === 0x29 || cp === 0x5d) return ')';
    return ch;
  }
}

function mapWide(ch: string, cp: number): string {
  if (MASKS.has(cp)) return '*';
  if (DASHES.has(cp)) return '-';
  if (SPACES.has(cp)) return ' ';
  if (POINTS.has(cp)) return '.';
  if (OPENING.has(cp)) return '(';
  if (CLOSING.has(cp)) return ')';
  if (PLUS.has(cp)) return '+';
  if (NO_ROOM.test(ch)) return '';
  const dingbat = dingbatDigits(cp);
  if (dingbat) return dingbat;
  const k = ch.normalize('NFKC');
  if (k === ch) return DECIMAL.test(ch) ? digitValue(cp) : ch;
  // NFKC is idempotent: each character of its result maps to itself or to one of the sets above
  let out = '';
  for (const c of k) out += mapChar(c);
  return out;
}

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', hyphen: '\u2010', dash: '\u2010', ndash: '\u2013', mdash: '\u2014',
  minus: '\u2212', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', plus: '+', ast: '*', midast: '*', period: '.', times: '\u00d7', middot: '\u00b7',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/y;
const HEX = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** `%XX` (a UTF-8 sequence of them) at `i` → [decoded character, length in the original], if any. */
export function percentAt(s: string, i: number): [string, number] | undefined {
  const byteAt = (k: number) => (s.charCodeAt(k) === 0x25 && HEX(s.charCodeAt(k + 1)) && HEX(s.charCodeAt(k + 2)) ? parseInt(s.slice(k + 1, k + 3), 16) : -1);
  const b0 = byteAt(i);
  if (b0 < 0) return undefined;
  const n = b0 < 0x80 ? 0 : b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : -1;
  if (n < 0) return undefined;
  let cp = n === 0 ? b0 : b0 & (0x3f >> n);
  for (let k = 1; k <= n; k++) {
    const b = byteAt(i + 3 * k);
    if (b < 0 || (b & 0xc0) !== 0x80) return undefined;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return [String.fromCodePoint(cp), 3 * (n + 1)];
}

export function entityAt(s: string, i: number): [string, number] | undefined {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(s);
  if (!m) return undefined;
  const cp = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : -1;
  if (m[3]) {
    const e = ENTITIES[m[3].toLowerCase()];
    return e === undefined ? undefined : [e, m[0].length];
  }
  if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return [String.fromCodePoint(cp), m[0].length];
}

export function normalizeNumberText(s: string): NumberText {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let ch: string;
    let len: number;
    const escaped = c === 0x25 ? percentAt(s, i) : c === 0x26 ? entityAt(s, i) : undefined;
    if (escaped) [ch, len] = escaped;
    else {
      len = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
      ch = len === 2 ? s.slice(i, i + 2) : s[i]!;
    }
    for (const m of mapChar(ch)) {
      out.push(m);
      from.push(i);
      to.push(i + len);
    }
    i += len;
  }
  // Chinese numerals: a run of seven or more (separators and spaces between them allowed) is a number.
  for (let i = 0; i < out.length; i++) {
    if (!(out[i]! in CHINESE_DIGITS)) continue;
    let j = i;
    let count = 0;
    for (let k = i; k < out.length; k++) {
      const x = out[k]!;
      if (x in CHINESE_DIGITS) {
        count++;
        j = k + 1;
      } else if (x !== ' ' && x !== '-') break;
    }
    if (count >= CHINESE_RUN) for (let k = i; k < j; k++) if (out[k]! in CHINESE_DIGITS) out[k] = CHINESE_DIGITS[out[k]!]!;
    i = j - 1;
  }
  return { text: out.join(''), from, to };
}

/** What the detector reads for a short text (a character, the words before a number). */
export const readsAs = (s: string): string => normalizeNumberText(s).text;
