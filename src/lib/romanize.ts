/**
 * English names for places: the proper name in Hanyu Pinyin (pinyin-pro, toneless, syllables
 * joined, an apostrophe before a syllable that starts with a, o or e: Tai'an), then the kind
 * translated: 拉巴支村委会 → "Labazhi Village Committee", 黎明傈僳族乡 → "Liming Lisu Ethnic
 * Township", 玉龙纳西族自治县 → "Yulong Naxi Autonomous County". Pure: no I/O.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/** Readings of characters that place names use differently from pinyin-pro's default. */
const PLACE_READINGS: Record<string, string> = {
  木都: 'mù dū',
  后箐: 'hòu qìng',
  箐: 'qìng',
  长水: 'cháng shuǐ',
};
customPinyin(PLACE_READINGS);

/** Ethnic groups named in place names (族 dropped): 白族 → Bai. */
const ETHNIC: Record<string, string> = {
  纳西族: 'Naxi',
  傈僳族: 'Lisu',
  白族: 'Bai',
  彝族: 'Yi',
  藏族: 'Tibetan',
  普米族: 'Pumi',
  苗族: 'Miao',
  回族: 'Hui',
  傣族: 'Dai',
  哈尼族: 'Hani',
  壮族: 'Zhuang',
  怒族: 'Nu',
  独龙族: 'Derung',
  拉祜族: 'Lahu',
  佤族: 'Va',
  景颇族: 'Jingpo',
  布朗族: 'Blang',
  阿昌族: 'Achang',
  基诺族: 'Jino',
  瑶族: 'Yao',
  蒙古族: 'Mongol',
  满族: 'Manchu',
  水族: 'Sui',
  布依族: 'Bouyei',
};

/** Suffixes, longest first, with their English kind. */
const KINDS: [string, string][] = [
  ['社区居委会', "Community Residents’ Committee"],
  ['居民委员会', "Residents’ Committee"],
  ['村民委员会', 'Village Committee'],
  ['居委会', "Residents’ Committee"],
  ['村委会', 'Village Committee'],
  ['自治县', 'Autonomous County'],
  ['自治州', 'Autonomous Prefecture'],
  ['民族乡', 'Ethnic Township'],
  ['街道', 'Subdistrict'],
  ['社区', 'Community'],
  ['镇', 'Town'],
  ['乡', 'Township'],
  ['县', 'County'],
  ['市', 'City'],
  ['省', 'Province'],
  ['村', 'Village'],
];

/** Hanyu Pinyin of a proper name, capitalised, syllables joined: 拉巴支 → "Labazhi", 太安 → "Tai'an". */
export function pinyinName(han: string): string {
  if (!han) return '';
  const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }) as string[];
  const joined = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export interface RomanizedName {
  /** The proper name alone: "Labazhi". */
  short: string;
  /** With its kind: "Labazhi Village Committee". */
  full: string;
}

/** Splits a place name into proper name, ethnic group and kind, and writes each in English. */
export function romanizeParts(name: string): RomanizedName {
  let rest = name.trim();
  let kind = '';
  for (const [suffix, en] of KINDS) {
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      kind = en;
      rest = rest.slice(0, -suffix.length);
      break;
    }
  }
  // X族乡 (an ethnic township), X族自治县: the ethnic group sits between the name and the kind.
  let ethnic = '';
  if (kind === 'Township' || kind === 'Autonomous County' || kind === 'Autonomous Prefecture' || kind === 'Ethnic Township') {
    for (const [han, en] of Object.entries(ETHNIC).sort((a, b) => b[0].length - a[0].length)) {
      if (rest.endsWith(han) && rest.length > han.length) {
        ethnic = en;
        rest = rest.slice(0, -han.length);
        if (kind === 'Township') kind = 'Ethnic Township';
        break;
      }
    }
  }
  const short = pinyinName(rest);
  const full = [short, ethnic, kind].filter(Boolean).join(' ');
  return { short, full };
}

/** 拉巴支村委会 → "Labazhi Village Committee". */
export const romanize = (name: string): string => romanizeParts(name).full;
