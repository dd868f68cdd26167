/**
 * Personal numbers that must never be published: ID-card numbers (18 or 15 digits, masked or
 * not), phone numbers (mobile or landline, masked or not) and bank-card numbers. Used by the
 * validator on every cell and by the build on its own HTML and downloads.
 */
export type PersonalKind = 'id-card' | 'phone' | 'bank-card';

export interface PersonalNumber {
  kind: PersonalKind;
  match: string;
  index: number;
}

const PATTERNS: [PersonalKind, RegExp][] = [
  // 18-digit ID, plain or with some digits masked by * (e.g. 530721199001011234, 5307211990****123X).
  ['id-card', /(?<![\dA-Za-z*])\d{2}[\d*]{15}[\dXx*](?![\dA-Za-z*])/g],
  // 15-digit first-generation ID: area code, yymmdd, 3 digits.
  ['id-card', /(?<![\d*])\d{6}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![\d*])/g],
  // Bank cards: 16 to 19 digits, maybe in groups of 4 separated by spaces or hyphens, maybe masked.
  ['bank-card', /(?<![\d*])(?:\d{4}|\*{4})(?:[ -]?(?:\d{4}|\*{4})){2}[ -]?(?:\d{4,7}|\*{4})(?![\d*])/g],
  // Mobile numbers (+86 optional), plain or masked (138****1234).
  ['phone', /(?<![\d*])(?:\+?86[ -]?)?1[3-9]\d(?:\d{4}|\*{4})\d{4}(?![\d*])/g],
  // Landlines with an area code: 0888-5123456, (0888)5123456.
  ['phone', /(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3}-)\s?\d{7,8}(?!\d)/g],
];

export function findPersonalNumbers(text: string): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  const taken: [number, number][] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // A card number has at least 16 digits or masks, of which at least 8 are digits.
      if (kind === 'bank-card' && (m[0].replace(/\D/g, '').length < 8 || m[0].replace(/[\s-]/g, '').length < 16)) continue;
      taken.push([start, end]);
      found.push({ kind, match: m[0], index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
