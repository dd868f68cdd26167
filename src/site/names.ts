/** Names and terms in the page's language. */
import type { PlaceName } from '../lib/derive/site-model.ts';
import { termLabel, type Term } from '../schemas/vocab.ts';
import { short, type Lang } from './i18n.ts';

export const nameIn = (n: PlaceName, lang: Lang): string => (lang === 'en' ? n.en : n.zh);
export const shortNameIn = (n: PlaceName, lang: Lang): string => (lang === 'en' ? n.shortEn : n.shortZh);
export const term = (terms: readonly Term[], value: string | null | undefined, lang: Lang): string => (value ? termLabel(terms, value, short(lang)) : '');

/** The name of a loan recipient as the page may show it: withheld when not public, masked (李*龙) when the site masks names. */
export function recipientName(name: string, isPublic: boolean, lang: Lang, mask = false): string {
  if (!isPublic) return lang === 'en' ? '(name withheld)' : '(姓名不公开)';
  if (!mask) return name;
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * The part of a bilingual note ("中文 / English") in the page's language; a note in one language
 * is shown as it is.
 */
export function noteIn(note: string, lang: Lang): string {
  const m = /^(.*\S)\s+\/\s+([A-Za-z"“‘(].*)$/s.exec(note);
  if (!m || !/[\u4e00-\u9fff]/.test(m[1]!)) return note;
  return lang === 'en' ? m[2]! : m[1]!;
}
