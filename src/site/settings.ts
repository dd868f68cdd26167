/**
 * Site settings that are not code: the repository the "edit this data" and "report a problem"
 * links point at. One setting, overridable by the environment variable LEDGER_REPO_URL.
 */
export const DEFAULT_REPOSITORY_URL = 'https://github.com/open-village-ledger/open-village-ledger';

const env = typeof process !== 'undefined' ? process.env : {};

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
