/**
 * Personal numbers that must never be published — resident ID numbers (18 or 15 digits),
 * mobile and landline phone numbers, bank-card numbers, masked or not — however they are
 * written: full-width (`１３８１２３４５６７８`), with spaces, dashes or points in any grouping
 * (`1381 234 5678`, `0888－5123456`, `138.1234.5678`), with a Latin word glued in front
 * (`Tel13812345678`, `IDNo53072119900101123X`), or inside a URL (`tel:`, a path, a query,
 * percent-encoded). One detector for the validator (every cell, src/lib/cell-checks.ts) and for
 * the check of the built site (src/lib/publish/scan.ts), and one way of showing what it found
 * without repeating it: `maskPersonalNumbers` (`138****5678`).
 *
 * How: the text is normalised (number-text.ts: NFKC, escapes decoded, every separator one ASCII
 * character, each character remembering where it came from), split into runs of digit groups
 * joined by short separators, and each stretch of whole groups is read as a number of a kind:
 * - ID card, 18: province code + birth date (YYYYMMDD, month 01–12, day 01–31) + 3 digits +
 *   check character (0–9 or X); a typo in the date is still an ID when the check character is
 *   right, and a wrong check character (what a hurried clerk types) is still an ID; masked:
 *   18 characters, the first two digits a province, some `*` (`530721********1234`).
 * - ID card, 15 (first generation): province + YYMMDD + 3 digits; masked likewise.
 * - mobile: 1[3-9] + 9 digits, after +86, 0086, 86 or a trunk 0; masked in the middle or the end.
 * - landline: trunk 0 + area code (10, 2x or a 3-digit code) + 7–8 digits not starting with 0
 *   or 1, brackets around the area code or not; `+86 888 …` without the 0; or 7–8 digits right
 *   after 电话, Tel, 座机 … (an extension, 转123 or -123, is left beside it).
 * - bank card: 16–19 digits starting as cards do (2–6, 9) that pass the Luhn check, or start
 *   with 62 (UnionPay), or follow 卡号, 账号, card …; masked: the first 4+ and some last digits.
 * What is not a personal number, whatever its digits: amounts (1380000, 61020000, 2360000.50,
 * 13812345678.00), dates and date ranges (2016-03-15, 20160315, 2014-01-01—2018-04-30), years in
 * a row, division codes (530721102211, and one followed by a sequence: L530721102211-0042),
 * hex digests and other identifiers whose letters and digits are mixed (the digits of
 * e2ab0c8fc…0305313879d3a), version numbers.
 */
import { entityAt, normalizeNumberText, percentAt, readsAs } from './number-text.ts';

export type PersonalKind = 'id-card' | 'phone' | 'bank-card';

export interface PersonalNumber {
  kind: PersonalKind;
  /** The number as written (never print it: print `masked`). */
  match: string;
  /** Where it is in the text (UTF-16 offsets, end exclusive). */
  index: number;
  end: number;
  /** How a message may show it: `138****5678`, `530721********1234`, `6222 **** **** 0123`. */
  masked: string;
}

// ------------------------------------------------------------------ the cheap pre-filter

/** What a character can be in a number: a separator, a digit or mask, nothing at all (zero-width …), a point; or none of these. */
const NONE = 0;
const SEP = 1;
const DIGITISH = 2;
const NO_ROOM = 3;
const POINT = 4;
/** Not a class of a character: `%` and `&` (an escape may follow), surrogates (read in pairs), not yet known. */
const ESCAPE = 5;
const SURROGATE = 6;
const UNKNOWN = 7;
/** The class of each character of the BMP, found when first seen. */
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN);
CLASS.fill(SURROGATE, 0xd800, 0xe000);
const ASTRAL = new Map<number, number>();

