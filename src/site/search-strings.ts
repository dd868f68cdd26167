/**
 * The words of the search page and its script, in both languages. The page passes the set for its
 * language to the script as JSON in a data attribute (no inline script: the CSP forbids them).
 */
import { BANDS, KINDS, bandLabel, kindLabel } from '../lib/search-terms.ts';

type Lang = 'zh-CN' | 'en';

export interface SearchStrings {
  title: string;
  description: string;
  label: string;
  button: string;
  filters: string;
  groups: Record<'kind' | 'township' | 'year' | 'band', string>;
  /** Display order of filter values; values not listed follow, sorted. */
  order: Record<'kind' | 'band', string[]>;
  prompt: string;
  loading: string;
  /** Shown while more county bundles of an index split by county are searched ({n}: how many). */
  widening: string;
  /** The button that searches more counties' village pages when only some were searched. */
  everywhere: string;
  found: string;
  foundOne: string;
  none: string;
  failed: string;
  more: string;
  clear: string;
  needsJs: string;
  browse: string;
  county: string;
  /** The browse link to the home page when it is a region's overview (several counties). */
  region: string;
  credit: string;
  dividends: string;
  townships: string;
}

const zh: SearchStrings = {
  title: '搜索',
  description: '按村、乡镇、借款党员、用途或分红来源搜索本站',
  label: '搜索村、乡镇、借款党员、产业或分红来源',
  button: '搜索',
  filters: '筛选',
  groups: { kind: '类别', township: '乡镇', year: '年份', band: '收入档次' },
  order: { kind: KINDS.map((k) => kindLabel(k, 'zh-CN')), band: BANDS.map((b) => bandLabel(b, 'zh-CN')) },
  prompt: '输入村名、乡镇名(汉字、拼音或拼音首字母,如 拉巴支、labazhi、lbz)、借款党员姓名、产业或分红来源。',
  loading: '正在搜索……',
  widening: '正在另外 {n} 个县(市、区)的村页面中搜索……',
  everywhere: '在更多县(市、区)的村页面中搜索',
  found: '找到 {n} 条结果',
  foundOne: '找到 1 条结果',
  none: '没有找到与“{q}”相符的结果。可以试试更短的词、拼音,或去掉筛选条件。',
  failed: '搜索索引没有载入。请按下面的链接浏览。',
  more: '显示更多结果',
  clear: '清除筛选',
  needsJs: '搜索在您的浏览器中运行,需要启用 JavaScript。没有 JavaScript 时,可以按乡镇和村浏览全部内容:',
  browse: '浏览',
  county: '全县概况(所有乡镇和村)',
  region: '总览(所有县、乡镇和村)',
  credit: '红色信贷',
  dividends: '分红',
  townships: '各乡镇',
};

const en: SearchStrings = {
  title: 'Search',
  description: 'Search the ledger by village, township, loan recipient, purpose or revenue source',
  label: 'Search villages, townships, recipients, industries or revenue sources',
  button: 'Search',
  filters: 'Filters',
  groups: { kind: 'Kind', township: 'Township', year: 'Year', band: 'Income band' },
  order: { kind: KINDS.map((k) => kindLabel(k, 'en')), band: BANDS.map((b) => bandLabel(b, 'en')) },
  prompt: 'Type a village or township (English, Chinese, pinyin or initials: Labazhi, 拉巴支, lbz), a recipient, an industry or a revenue source.',
  loading: 'Searching…',
  widening: 'Searching the village pages of {n} more counties…',
  everywhere: 'Search the village pages of more counties',
  found: '{n} results',
  foundOne: '1 result',
  none: 'Nothing matches “{q}”. Try a shorter word, pinyin, or fewer filters.',
  failed: 'The search index did not load. Please browse with the links below.',
  more: 'Show more results',
  clear: 'Clear filters',
  needsJs: 'Search runs in your browser and needs JavaScript. Without it, browse everything by township and village:',
  browse: 'Browse',
  county: 'County overview (all townships and villages)',
  region: 'Overview (all counties, townships and villages)',
  credit: 'Red credit',
  dividends: 'Dividends',
  townships: 'Townships',
};

export const searchStrings = (lang: Lang): SearchStrings => (lang === 'en' ? en : zh);
