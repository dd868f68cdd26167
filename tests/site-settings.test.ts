import { describe, expect, test } from 'vitest';
import { editUrl, reportUrl, repositoryUrl } from '../src/site/settings.ts';
import { localePath, t } from '../src/site/i18n.ts';
import { noteIn, recipientName } from '../src/site/names.ts';

describe('site settings, paths and names', () => {
  test('"edit this data" opens the CSV on the repository', () => {
    expect(editUrl('credit_loans.csv')).toBe(`${repositoryUrl}/edit/main/data/credit_loans.csv`);
  });

  test('"report a problem" opens the data-error form with the page and figure filled in', () => {
    const u = new URL(reportUrl({ page: '/villages/530721102211/', figure: '拉巴支村委会 2017 收入' }));
    expect(u.pathname.endsWith('/issues/new')).toBe(true);
    expect(u.searchParams.get('template')).toBe('data-error.yml');
    expect(u.searchParams.get('page')).toBe('/villages/530721102211/');
    expect(u.searchParams.get('figure')).toBe('拉巴支村委会 2017 收入');
    expect(u.searchParams.get('title')).toContain('拉巴支村委会');
  });

  test('English pages live under /en/, Chinese ones at the root', () => {
    expect(localePath('zh-CN', '/villages/530721102211/')).toBe('/villages/530721102211/');
    expect(localePath('en', '/villages/530721102211/')).toBe('/en/villages/530721102211/');
    expect(localePath('en', '/')).toBe('/en/');
    expect(t('en', 'synthetic')).toBe('synthetic');
    expect(t('zh-CN', 'synthetic')).toBe('演示数据');
  });

  test('recipients’ names: withheld when not public, masked when the site masks names', () => {
    expect(recipientName('李飞龙', true, 'zh-CN')).toBe('李飞龙');
    expect(recipientName('李飞龙', true, 'zh-CN', true)).toBe('李*龙');
    expect(recipientName('李飞龙', false, 'en')).toBe('(name withheld)');
  });

  test('a bilingual note shows the half in the page’s language', () => {
    const note = '年份按原文,存疑 / Year as printed: doubtful';
    expect(noteIn(note, 'zh-CN')).toBe('年份按原文,存疑');
    expect(noteIn(note, 'en')).toBe('Year as printed: doubtful');
    expect(noteIn('只有中文', 'en')).toBe('只有中文');
  });
});