function classOf(ch: string): number {
  const r = readsAs(ch);
  if (/[0-9*xX]/.test(r) || /^[〇零一二三四五六七八九幺壹贰貳叁參肆伍陆陸柒捌玖]$/.test(r)) return DIGITISH;
  if (r === '') return NO_ROOM;
  if (/^[ \-()+]+$/.test(r)) return SEP;
  return /^[ \-.()+]+$/.test(r) ? POINT : NONE;
}
for (let c = 0; c < 0x80; c++) CLASS[c] = classOf(String.fromCharCode(c));
CLASS[0x25] = CLASS[0x26] = ESCAPE;

const isWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** Words before a phone number written without its area code (联系电话:5123456). */
const PHONE_WORD = /(?:电话|电話|手机|座机|固话|联系方式|联系|传真|热线|tel|phone|mobile|fax|call)[\s::#.=]*(?:no\.?|number|号码?)?[\s::#.=]*[([]?$/i;
/** Words before a bank-card number. */
const CARD_WORD = /(?:卡号|银行卡|储蓄卡|信用卡|账号|帐号|账户|帐户|card|account|acct|a\/c)[\s::#.=]*(?:no\.?|number|号码?)?[\s::#.=]*$/i;

/** A number needs this many digits or masks, unless a phone word stands before it. */
const MIN_DIGITS = 10;
const MIN_DIGITS_AFTER_WORD = 7;
/** How far (in characters of the original) the detector may look around a run: words before it, identifiers glued to it. */
const CONTEXT = 64;
/** A number is read from at most this many groups (`1 3 8 1 2 3 4 5 6 7 8`, after +86). */
const MAX_GROUPS = 19;
/** How far (in normalised characters) an identifier glued to a number is followed. */
const TOKEN = 40;

/**
 * Where in a text a personal number could be: every run of characters that can be part of one
 * (digits of any form, masks, separators, escapes, characters that take no room) holding at
 * least 10 digits or masks — or 7 right after a phone word. Every number the detector can find
 * lies inside such a run; on a built page, where figures are short and broken up by tags, commas
 * and words, the runs are a small part of the text. A run that is one bare 12-digit division code
 * (/villages/530721102211/, L530721102211-Y2016-01) is left out: no number is read from it.
 */
export function candidateSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const n = text.length;
  let start = -1;
  let digits = 0;
  // the separators since the last digit: where they start, how many, whether a point is among them
  let sepStart = -1;
  let seps = 0;
  let point = false;
  let i = 0;
  for (;;) {
    // outside a run, what cannot be part of a number (most of a page) is passed over
    if (start < 0) while (i < n && CLASS[text.charCodeAt(i)] === NONE) i++;
    let kind = NONE;
    let len = 1;
    if (i < n) {
      const c = text.charCodeAt(i);
      kind = CLASS[c]!;
      if (kind >= ESCAPE) {
        if (kind === ESCAPE) {
          // a percent-escape or a character reference: what it stands for
          const escaped = c === 0x25 ? percentAt(text, i) : entityAt(text, i);
          kind = escaped ? classOfChar(escaped[0]) : NONE;
          if (escaped) len = escaped[1];
        } else if (kind === SURROGATE) {
          const pair = c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
          kind = pair ? classOfChar(text.slice(i, i + 2)) : NONE;
          if (pair) len = 2;
        } else kind = CLASS[c] = classOf(text[i]!);
      }
    }
    if (kind === DIGITISH) {
      // groups are joined by up to 3 separators, a point only on its own (as the detector joins them)
      if (digits > 0 && seps > 0 && (seps > 3 || (point && seps > 1))) {
        if (isCandidate(text, start, sepStart, digits)) spans.push([start, sepStart]);
        start = sepStart;
        digits = 0;
      }
      if (start < 0) start = i;
      digits++;
      seps = 0;
      point = false;
      sepStart = -1;
    } else if (kind !== NONE) {
      if (start < 0) start = i;
      if (kind !== NO_ROOM) {
        if (sepStart < 0) sepStart = i;
        seps++;
        if (kind === POINT) point = true;
      }
    } else if (start >= 0) {
      if (isCandidate(text, start, i, digits)) spans.push([start, i]);
      start = -1;
      digits = 0;
      seps = 0;
      point = false;
      sepStart = -1;
    }
    if (i >= n) break;
    i += len;
  }
  return spans;
}

/** The run [start, end) with `digits` digits or masks could hold a number. */
function isCandidate(text: string, start: number, end: number, digits: number): boolean {
  if (digits < MIN_DIGITS_AFTER_WORD) return false;
  return digits >= MIN_DIGITS ? !isDivisionCode(text, start, end) : phoneWordBefore(text, start);
}

/** The class of a character beyond ASCII (or of what an escape stands for), found once and remembered. */
function classOfChar(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x10000) {
    const k = CLASS[cp]!;
    if (k === UNKNOWN) return (CLASS[cp] = classOf(ch));
    return k >= ESCAPE ? classOf(ch) : k;
  }
  let k = ASTRAL.get(cp);
  if (k === undefined) ASTRAL.set(cp, (k = classOf(ch)));
  return k;
}

