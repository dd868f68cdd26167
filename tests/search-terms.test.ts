import { describe, expect, it } from 'vitest';
import {
  joinHanSpaces,
  queryWords,
  chineseVariants,
  incomeBand,
  pinyinForms,
  recordId,
  searchRecordAttrs,
  searchTerms,
  shortName,
} from '../src/lib/search-terms.ts';

describe('shortName: what a reader types without the kind', () => {
  it.each([
    ['拉巴支村委会', '拉巴支'],
    ['白马社区居委会', '白马'],
    ['石鼓镇', '石鼓'],
    ['黎明傈僳族乡', '黎明'],
    ['石头白族乡', '石头'],
    ['黄山街道', '黄山'],
    ['玉龙纳西族自治县', '玉龙'],
    ['十八寨沟村委会', '十八寨沟'],
    ['村', '村'],
  ])('%s → %s', (name, short) => expect(shortName(name)).toBe(short));
});

describe('chineseVariants', () => {
  it('a village committee is found as 拉巴支, 拉巴支村 and its full name', () => {
    expect(chineseVariants('拉巴支村委会')).toEqual(['拉巴支', '拉巴支村', '拉巴支村委会']);
  });
  it('an ethnic township keeps the form with its ethnic group', () => {
    expect(chineseVariants('黎明傈僳族乡')).toEqual(['黎明', '黎明傈僳族', '黎明傈僳族乡']);
  });
  it('a residents’ committee is also found as 白马社区', () => {
    expect(chineseVariants('白马社区居委会')).toEqual(['白马', '白马村', '白马社区', '白马社区居委会']);
  });
});

describe('pinyin', () => {
  it('writes 拉巴支 joined, spaced and as initials, without tones', () => {
    expect(pinyinForms('拉巴支')).toEqual({ joined: 'labazhi', spaced: 'la ba zhi', initials: 'lbz' });
  });
  it('uses the place readings the site uses (后箐 hou qing, 木都 mu du)', () => {
    expect(pinyinForms('后箐').joined).toBe('houqing');
    expect(pinyinForms('木都').joined).toBe('mudu');
  });
  it('indexes every form a reader may type for a village', () => {
    const words = searchTerms('拉巴支村委会').split(' ');
    for (const w of ['拉巴支', '拉巴支村', '拉巴支村委会', 'labazhi', 'lbz', 'la', 'ba', 'zhi']) expect(words).toContain(w);
  });
  it('indexes a township by 石鼓, shigu and sg', () => {
    const words = searchTerms('石鼓镇').split(' ');
    for (const w of ['石鼓', '石鼓镇', 'shigu', 'sg', 'shiguzhen']) expect(words).toContain(w);
  });
  it('shows excerpts without the gaps of names indexed cut into words, matches kept', () => {
    expect(joinHanSpaces('铅 厂 村 · <mark>竹</mark> <mark>箐</mark> 村 zhu qing cun')).toBe('铅厂村 · <mark>竹</mark><mark>箐</mark>村 zhu qing cun');
    expect(joinHanSpaces('<mark>双 江 </mark>社区 · 人民路')).toBe('<mark>双江</mark>社区 · 人民路');
    expect(joinHanSpaces('Labazhi Village, Shigu')).toBe('Labazhi Village, Shigu');
  });
  it('indexes the short name cut as the browser cuts a typed query (中和 → 中 / 和)', () => {
    expect(queryWords('中和')).toBe('中 和');
    expect(queryWords('白马')).toBe('白 马');
    const words = searchTerms('中和村委会').split(' ');
    for (const w of ['中', '和']) expect(words).toContain(w);
  });
});

describe('incomeBand (fen)', () => {
  it.each([
    [5_000_000, '50k+'],
    [4_999_999, '30k-50k'],
    [3_000_000, '30k-50k'],
    [2_000_000, '20k-30k'],
    [1_999_999, 'under-20k'],
  ])('%i fen → %s', (fen, band) => expect(incomeBand(fen)).toBe(band));
});

describe('searchRecordAttrs', () => {
  it('gives the element an id, its kind label in the page language, title, township and year', () => {
    expect(
      searchRecordAttrs({ kind: 'loan', id: recordId('loan', 'L-S1-LFL'), title: '李飞龙', township: '石鼓镇', year: 2007, lang: 'zh-CN' }),
    ).toEqual({
      id: 'loan-L-S1-LFL',
      'data-search-record': '红色信贷',
      'data-search-title': '李飞龙',
      'data-search-township': '石鼓镇',
      'data-search-year': '2007',
    });
    expect(searchRecordAttrs({ kind: 'distribution', id: 'd', title: 'x', lang: 'en' })['data-search-record']).toBe('Distribution');
  });
});
