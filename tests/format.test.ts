import { describe, expect, test } from 'vitest';
import { count, date, period, percentBp, wan, yuan, yuanUnit } from '../src/site/format.ts';

describe('format: numbers and dates as readers see them', () => {
  test('yuan is exact, with thousands separators, from integer fen', () => {
    expect(yuan(10000050)).toBe('100,000.50');
    expect(yuan(12345678901)).toBe('123,456,789.01');
    expect(yuan(100)).toBe('1');
    expect(yuan(5)).toBe('0.05');
    expect(yuanUnit(610200000000, 'zh-CN')).toBe('6,102,000,000 元');
  });

  test('万元 for prose in Chinese, millions in English', () => {
    expect(wan(6102000000, 'zh-CN')).toBe('6,102万元');
    expect(wan(6102000000, 'en')).toBe('61.02 million yuan');
    expect(wan(236000000, 'zh-CN')).toBe('236万元');
    expect(wan(980000, 'zh-CN')).toBe('9,800元');
    expect(wan(10000000, 'en')).toBe('100,000 yuan');
  });

  test('percent from basis points, with the source’s "about"', () => {
    expect(percentBp(550)).toBe('5.5%');
    expect(percentBp(2000)).toBe('20%');
    expect(percentBp(7450, 'zh-CN', true)).toBe('约74.5%');
    expect(percentBp(7450, 'en', true)).toBe('about 74.5%');
  });

  test('dates and periods read from the text, in both languages', () => {
    expect(date('2019-02-02', 'zh-CN')).toBe('2019年2月2日');
    expect(date('2019-02-02', 'en')).toBe('2 Feb 2019');
    expect(date('2018-04', 'en')).toBe('Apr 2018');
    expect(period('2014/2018-04', 'zh-CN')).toBe('2014年至2018年4月');
    expect(period('2014/2018-04', 'en')).toBe('2014 to Apr 2018');
    expect(count(16685)).toBe('16,685');
  });
});
