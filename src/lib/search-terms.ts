/**
 * What the search index needs to know about a page beyond its visible text: the other ways a
 * reader may type a place's name (拉巴支, 拉巴支村, labazhi, la ba zhi, lbz), the kind of page,
 * the township, year and income band it can be filtered by. Pure: no I/O, no Astro.
 *
 * Pagefind segments Chinese text into words, and the query is segmented the same way, so a short
 * name written on its own (拉巴支) is always found by the same short name typed in the box, however
 * the segmenter happens to split the full name (拉巴支村委会). Pinyin is written three ways: joined
 * (labazhi), as syllables (la ba zhi) and as initials (lbz); Pagefind matches word prefixes, so
 * "laba" and "lb" find them too.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/** Readings of characters that place names use differently from pinyin-pro's default. */
export const PLACE_READINGS: Record<string, string> = {
  木都: 'mù dū',
  后箐: 'hòu qìng',
  箐: 'qìng',
  长水: 'cháng shuǐ',
};
customPinyin(PLACE_READINGS);

/** Endings of place names, longest first: what a reader may leave off. */
const KIND_SUFFIXES = [
  '社区居委会',
  '居民委员会',
  '村民委员会',
  '居委会',
  '村委会',
  '自治县',
  '民族乡',
  '街道',
  '社区',
  '镇',
  '乡',
  '县',
  '村',
];

/** Ethnic groups that sit between a township's name and its kind (黎明傈僳族乡). */
const ETHNIC = /(纳西|傈僳|白|彝|藏|普米|苗|回|傣|哈尼|壮|怒|独龙|拉祜|佤|景颇|布朗|阿昌|基诺|瑶|蒙古|满|水|布依)族$/;

/** 拉巴支村委会 → 拉巴支; 黎明傈僳族乡 → 黎明; 黄山街道 → 黄山. Names that are only a kind stay whole. */
export function shortName(name: string): string {
  let rest = name.trim();
  for (const suffix of KIND_SUFFIXES) {
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      rest = rest.slice(0, -suffix.length);
      break;
    }
  }
  const ethnic = rest.match(ETHNIC);
  if (ethnic && rest.length > ethnic[0].length) rest = rest.slice(0, -ethnic[0].length);
  return rest;
}

/**
 * The Chinese forms a reader may type: the short name, the short name + 村/乡/镇, the name with
 * its ethnic group (黎明傈僳族), and the full name. Unique, shortest first.
 */
export function chineseVariants(name: string): string[] {
  const full = name.trim();
  const short = shortName(full);
  const out = [short];
  if (/(村委会|居委会|村民委员会|居民委员会)$/.test(full)) out.push(`${short}村`);
  if (/社区居委会$/.test(full)) out.push(`${short}社区`);
  const withoutKind = full.replace(/(自治县|乡|镇|县|街道)$/, '');
  if (withoutKind !== short && withoutKind !== full) out.push(withoutKind);
  out.push(full);
  return [...new Set(out)].filter(Boolean);
}

export interface PinyinForms {
  /** Syllables without tones, joined: labazhi. */
  joined: string;
  /** Syllables without tones, spaced: la ba zhi. */
  spaced: string;
  /** First letters: lbz. */
  initials: string;
}

