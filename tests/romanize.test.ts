import { describe, expect, test } from 'vitest';
import { pinyinName, romanize, romanizeParts } from '../src/lib/romanize.ts';

describe('romanize: English names of real places in Yulong (from the official list)', () => {
  test.each([
    ['拉巴支村委会', 'Labazhi Village Committee'],
    ['石鼓镇', 'Shigu Town'],
    ['黎明傈僳族乡', 'Liming Lisu Ethnic Township'],
    ['石头白族乡', 'Shitou Bai Ethnic Township'],
    ['九河白族乡', 'Jiuhe Bai Ethnic Township'],
    ['玉龙纳西族自治县', 'Yulong Naxi Autonomous County'],
    ['黄山街道', 'Huangshan Subdistrict'],
    ['白马社区居委会', 'Baima Community Residents’ Committee'],
    ['长水社区居委会', 'Changshui Community Residents’ Committee'],
    ['太安乡', "Tai'an Township"],
    ['九安村委会', "Jiu'an Village Committee"],
    ['十八寨沟村委会', 'Shibazhaigou Village Committee'],
    ['木都村委会', 'Mudu Village Committee'],
    ['后箐村委会', 'Houqing Village Committee'],
    ['鲁甸乡', 'Ludian Township'],
  ])('%s → %s', (zh, en) => {
    expect(romanize(zh)).toBe(en);
  });

  test('the short name drops the kind, for chart labels', () => {
    expect(romanizeParts('拉巴支村委会')).toEqual({ short: 'Labazhi', full: 'Labazhi Village Committee' });
  });

  test('an apostrophe separates a syllable that starts with a vowel', () => {
    expect(pinyinName('西安')).toBe("Xi'an");
    expect(pinyinName('黎明')).toBe('Liming');
  });
});
