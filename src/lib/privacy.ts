/**
 * Personal numbers that must never be published: ID-card numbers (18 or 15 digits, masked or
 * not), phone numbers (mobile or landline, masked or not) and bank-card numbers. Used by the
 * validator on every cell and by the build on its own HTML and downloads.
 *
 * What is NOT a personal number, and must never be flagged: 6/9/12-digit division codes
 * (530721102211), amounts of money (61020000, 2360000.50), dates (2016-03-15), loan and
 * distribution ids (L2016-0042, D2019-0001), and digits glued to Latin letters, which belong to an
 * identifier or a checksum (e2ab0c…0305313879d3a), not to a person.
 */
export type PersonalKind = 'id-card' | 'phone' | 'bank-card';

export interface PersonalNumber {
  kind: PersonalKind;
  match: string;
  index: number;
}

const PATTERNS: [PersonalKind, RegExp][] = [
  // 18-digit ID, plain or with some digits masked by * (530721199001011234, 5307211990****123X).
  ['id-card', /(?<![\dA-Za-z*])\d{2}[\d*]{15}[\dXx*](?![\dA-Za-z*])/g],
  // 15-digit first-generation ID: area code, yymmdd, 3 digits; or masked (530721********1).
  ['id-card', /(?<![\dA-Za-z*])\d{6}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![\dA-Za-z*])/g],
  ['id-card', /(?<![\dA-Za-z*])\d{2,6}\*{6,11}\d{0,4}(?![\dA-Za-z*])/g],
  // Bank cards: 16 to 19 digits, maybe in groups of 4 separated by spaces or hyphens, maybe masked
  // in the middle (6222 **** **** 1234, 622202******1234), 19 digits as 4-4-4-4-3.
  ['bank-card', /(?<![\dA-Za-z*])(?:\d{4}|\*{4})(?:[ -]?(?:\d{4}|\*{4})){2}[ -]?(?:\d{4,7}|\*{4})(?:[ -]\d{1,3})?(?![\dA-Za-z*])/g],
  ['bank-card', /(?<![\dA-Za-z*])\d{4,6}\*{4,9}\d{4}(?![\dA-Za-z*])/g],
  // Mobile numbers (+86 optional), plain, spaced 3-4-4, or masked (138****1234, 1381234****).
  ['phone', /(?<![\dA-Za-z*])(?:\+?86[ -]?)?1[3-9]\d[ -]?(?:\d{4}|\*{4})[ -]?(?:\d{4}|\*{4})(?![\dA-Za-z*])/g],
  // Landlines with an area code: 0888-5123456, (0888)5123456, 0888 5123456, 08885123456, 0888-51****6.
  ['phone', /(?<![\dA-Za-z])(?:\(0\d{2,3}\)|0\d{2,3}[- ])\s?[\d*]{7,8}(?![\dA-Za-z*])/g],
  ['phone', /(?<![\dA-Za-z*])0[1-9]\d{8,10}(?![\dA-Za-z*.])/g],
];

/**
 * A cell can only hold a personal number if it has at least 10 digits or masks (the shortest,
 * a landline with a 3-digit area code, has 10). Most cells have fewer: this keeps the check cheap
 * on a million cells.
 */
function couldHold(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 42) {
      if (++n >= 10) break;
    }
  }
  if (n < 10) return false;
  // A bare 12-digit number that does not start with 0 is a village code, not a phone number.
  if (text.length === 12 && /^[1-9]\d{11}$/.test(text)) return false;
  return true;
}

/** ASCII characters a personal number can be written with: 2 = a digit or mask, 1 = X x + ( ) - and what \s matches. */
const NUMBERISH = new Uint8Array(128);
for (const c of '0123456789*') NUMBERISH[c.charCodeAt(0)] = 2;
for (const c of 'Xx+()- \t\n\v\f\r') NUMBERISH[c.charCodeAt(0)] = 1;

/** The rest of what \s matches: no-break, Ogham, en/em/thin, line and paragraph separators, ideographic, BOM. */
function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where in a long text a personal number could be: every run of number-like characters with at
 * least 10 digits or masks (every pattern above needs that many), widened by one character on
 * each side for the patterns' look-behind and look-ahead. A match never leaves its run, so
 * searching only these spans finds exactly what searching the whole text finds; on a built page,
 * where numbers are short and broken up by tags, commas and points, that is a small part of it.
 * A run that is a bare 12-digit village code (in a link, /villages/530721102211/) is left out:
 * no pattern matches 12 digits that do not start with 0 and have no digit beside them.
 */
export function candidateSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  let digits = 0;
  let others = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0;
    const kind = c < 128 ? NUMBERISH[c]! : isWideSpace(c) ? 1 : 0;
    if (kind) {
      if (start < 0) start = i;
      if (kind === 2) digits++;
      else others++;
    } else if (start >= 0) {
      if (digits >= 10 && !isVillageCode(text, start, i, digits, others)) spans.push([Math.max(0, start - 1), Math.min(n, i + 1)]);
      start = -1;
      digits = 0;
      others = 0;
    }
  }
  return spans;
}

/**
 * The run [start, end) is a village code: 12 digits not starting with 0, maybe with separators
 * around that no match starts or ends with (/villages/530721102211/, L530721102211-0042).
 */
function isVillageCode(text: string, start: number, end: number, digits: number, others: number): boolean {
  if (digits !== 12) return false;
  const code = others ? text.slice(start, end).replace(/^[^\d*(+]+/, '').replace(/[^\dXx*]+$/, '') : text.slice(start, end);
  return code.length === 12 && /^[1-9]\d{11}$/.test(code);
}

/** Texts longer than this are searched span by span (candidateSpans); shorter ones, a cell, whole. */
const LONG_TEXT = 256;

export function findPersonalNumbers(text: string): PersonalNumber[] {
  if (text.length <= LONG_TEXT) return couldHold(text) ? findIn(text) : [];
  return candidateSpans(text).flatMap(([a, b]) => findIn(text.slice(a, b)).map((p) => ({ ...p, index: p.index + a })));
}

function findIn(text: string): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  const taken: [number, number][] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // A card number has at least 16 digits or masks, of which at least 8 are digits.
      if (kind === 'bank-card' && (m[0].replace(/\D/g, '').length < 8 || m[0].replace(/[\s-]/g, '').length < 16)) continue;
      // Years in a row (2014-2015-2016-2017) are not a card number.
      if (kind === 'bank-card' && /[ -]/.test(m[0]) && m[0].split(/[ -]/).every((g) => /^(19[89]\d|20[0-3]\d)$/.test(g))) continue;
      // A masked ID has 15 or 18 digits and masks in all (5307**********123X).
      if (kind === 'id-card' && m[0].includes('*') && ![15, 18].includes(m[0].length)) continue;
      taken.push([start, end]);
      found.push({ kind, match: m[0], index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