/** Pinyin of Chinese text (other characters are dropped): 拉巴支 → labazhi / la ba zhi / lbz. */
export function pinyinForms(han: string): PinyinForms {
  const onlyHan = han.replace(/[^\u3400-\u9fff]/g, '');
  if (!onlyHan) return { joined: '', spaced: '', initials: '' };
  const syllables = (pinyin(onlyHan, { toneType: 'none', type: 'array', v: true }) as string[]).map((s) =>
    s.toLowerCase().replace(/ü/g, 'v'),
  );
  return {
    joined: syllables.join(''),
    spaced: syllables.join(' '),
    initials: syllables.map((s) => s.charAt(0)).join(''),
  };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * A Chinese name cut into words the way the search page's browser cuts a query (ICU's word
 * segmenter, which Node and Chromium share; Pagefind's search script uses Intl.Segmenter): 中和 →
 * "中 和", 白马 → "白 马", 李家 → "李家". Pagefind's index cuts text with another dictionary, so a
 * name indexed in this form too is found however the browser cut the query.
 */
export function queryWords(text: string): string {
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .join(' ');
}

/**
 * An excerpt as Pagefind gives it (escaped text, matches in <mark>) with the spaces between two
 * Chinese characters taken out: they come from the names indexed cut into words (中 和, 竹 箐 村),
 * never from the pages' own Chinese text, and read as gaps.
 */
export function joinHanSpaces(excerpt: string): string {
  return excerpt.replace(/(\p{Script=Han})((?:<\/?mark>)*)\s+((?:<\/?mark>)*)(?=\p{Script=Han})/gu, '$1$2$3');
}

/**
 * The words a place's page adds to the index, beside its visible name: Chinese variants, then
 * pinyin of the short name (joined, initials, spaced) and of the full name (joined, initials).
 * 拉巴支村委会 → "拉巴支 拉巴支村 拉巴支村委会 labazhi lbz la ba zhi labazhicunweihui lbzcwh 拉巴 支".
 */
export function searchTerms(name: string): string {
  const short = shortName(name);
  const s = pinyinForms(short);
  const f = pinyinForms(name);
  const words = [...chineseVariants(name), s.joined, s.initials, s.spaced];
  if (f.joined !== s.joined) words.push(f.joined, f.initials);
  // The browser cuts a typed name with its own word segmenter (Chromium: 中和 → 中 / 和, 拉巴支 →
  // 拉巴 / 支) where the index keeps it whole: the name cut the same way matches such a query.
  words.push(queryWords(short));
  return [...new Set(words.filter(Boolean))].join(' ');
}

/**
 * The whole-name forms of a place, for the search page to put an exact name match first:
 * 拉巴支村委会 → "拉巴支 拉巴支村 拉巴支村委会 labazhi lbz labazhicunweihui lbzcwh". The query, without
 * spaces and in lower case, is compared with each.
 */
export function nameKeys(name: string): string {
  const s = pinyinForms(shortName(name));
  const f = pinyinForms(name);
  return [...new Set([...chineseVariants(name), s.joined, s.initials, f.joined, f.initials].filter(Boolean))].join(' ');
}

/** The form of a query that nameKeys are compared with: no spaces, lower case. */
export const queryKey = (q: string): string => q.replace(/\s+/g, '').toLowerCase();

/** Kinds of page and record the search can be narrowed to. */
export const KINDS = ['county', 'township', 'village', 'loan', 'distribution'] as const;
export type SearchKind = (typeof KINDS)[number];

export const KIND_LABELS: Record<SearchKind, { zh: string; en: string }> = {
  county: { zh: '县', en: 'County' },
  township: { zh: '乡镇', en: 'Township' },
  village: { zh: '村(社区)', en: 'Village' },
  loan: { zh: '红色信贷', en: 'Red-credit loan' },
  distribution: { zh: '分红', en: 'Distribution' },
};

/**
 * Bands of a village's yearly collective income, as S1 counts them for 2017 (18 villages at
 * 50,000 yuan or more, 9 at 30,000–50,000, 77 at 20,000–30,000), plus one below 20,000.
 */
export const BANDS = ['50k+', '30k-50k', '20k-30k', 'under-20k'] as const;
export type IncomeBand = (typeof BANDS)[number];

export const BAND_LABELS: Record<IncomeBand, { zh: string; en: string }> = {
  '50k+': { zh: '5万元及以上', en: '50k yuan or more' },
  '30k-50k': { zh: '3万–5万元', en: '30k–50k yuan' },
  '20k-30k': { zh: '2万–3万元', en: '20k–30k yuan' },
  'under-20k': { zh: '2万元以下', en: 'under 20k yuan' },
};

/** The band of a yearly income given in FEN (integer): 5,000,000 fen = 50,000 yuan → '50k+'. */
export function incomeBand(fen: number): IncomeBand {
  if (fen >= 5_000_000) return '50k+';
  if (fen >= 3_000_000) return '30k-50k';
  if (fen >= 2_000_000) return '20k-30k';
  return 'under-20k';
}

/**
 * Labels are written without commas: Pagefind reads `data-pagefind-filter="key:value, key:value"`,
 * so a comma inside a value would split it.
 */
/** The filter values as the search page shows them, in the page's language. */
export function kindLabel(kind: SearchKind, lang: 'zh-CN' | 'en'): string {
  return KIND_LABELS[kind][lang === 'en' ? 'en' : 'zh'];
}
export function bandLabel(band: IncomeBand, lang: 'zh-CN' | 'en'): string {
  return BAND_LABELS[band][lang === 'en' ? 'en' : 'zh'];
}

export interface SearchRecordProps {
  kind: 'loan' | 'distribution';
  /** The element's id, unique on the page: the result links to page#id. */
  id: string;
  /**
   * The result's title, weighted like a heading: "李飞龙 · 10万元 · 2007". Leave the village's name
   * out (give it as `place`) so that searching a village finds the village's page before its loans.
   */
  title: string;
  /** Where the record belongs, shown beside the result but not indexed: "拉巴支村委会". */
  place?: string;
  /** The township's name in the page's language. */
  township?: string;
  year?: string | number;
  lang: 'zh-CN' | 'en';
  /**
   * True when the row comes from a published source (not the demonstration generator): it then
   * ranks above synthetic rows that say the same thing (滇重楼 finds 李飞龙's real loan first).
   */
  published?: boolean;
}

/**
 * Attributes that make one element of a page (a table row, a list item, an article) its own search
 * result, linked to page#id, with kind, township and year filters: spread them on the element,
 * `<tr {...searchRecordAttrs({...})}>`. scripts/index-search.ts turns each such element into a
 * Pagefind record; the page stays a result of its own too.
 */
export function searchRecordAttrs(p: SearchRecordProps): Record<string, string> {
  const attrs: Record<string, string> = {
    id: p.id,
    'data-search-record': kindLabel(p.kind, p.lang),
    'data-search-title': p.title,
  };
  if (p.place) attrs['data-search-place'] = p.place;
  if (p.township) attrs['data-search-township'] = p.township;
  if (p.year !== undefined && p.year !== null && p.year !== '') attrs['data-search-year'] = String(p.year);
  if (p.published) attrs['data-search-published'] = 'true';
  return attrs;
}

/** An element id from a record key: 'L-S1-LFL' → 'loan-L-S1-LFL'. Only [A-Za-z0-9_-] are kept. */
export function recordId(kind: 'loan' | 'distribution', key: string): string {
  return `${kind}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
