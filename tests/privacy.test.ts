/** Personal numbers are found in any text, masked or not, and ordinary data is never flagged. */
import { describe, expect, it } from 'vitest';
import { candidateSpans, findPersonalNumbers, type PersonalKind } from '../src/lib/privacy.ts';

const found: [string, PersonalKind, string][] = [
  // ID cards, 18 digits
  ['530721199001011234', 'id-card', '530721199001011234'],
  ['53072119900101123X', 'id-card', '53072119900101123X'],
  ['身份证号:53072119900101123x。', 'id-card', '53072119900101123x'],
  ['5307211990****123X', 'id-card', '5307211990****123X'],
  ['530721********1234', 'id-card', '530721********1234'],
  ['53**************12', 'id-card', '53**************12'],
  // ID cards, 15 digits (first generation)
  ['530721900101123', 'id-card', '530721900101123'],
  ['旧证 530721851231002 已换', 'id-card', '530721851231002'],
  ['530721*******23', 'id-card', '530721*******23'],
  // mobile phones
  ['13812345678', 'phone', '13812345678'],
  ['联系电话:19987654321', 'phone', '19987654321'],
  ['+86 13812345678', 'phone', '+86 13812345678'],
  ['8613812345678', 'phone', '8613812345678'],
  ['138 1234 5678', 'phone', '138 1234 5678'],
  ['138-1234-5678', 'phone', '138-1234-5678'],
  ['138****5678', 'phone', '138****5678'],
  ['1381234****', 'phone', '1381234****'],
  // landlines
  ['0888-5123456', 'phone', '0888-5123456'],
  ['(0888)5123456', 'phone', '(0888)5123456'],
  ['0888 5123456', 'phone', '0888 5123456'],
  ['08885123456', 'phone', '08885123456'],
  ['010-12345678', 'phone', '010-12345678'],
  ['0888-51****6', 'phone', '0888-51****6'],
  // bank cards
  ['6222021234567890123', 'bank-card', '6222021234567890123'],
  ['6222 0212 3456 7890', 'bank-card', '6222 0212 3456 7890'],
  ['6222-0212-3456-7890-123', 'bank-card', '6222-0212-3456-7890-123'],
  ['6222 **** **** 1234', 'bank-card', '6222 **** **** 1234'],
  ['622202******1234', 'bank-card', '622202******1234'],
  ['6222********1234', 'bank-card', '6222********1234'],
];

const clean: [string, string][] = [
  ['530721102211', 'a 12-digit village code'],
  ['530721102', 'a 9-digit township code'],
  ['530721', 'a county code'],
  ['61020000', 'an amount (61.02 million yuan)'],
  ['2360000.50', 'an amount with fen'],
  ['6102', 'an amount in 万元'],
  ['105000.5', 'an amount with one decimal'],
  ['2016-03-15', 'a date'],
  ['2014/2018-04', 'a period'],
  ['L2016-0042', 'a loan id'],
  ['L2014-00001', 'a long loan id'],
  ['D2019-0001', 'a distribution id'],
  ['示例党员0001', 'a placeholder name'],
  ['共有462名党员获得红色信贷6102万元', 'a published sentence'],
  ['2014-2015-2016-2017', 'years in a row'],
  ['2014 2015 2016 2017', 'years with spaces'],
  ['530721102211,530721102210', 'two village codes'],
  ['2016-01-29,2016-02-05', 'two dates'],
  ['带动7户农户,其中贫困户2户', 'a pledge'],
  ['', 'an empty cell'],
];

describe('findPersonalNumbers', () => {
  it.each(found)('finds %s (%s)', (text, kind, match) => {
    expect(findPersonalNumbers(text)).toEqual([{ kind, match, index: text.indexOf(match) }]);
  });

  it.each(clean)('does not flag %s (%s)', (text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
  });

  it('finds every number in a long note, in order', () => {
    const note = '借款人 530721199001011234,电话 13812345678,卡号 6222 0212 3456 7890。';
    expect(findPersonalNumbers(note).map((p) => p.kind)).toEqual(['id-card', 'phone', 'bank-card']);
  });
});

describe('digits inside identifiers and checksums', () => {
  it('are not personal numbers (a SHA-256 shown on the data page)', () => {
    expect(findPersonalNumbers('e2ab0c8fc82308a57afe7ce1d982d117d42fcb39dad8dd81e4b0305313879d3a')).toEqual([]);
  });
  it('while a phone number after Chinese text or punctuation still is', () => {
    expect(findPersonalNumbers('电话08885123456').map((p) => p.kind)).toEqual(['phone']);
    expect(findPersonalNumbers('Tel: 0888-5123456').map((p) => p.kind)).toEqual(['phone']);
  });
});

describe('long texts (a built page) are searched only where numbers could be', () => {
  const row = '<tr><td>1,234,567.00</td><td>2016-03-15</td><td>530721102211</td><td>L2016-0042</td></tr>';
  const page = (body: string) => `<html><body><table>${row.repeat(3)}</table>${body}<svg><path d="M12.5,34.25L56.75,78.5"/></svg></body></html>`;

  it.each(found)('finds %s inside a page (%s)', (text, kind, match) => {
    const html = page(`<p>借款人信息:${text}。</p>`);
    expect(html.length).toBeGreaterThan(256);
    expect(findPersonalNumbers(html)).toEqual([{ kind, match, index: html.indexOf(match) }]);
  });

  it.each(clean)('does not flag %s inside a page (%s)', (text) => {
    expect(findPersonalNumbers(page(`<p>${text}</p>`))).toEqual([]);
  });

  it('finds numbers written with wide spaces and at the very ends of the text', () => {
    const text = `${'０'.repeat(300)}(0888)\u30005123456 and 138\u00a01234\u00a05678`;
    // the no-break space is not one of the mobile pattern's separators: only the landline is a match
    expect(findPersonalNumbers(text).map((p) => p.match)).toEqual(['(0888)\u30005123456']);
    const ends = `13812345678${'。'.repeat(300)}530721199001011234`;
    expect(findPersonalNumbers(ends).map((p) => [p.kind, p.index])).toEqual([['phone', 0], ['id-card', 311]]);
  });

  it('agrees with a search of each line on its own', () => {
    const lines = [...found.map(([t]) => `注:${t};`), ...clean.map(([t]) => `值 ${t} 元`)];
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(256);
    const byLine = lines.flatMap((l) => findPersonalNumbers(l).map((p) => p.match));
    expect(findPersonalNumbers(text).map((p) => p.match)).toEqual(byLine);
  });
});

describe('candidateSpans', () => {
  it('leaves out village codes in links and text, and keeps everything that could be a number', () => {
    const text = `<a href="/villages/530721102211/">代码 530721102211 </a> L530721102211-Y2016-01 电话 08885123456 <td>1,234,567.00</td> 6222 0212 3456 7890`;
    expect(candidateSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['话 08885123456 <', '> 6222 0212 3456 7890']);
  });
});
