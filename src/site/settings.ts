/**
 * Site settings that are not code: the site's address (LEDGER_SITE + LEDGER_BASE) and the
 * repository the "edit this data" and "report a problem" links point at (LEDGER_REPO_URL).
 */
import { packageMeta } from '../schemas/package.ts';

export const DEFAULT_REPOSITORY_URL = 'https://github.com/open-village-ledger/open-village-ledger';

/** The site's origin when LEDGER_SITE is not set: the package's homepage (astro.config.mjs uses the same). */
export const DEFAULT_SITE = new URL(packageMeta.homepage).origin;

const env: Record<string, string | undefined> = typeof process !== 'undefined' ? process.env : {};

/**
 * The address of the site as built, with a trailing slash: LEDGER_SITE's origin and the base path
 * LEDGER_BASE (`https://example.org` + `/ledger/` → `https://example.org/ledger/`), the same two
 * settings astro.config.mjs gives Astro. Downloads, citations and CITATION.cff are written with it.
 */
export function siteAddress(settings: Record<string, string | undefined> = env): string {
  const base = `/${(settings.LEDGER_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(base, settings.LEDGER_SITE || DEFAULT_SITE).href;
}

/** The public repository, without a trailing slash. */
export const repositoryUrl: string = (env.LEDGER_REPO_URL || DEFAULT_REPOSITORY_URL).replace(/\/+$/, '');

/** The editor's page for one data file on the repository: `editUrl('villages.csv')`. */
export function editUrl(file: string): string {
  return `${repositoryUrl}/edit/main/data/${file}`;
}

/** The repository's page for one data file (read-only view). */
export function fileUrl(file: string): string {
  return `${repositoryUrl}/blob/main/data/${file}`;
}

/**
 * A new issue on the repository with the `data-error.yml` form, its title and fields prefilled:
 * `page` is the page's path, `figure` names the figure the reader doubts.
 */
export function reportUrl({ page, figure }: { page: string; figure?: string }): string {
  const q = new URLSearchParams({ template: 'data-error.yml', title: `数据有误 / Data error: ${figure ?? page}`, page });
  if (figure) q.set('figure', figure);
  return `${repositoryUrl}/issues/new?${q.toString()}`;
}

/** Mask recipients' names on every page (李*龙): LEDGER_MASK_NAMES=1. */
export const maskNames: boolean = env.LEDGER_MASK_NAMES === '1' || env.LEDGER_MASK_NAMES === 'true';
