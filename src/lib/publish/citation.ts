/**
 * How to cite a version of the data package: GB/T 7714-2015 (数据集 [DS/OL]), APA 7 (data set),
 * BibTeX, and the repository's CITATION.cff. The permanent URL of a version is
 * `<site>/data/v<version>/`, which never changes once released; `<site>` is the address of the
 * site the files are published on (LEDGER_SITE + LEDGER_BASE: siteAddress in src/site/settings.ts),
 * which every caller passes.
 */
import { packageMeta } from '../../schemas/package.ts';
import type { Release } from '../changelog.ts';

export const [TITLE_ZH, TITLE_EN] = packageMeta.title.split(' / ') as [string, string];
export const [AUTHOR_EN, AUTHOR_ZH] = packageMeta.contributors[0].title.split(' / ') as [string, string];

/** The permanent URL of a version: `https://host/base/data/v1.0.0/`. */
export function versionUrl(siteRoot: string, version: string): string {
  return `${siteRoot.replace(/\/?$/, '/')}data/v${version}/`;
}

export interface Citations {
  gbt7714: string;
  apa: string;
  bibtex: string;
}

/** The citations of a version at its permanent URL on the site `siteRoot`. */
export function citations(release: Release, siteRoot: string): Citations {
  return citationsAt(release, versionUrl(siteRoot, release.version));
}

/** The citations of a version at the address `url`. */
export function citationsAt(release: Release, url: string): Citations {
  const year = release.date.slice(0, 4);
  const key = `yulong_village_ledger_${release.version.replaceAll('.', '_')}`;
  return {
    gbt7714: `${AUTHOR_ZH}. ${TITLE_ZH}: 数据版本 ${release.version}[DS/OL]. (${release.date})[引用日期]. ${url}.`,
    apa: `${AUTHOR_EN}. (${year}). ${TITLE_EN} (Version ${release.version}) [Data set]. ${url}`,
    bibtex: [
      `@misc{${key},`,
      `  author       = {{${AUTHOR_EN}}},`,
      `  title        = {{${TITLE_EN} (${TITLE_ZH})}},`,
      `  year         = {${year}},`,
      `  date         = {${release.date}},`,
      `  version      = {${release.version}},`,
      `  howpublished = {\\url{${url}}},`,
      `  url          = {${url}},`,
      `  note         = {Data set, version ${release.version}, ${release.date}. Licence CC BY 4.0}`,
      `}`,
    ].join('\n'),
  };
}

const yamlString = (s: string) => JSON.stringify(s);

/** CITATION.cff (Citation File Format 1.2.0) for the repository, at the given release. */
export function citationCff(release: Release, siteRoot: string): string {
  const root = siteRoot.replace(/\/?$/, '/');
  return [
    'cff-version: 1.2.0',
    'message: "If you use this data, please cite this version. 使用本数据请引用所用的版本。"',
    'type: dataset',
    `title: ${yamlString(`${TITLE_ZH} / ${TITLE_EN}`)}`,
    `abstract: ${yamlString(packageMeta.description)}`,
    'authors:',
    `  - name: ${yamlString(packageMeta.contributors[0].title)}`,
    `version: ${yamlString(release.version)}`,
    `date-released: ${yamlString(release.date)}`,
    'license: CC-BY-4.0',
    `url: ${yamlString(versionUrl(root, release.version))}`,
    `repository-artifact: ${yamlString(`${root}data/`)}`,
    'keywords:',
    ...packageMeta.keywords.map((k) => `  - ${yamlString(k)}`),
    '',
  ].join('\n');
}
