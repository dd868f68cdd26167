/**
 * Every URL a built page points at: href, src, srcset, action, poster, data and meta content
 * attributes, and url(...) in inline styles and stylesheets. Used to check that a site built
 * under a base path never leaves it.
 */
import { parseHTML } from 'linkedom';

const ATTRS = ['href', 'src', 'action', 'poster', 'data', 'formaction', 'xlink:href'];

export function htmlUrls(html: string): string[] {
  const { document } = parseHTML(html);
  const urls: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of ATTRS) {
      const v = el.getAttribute(a);
      if (v !== null) urls.push(v.trim());
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) urls.push(...srcset.split(',').map((s: string) => s.trim().split(/\s+/)[0]!).filter(Boolean));
    if (el.tagName === 'META') {
      const c = el.getAttribute('content');
      if (c && /^(https?:)?\//.test(c)) urls.push(c.trim());
    }
    const style = el.getAttribute('style');
    if (style) urls.push(...cssUrls(style));
  }
  for (const s of document.querySelectorAll('style')) urls.push(...cssUrls(s.textContent ?? ''));
  return urls;
}

export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!.trim());
}

/**
 * The URLs that escape `base` on `site`: root-relative paths not under the base, and absolute
 * URLs on the site's own origin not under it. Other origins, fragments, relative paths, data:
 * and mailto: are fine.
 */
export function escaping(urls: string[], base: string, site: string): string[] {
  const origin = new URL(site).origin;
  return urls.filter((u) => {
    if (u.startsWith('//')) return u.startsWith(`//${new URL(site).host}`) && !u.startsWith(`//${new URL(site).host}${base}`);
    if (u.startsWith('/')) return !u.startsWith(base);
    if (u.startsWith(`${origin}/`) || u === origin) return !u.startsWith(`${origin}${base}`);
    return false;
  });
}