/** How the phone words (电话, 手机, 座机, 固话, 联系, 联系方式, 传真, 热线, tel, phone, mobile, fax, call, no, number, 号码) end. */
const PHONE_WORD_END = /(话|話|机|機|式|系|真|线|線|号|码|碼|el|ne|le|ax|ll|no|er)$/;

/**
 * A phone word ends right before `at`. Most runs of 7–9 digits are dates and ids after a comma,
 * a tag or a letter: they are answered by the two characters before them (past spaces, colons,
 * brackets and characters that take no room); only the rest is matched, and normalised only when
 * it is not plain ASCII.
 */
function phoneWordBefore(text: string, at: number): boolean {
  let k = at - 1;
  let tail = '';
  while (k >= 0 && k > at - 24 && tail.length < 2) {
    const c = text.charCodeAt(k);
    const kind = CLASS[c]! >= ESCAPE ? classOfChar(text[k]!) : CLASS[c];
    if (kind === NO_ROOM || (!tail && (c === 0x3a || c === 0xff1a || c === 0x23 || c === 0x3d || c === 0xfe55 || kind === SEP || kind === POINT))) {
      k--;
      continue;
    }
    // an escape (tel%3A, &colon;) is read as what it stands for
    if (c === 0x3b || (k >= 2 && text.charCodeAt(k - 2) === 0x25)) break;
    tail = (c >= 0xff21 && c <= 0xff5a ? String.fromCharCode(c - 0xfee0) : text[k]!).toLowerCase() + tail;
    k--;
  }
  if (!tail || (!PHONE_WORD_END.test(tail) && !PHONE_WORD_END.test(tail.at(-1)!))) return false;
  const raw = text.slice(Math.max(0, at - 24), at);
  if (PHONE_WORD.test(raw)) return true;
  return /[^\x00-\x7f]|%|&/.test(raw) && PHONE_WORD.test(readsAs(raw));
}

