/**
 * The two languages of the site: UI strings (`t`) and paths (`localePath`). Chinese is the default
 * and has no prefix; English lives under /en/. Every internal link goes through `localePath` or
 * `withBase`, so a build under a base path (LEDGER_BASE=/ledger/) keeps working.
 */
export type Lang = 'zh-CN' | 'en';
export const langs: readonly Lang[] = ['zh-CN', 'en'];

/** The short code the schema vocabularies use (`termLabel(terms, value, short(lang))`). */
export const short = (lang: Lang): 'zh' | 'en' => (lang === 'en' ? 'en' : 'zh');
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en');

function baseUrl(): string {
  const b = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** `/villages/1/` → `${base}villages/1/`; keeps the path's trailing slash and any #hash. */
export function withBase(path: string): string {
  return baseUrl() + path.replace(/^\/+/, '');
}

/** A page's path in a language: localePath('en', '/credit/') → `${base}en/credit/`. */
export function localePath(lang: Lang, path: string): string {
  const p = path.replace(/^\/+/, '');
  return withBase(lang === 'en' ? `en/${p}` : p);
}

const strings = {
  siteName: { zh: '村务公开账本', en: 'Open Village Ledger' },
  countyName: { zh: '玉龙纳西族自治县', en: 'Yulong Naxi Autonomous County' },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  navLabel: { zh: '主导航', en: 'Main navigation' },
  navHome: { zh: '全县', en: 'County' },
  /** The home link when the data holds several counties (the home page is the region's overview). */
  navRegion: { zh: '总览', en: 'Overview' },
  navCredit: { zh: '红色信贷', en: 'Red credit' },
  navDividends: { zh: '分红', en: 'Dividends' },
  navData: { zh: '数据下载', en: 'Data' },
  navSources: { zh: '来源', en: 'Sources' },
  navAbout: { zh: '关于', en: 'About' },
  langSwitch: { zh: 'English', en: '中文' },
  langSwitchLabel: { zh: '切换到英文版', en: 'Switch to Chinese' },
  search: { zh: '搜索', en: 'Search' },
  searchLabel: { zh: '搜索村、乡镇或借款党员', en: 'Search villages, townships or recipients' },
  dataVersion: { zh: '数据版本', en: 'Data version' },
  licence: {
    zh: '数据以 CC BY 4.0 许可发布,代码以 MIT 许可发布。',
    en: 'Data under CC BY 4.0, code under MIT.',
  },
  repository: { zh: '源代码与数据', en: 'Source code and data' },
  synthetic: { zh: '演示数据', en: 'synthetic' },
  syntheticTitle: {
    zh: '演示数据:由确定性生成器产生,不是真实数字',
    en: 'Synthetic: made by a deterministic generator, not real figures',
  },
  syntheticBanner: {
    zh: '本页含有演示(合成)数据:标有“演示数据”的数字不是真实数字,只与公开发表的总数一致。',
    en: 'This page shows synthetic (demonstration) data: figures marked “synthetic” are not real; they only agree with the published totals.',
  },
  syntheticMore: { zh: '说明', en: 'Why' },
  noRecords: { zh: '暂无记录。', en: 'No records yet.' },
  source: { zh: '来源', en: 'Source' },
  sources: { zh: '来源', en: 'Sources' },
  tableData: { zh: '图表数据(表格)', en: 'Chart data (table)' },
  chartCsv: { zh: '下载图表数据 (CSV)', en: 'Chart data (CSV)' },
  yuan: { zh: '元', en: 'yuan' },
  total: { zh: '合计', en: 'Total' },
  year: { zh: '年度', en: 'Year' },
  township: { zh: '乡镇', en: 'Township' },
  village: { zh: '村(社区)', en: 'Village' },
  villages: { zh: '村(社区)', en: 'Villages' },
  code: { zh: '代码', en: 'Code' },
  kind: { zh: '类别', en: 'Kind' },
  income: { zh: '集体经济收入', en: 'Collective income' },
  loans: { zh: '红色信贷', en: 'Red-credit loans' },
  dividends: { zh: '分红', en: 'Dividends' },
  print: { zh: '打印村务公开栏', en: 'Print notice-board sheet' },
  edit: { zh: '在代码库中修改此数据', en: 'Edit this data on the repository' },
  report: { zh: '报告问题', en: 'Report a problem' },
  published: { zh: '公开发表', en: 'published' },
  dataset: { zh: '本数据集', en: 'this dataset' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type StringKey = keyof typeof strings;

/** A UI string; `{name}` placeholders are filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars?: Record<string, string | number>): string {
  let s: string = strings[key][short(lang)];
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

/** Picks the text for the language from a {zh, en} pair. */
export const pick = (lang: Lang, b: { zh: string; en: string }): string => b[short(lang)];

/** Inline words for one page: tr(lang, '中文', 'English'). */
export const tr = (lang: Lang, zh: string, en: string): string => (lang === 'en' ? en : zh);
