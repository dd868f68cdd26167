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

export function findPersonalNumbers(text: string): PersonalNumber[] {
  if (!couldHold(text)) return [];
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