/** A run that is a 12-digit division code and nothing else around it but separators. */
function isDivisionCode(text: string, start: number, end: number): boolean {
  // the separators around it that no number starts or ends with
  let a = start;
  let b = end;
  while (a < b && !isDigitCode(text.charCodeAt(a)) && text[a] !== '*' && text[a] !== '(' && text[a] !== '+') a++;
  while (b > a && !isDigitCode(text.charCodeAt(b - 1)) && !/[Xx*]/.test(text[b - 1]!)) b--;
  if (b - a !== 12 || text.charCodeAt(a) === 0x30 || (text.charCodeAt(a) === 0x38 && text.charCodeAt(a + 1) === 0x36)) return false;
  for (let k = a; k < b; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return true;
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

// ------------------------------------------------------------------ the detector

/**
 * Cells that plainly hold no number (most of a data package's): shorter than the shortest
 * number, a whole number of up to 10 digits, an amount with fen, a date, a division code.
 */
const PLAINLY_NONE = /^(?:[1-9]\d{0,9}|\d{1,12}\.\d{1,2}|\d{4}-\d\d-\d\d|(?!86)[1-9]\d{11})$/;

export function findPersonalNumbers(text: string): PersonalNumber[] {
  if (text.length < MIN_DIGITS_AFTER_WORD || (text.length <= 15 && PLAINLY_NONE.test(text))) return [];
  const spans = candidateSpans(text);
  if (spans.length === 0) return [];
  const found: PersonalNumber[] = [];
  // runs near each other are read in one window
  for (let k = 0; k < spans.length; ) {
    let last = k;
    while (last + 1 < spans.length && spans[last + 1]![0] - spans[last]![1] < 2 * CONTEXT) last++;
    const w0 = Math.max(0, spans[k]![0] - CONTEXT);
    const w1 = Math.min(text.length, spans[last]![1] + CONTEXT);
    const window = text.slice(w0, w1);
    let s = k;
    for (const p of detect(window)) {
      const index = p.index + w0;
      while (s < last && index >= spans[s]![1]) s++;
      // a number lies inside a run; anything else was read from a piece of the window's edge
      if (index >= spans[s]![0] && index < spans[s]![1]) found.push({ ...p, index, end: p.end + w0, match: text.slice(index, p.end + w0) });
    }
    k = last + 1;
  }
  return found;
}

/** `text` with every personal number in it replaced by its masked form (`手机 139****7777`). */
export function maskPersonalNumbers(text: string): string {
  const found = findPersonalNumbers(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of found) {
    out += text.slice(at, p.index) + p.masked;
    at = p.end;
  }
  return out + text.slice(at);
}

interface Group {
  /** Offsets in the normalised text: the group's first character, after its last digit or mask, after its check character. */
  start: number;
  end: number;
  next: number;
  /** Digits and masks (`*`). */
  digits: string;
  /** A single X right after it (an ID's check character). */
  check: boolean;
  /** A decimal fraction follows it: the group is an amount of money (13812345678.00). */
  amount?: boolean;
}

const MARK = /^[\p{Mn}\p{Me}]$/u;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9_]$/.test(c);
const SEPARATOR = new Set([' ', '-', '.', '(', ')']);

function readGroup(t: string, at: number): Group {
  let k = at;
  let digits = '';
  let check = false;
  while (k < t.length) {
    const c = t[k]!;
    if (isDigit(c) || c === '*') {
      digits += c;
      k++;
      continue;
    }
    if (c === 'x' || c === 'X') {
      let m = k;
      while (t[m] === 'x' || t[m] === 'X') m++;
      // 138xxxx5678: masks; 53072119900101123X: a check character; 0x1F, 3x4: letters
      if (m - k >= 2 && !isLetter(t[m])) {
        digits += '*'.repeat(m - k);
        k = m;
        continue;
      }
      if (m - k === 1 && !isWordChar(t[m])) check = true;
    }
    break;
  }
  return { start: at, end: k, next: check ? k + 1 : k, digits, check };
}

/** Runs of digit groups joined by short separators: `0888 - 512 3456` is one run of three groups. */
function* runsOf(t: string): Generator<Group[]> {
  for (let i = 0; i < t.length; ) {
    if (!isDigit(t[i])) {
      i++;
      continue;
    }
    const groups: Group[] = [];
    const seps: string[] = [];
    let at = i;
    for (;;) {
      const g = readGroup(t, at);
      groups.push(g);
      let k = g.next;
      while (k < t.length && SEPARATOR.has(t[k]!) && k - g.next < 4) k++;
      const sep = t.slice(g.next, k);
      // a point joins groups only on its own (138.1234.5678); with spaces around it, it separates items (示例党员0325 · 2017 · 300)
      if (sep.length >= 1 && sep.length <= 3 && (sep === '.' || !sep.includes('.')) && (isDigit(t[k]) || t[k] === '*')) {
        seps.push(sep);
        at = k;
      } else break;
    }
    i = groups.at(-1)!.next;
    // A point is a decimal point when it is the only separator (2360000.50, 100.2345678) or it
    // comes last before one or two digits (13 812 345.50): what stands before it is an amount.
    // Not after a leading 0 (0888.5123456): no amount is written that way.
    const points = seps.filter((s) => s === '.').length;
    if (seps.length === 1 && points === 1 && !/^0\d/.test(groups[0]!.digits)) {
      groups[0]!.amount = true;
      yield [groups[0]!];
      yield [groups[1]!];
      continue;
    }
    if (seps.at(-1) === '.' && groups.at(-1)!.digits.length <= 2 && points === 1) {
      groups.pop();
      groups.at(-1)!.amount = true;
    }
    yield groups;
  }
}

const REGION = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]|91)$/;
const monthDay = (m: string, d: string) => /^(0[1-9]|1[0-2])$/.test(m) && /^(0[1-9]|[12]\d|3[01])$/.test(d);
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function idChecksum(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i]!;
  return '10X98765432'[sum % 11] === s[17]!.toUpperCase();
}

