/**
 * Addresses (docs/data-api.md, "Addresses"): the files of a version name the permanent URL of the
 * site they are published on, in every file that names one (README, datapackage.json, the
 * workbook, the zip's copies); the pages read back the address a frozen version's files name, and
 * cite only what works on the site being built.
 */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/io/read-data-dir.ts';
import type { Release } from '../src/lib/changelog.ts';
import { publishRelease, XLSX_NAME, ZIP_NAME } from '../src/lib/publish/release-files.ts';
import { citeTarget, recordedAddress } from '../src/site/opendata-view.ts';
import { DEFAULT_SITE } from '../src/site/settings.ts';
import { readXlsx, text, unzip } from './helpers/read-published.ts';

const release = { version: '1.2.0', date: '2027-01-15', body: '' };
const data = readDataset('tests/fixtures/opendata').data;
const HERE = 'https://example.org/ledger/';
const URL_HERE = `${HERE}data/v1.2.0/`;

describe('the files of a version published on https://example.org/ledger/', () => {
  const files = publishRelease(data, release, { siteRoot: HERE });

  it('name its permanent URL in README, datapackage.json, the workbook and the zip, and never the default site', async () => {
    const readme = text(files.get('README.md')!);
    expect(readme).toContain(`永久地址 / Permanent URL: <${URL_HERE}>`);
    expect(readme).toContain(`(Version 1.2.0) [Data set]. ${URL_HERE}`);
    const pkg = JSON.parse(text(files.get('datapackage.json')!));
    expect(pkg.id).toBe(URL_HERE);
    expect(pkg.homepage).toBe(HERE);
    const about = (await readXlsx(files.get(XLSX_NAME)!)).get('说明 about')!.flat().map(String);
    expect(about).toContain(URL_HERE);
    expect(about.some((c) => c.includes(`[DS/OL]. (2027-01-15)[引用日期]. ${URL_HERE}.`))).toBe(true);
    const zipped = unzip(files.get(ZIP_NAME)!);
    const inner = (name: string) => text(zipped.get(`yulong-village-ledger-v1.2.0/${name}`)!);
    expect(inner('README.md')).toBe(readme);
    expect(JSON.parse(inner('datapackage.json')).id).toBe(URL_HERE);
    for (const [name, bytes] of [...files, ...zipped]) {
      if (name.endsWith('.xlsx') || name.endsWith('.zip')) continue;
      expect(text(bytes), name).not.toContain(DEFAULT_SITE);
    }
  });

  it('are read back by the pages: the address the files name', () => {
    expect(recordedAddress(files)).toBe(URL_HERE);
    const readmeOnly = new Map([['README.md', files.get('README.md')!]]);
    expect(recordedAddress(readmeOnly)).toBe(URL_HERE);
    expect(recordedAddress(new Map())).toBeNull();
  });

  it('name the default site when no address is given (the frozen releases made so far)', () => {
    expect(recordedAddress(publishRelease(data, release))).toBe(`${DEFAULT_SITE}/data/v1.2.0/`);
  });
});

describe('what the pages cite', () => {
  const r = (version: string, date: string): Release => ({ version, date, body: '' });
  const changelog = [r('1.2.0', '2027-01-15'), r('1.1.0', '2026-12-20'), r('1.0.0', '2026-11-26')];

  it('the current version at its permanent URL on this site, once it is frozen', () => {
    expect(citeTarget(changelog[0]!, changelog, ['1.2.0', '1.1.0'], HERE)).toEqual({ release: changelog[0], url: URL_HERE, permanent: true });
  });

  it('the newest frozen version while the current data has unreleased changes (its permanent URL would be a 404)', () => {
    expect(citeTarget(changelog[0]!, changelog, ['1.1.0', '1.0.0'], HERE)).toEqual({ release: changelog[1], url: `${HERE}data/v1.1.0/`, permanent: true });
  });

  it('the latest files, said not to be permanent, when nothing is frozen yet', () => {
    expect(citeTarget(changelog[0]!, changelog, [], HERE)).toEqual({ release: changelog[0], url: `${HERE}data/latest/`, permanent: false });
  });
});
