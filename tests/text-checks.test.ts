/** Characters that break files or hide content (issue 12 §3): every one of the list is named, located and shown. */
import { describe, expect, it } from 'vitest';
import { displaySafe } from '../src/lib/display-safe.ts';
import { findBadCharacters, isBlankCell, kindOf, showInvisible, type BadCharKind } from '../src/lib/text-checks.ts';

const listed: [BadCharKind, number[]][] = [
  ['control', [0x00, 0x01, 0x07, 0x08, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x9f]],
  ['line-break', [0x0b, 0x0c, 0x85, 0x2028, 0x2029]],
  ['noncharacter', [0xfffe, 0xffff, 0xfdd0, 0xfdef, 0x1fffe, 0x1ffff, 0x10fffe, 0x10ffff]],
  ['bidi', [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]],
  ['zero-width', [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]],
  ['invisible', [0x2061, 0x2062, 0x2063, 0x2064, 0x180e, 0x3164, 0x115f, 0x1160, 0xffa0, 0x034f, 0x17b4, 0x17b5, 0xfff9, 0xfffb, 0xe0001, 0xe0041, 0xe007f, 0x1bca0, 0x1d173]],
  ['replacement', [0xfffd]],
];

describe('findBadCharacters', () => {
  it.each(listed.flatMap(([kind, cps]) => cps.map((cp) => [cp.toString(16).toUpperCase(), kind, cp] as const)))('U+%s is a %s character, found where it is', (_, kind, cp) => {
    expect(kindOf(cp)).toBe(kind);
    const text = `养殖${String.fromCodePoint(cp)}土鸡`;
    expect(findBadCharacters(text)).toEqual([{ kind, codePoint: cp, index: 2, position: 3, count: 1 }]);
  });

  it.each([['\t'], ['\n'], ['\r'], [' '], ['\u3000'], ['\u00a0'], ['养殖土鸡 2016-03-15'], ['𠀀𝟏'], ['\uFE0F'], ['é']])('leaves %j alone', (text) => {
    expect(findBadCharacters(text)).toEqual([]);
  });

  it('counts characters as an editor does, and gives the first of each kind with how many there are', () => {
    expect(findBadCharacters('𠀀a\u000Bb\u000B\u202E\uD800')).toEqual([
      { kind: 'line-break', codePoint: 0x0b, index: 3, position: 3, count: 2 },
      { kind: 'bidi', codePoint: 0x202e, index: 6, position: 6, count: 1 },
      { kind: 'noncharacter', codePoint: 0xd800, index: 7, position: 7, count: 1 },
    ]);
  });
});

describe('showInvisible and displaySafe', () => {
  it('show what a terminal would obey or nobody would see, and leave the rest', () => {
    expect(showInvisible('a\u000Bb\u001B[2J\u202Ec\r\n\t养殖\uFFFD')).toBe('a<U+000B>b<U+001B>[2J<U+202E>c<U+000D> ⏎ \t养殖\uFFFD');
    expect(showInvisible('第一行\n第二行', 'keep')).toBe('第一行\n第二行');
    expect(showInvisible('\u{E0041}')).toBe('<U+E0041>');
  });

  it('mask personal numbers first, however they are hidden', () => {
    expect(displaySafe('电话 138\u200B1234\u200B5678\u000B')).toBe('电话 138****5678<U+000B>');
  });
});

describe('isBlankCell', () => {
  it('is true of spaces only, never of a control or invisible character', () => {
    for (const c of ['', ' ', '  \t', '\u3000', '\u00a0']) expect(isBlankCell(c), JSON.stringify(c)).toBe(true);
    for (const c of ['\u000B', '\u000C', '\u200B', '\uFEFF', '\u3164', '\u2028', 'a']) expect(isBlankCell(c), JSON.stringify(c)).toBe(false);
  });
});