function luhn(s: string): boolean {
  let sum = 0;
  for (let i = s.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = s.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** A group that is part of a date: a year, a month or day, YYYYMM, YYYYMMDD. */
const DATEISH = /^((19|20)\d\d|0?[1-9]|[12]\d|3[01]|(19|20)\d\d(0[1-9]|1[0-2])((0[1-9]|[12]\d|3[01]))?)$/;
const YEARISH = /^(19|20)\d\d/;

interface Reading {
  kind: PersonalKind;
  masked: string;
}

const countDigits = (s: string) => s.replace(/\D/g, '').length;
const maskId = (s: string) => `${s.slice(0, 6)}${'*'.repeat(s.length - 10)}${s.slice(-4)}`;
const maskCard = (s: string) => `${s.slice(0, 4)} **** **** ${s.slice(-4)}`;

/** What the whole groups `g` (digits `d`) are, if a personal number; `before`: the normalised text before them. */
function read(g: Group[], d: string, before: string): Reading | null {
  const multi = g.length > 1;
  // a division code followed by a sequence number or a year (L530721102211-0042), and dates, years, date ranges
  if (multi && g[0]!.digits.length === 12) return null;
  if (multi && g.every((x) => DATEISH.test(x.digits)) && g.some((x) => YEARISH.test(x.digits))) return null;
  if (g.at(-1)!.amount) return null;
  const masked = d.includes('*');
  const check = g.at(-1)!.check;

  // ID cards, 18 characters (the last one may be the X after the digits)
  const id18 = d.length === 18 ? d : d.length === 17 && check ? `${d}X` : null;
  if (id18 && REGION.test(id18.slice(0, 2))) {
    if (!masked) {
      if (/^(18|19|20)\d\d$/.test(id18.slice(6, 10)) && monthDay(id18.slice(10, 12), id18.slice(12, 14))) return { kind: 'id-card', masked: maskId(id18) };
      if (id18.endsWith('X') || (!multi && idChecksum(id18))) return { kind: 'id-card', masked: maskId(id18) };
    } else if (/^\d\d/.test(id18) && countDigits(id18) >= 4 && (/[\dX]$/.test(id18) || /^\d{6}/.test(id18))) return { kind: 'id-card', masked: maskId(id18) };
  }
  // ID cards, 15 digits
  if (d.length === 15 && REGION.test(d.slice(0, 2))) {
    if (!masked && monthDay(d.slice(8, 10), d.slice(10, 12))) return { kind: 'id-card', masked: maskId(d) };
    if (masked && /^\d{6}/.test(d) && /\d$/.test(d)) return { kind: 'id-card', masked: maskId(d) };
  }
  // bank cards
  if (d.length >= 16 && d.length <= 19 && /^(2[2-7]|[3-6]|9)/.test(d)) {
    if (!masked && (luhn(d) || d.startsWith('62') || CARD_WORD.test(before))) return { kind: 'bank-card', masked: maskCard(d) };
    if (masked && /^\d{4}/.test(d) && /\d$/.test(d) && countDigits(d) >= 8) return { kind: 'bank-card', masked: maskCard(d) };
  }
  // mobile phones
  const mobile = /^(?:(0086|86)0?|0)?(1[3-9][\d*]{9})$/.exec(d);
  if (mobile && (!masked || countDigits(mobile[2]!) >= 6)) {
    const core = mobile[2]!;
    return { kind: 'phone', masked: `${mobile[1] ? '+86 ' : ''}${core.slice(0, 3)}****${core.slice(7)}` };
  }
  // landlines: trunk 0 (or +86 without it), area code, 7 or 8 digits
  const landline = /^(?:(0086|86)0?|0)(10|2\d|[3-9]\d\d)([2-9*][\d*]{6,7})$/.exec(d);
  if (landline) {
    const [, intl, area, local] = landline as unknown as [string, string | undefined, string, string];
    const ok = area.length === 2 ? local.length === 8 : true;
    if (ok && (!masked || (countDigits(local) >= 1 && countDigits(d) >= 5)))
      return { kind: 'phone', masked: `${intl ? '+86 ' : ''}0${area}-${'*'.repeat(local.length - 4)}${local.slice(-4)}` };
  }
  // a local number right after a phone word (联系电话:5123456)
  if (!masked && /^[2-9]\d{6,7}$/.test(d) && PHONE_WORD.test(before)) return { kind: 'phone', masked: `${'*'.repeat(d.length - 4)}${d.slice(-4)}` };
  return null;
}

/**
 * The identifier glued to a number on one side, if its letters and digits are mixed: a hex
 * digest or an asset hash (…dd81e4b0305313879d3a), not a word before a number (Tel, IDNo, No).
 * An extension after a phone number (x123, ext123) is not an identifier.
 */
function gluedIdentifier(t: string, at: number, step: 1 | -1): boolean {
  if (!isLetter(t[at])) return false;
  let token = '';
  for (let k = at; k >= 0 && k < t.length && isWordChar(t[k]) && token.length < TOKEN; k += step) token = step > 0 ? token + t[k] : t[k] + token;
  if (step > 0 && /^(x|ext|extn)\d{1,6}$/i.test(token)) return false;
  return /\d/.test(token);
}

function detect(text: string): Omit<PersonalNumber, 'match'>[] {
  const nt = normalizeNumberText(text);
  const t = nt.text;
  const out: Omit<PersonalNumber, 'match'>[] = [];
  for (const groups of runsOf(t)) {
    for (let i = 0; i < groups.length; ) {
      let taken = i;
      if (isDigit(groups[i]!.digits[0])) {
        const before = t.slice(Math.max(0, groups[i]!.start - 24), groups[i]!.start);
        for (let j = Math.min(groups.length - 1, i + MAX_GROUPS - 1); j >= i; j--) {
          const g = groups.slice(i, j + 1);
          const d = g.map((x) => x.digits).join('');
          if (d.length < 7 || d.length > 21) continue;
          const r = read(g, d, before);
          if (!r) continue;
          const first = g[0]!;
          const last = g.at(-1)!;
          const end = r.kind === 'id-card' && last.check && d.length === 17 ? last.next : last.end;
          if (i === 0 && gluedIdentifier(t, first.start - 1, -1)) continue;
          if (j === groups.length - 1 && gluedIdentifier(t, end, 1)) continue;
          // a + right before belongs to the number (+86), and so does a bracket around its first group ((0888), (+86))
          let s = first.start;
          if (t[s - 1] === '+') s--;
          if (t[s - 1] === '(' && g.length > 1 && t[first.next] === ')') s--;
          // marks that sit on the last digit (a keycap 1️⃣, a combining underline) belong to it
          let stop = nt.to[end - 1]!;
          while (stop < text.length && MARK.test(text[stop]!)) stop++;
          out.push({ kind: r.kind, index: nt.from[s]!, end: stop, masked: r.masked });
          taken = j;
          break;
        }
      }
      i = taken + 1;
    }
  }
  return out;
}
