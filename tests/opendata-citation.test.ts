/** Citations: CITATION.cff follows the changelog's version, and each citation style names version, date and permanent URL. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestRelease } from '../src/lib/changelog.ts';
import { citationCff, citations } from '../src/lib/publish/citation.ts';
import { siteAddress } from '../src/site/settings.ts';

const release = { version: '1.2.3', date: '2027-03-04', body: '' };

describe('citations', () => {
  it('CITATION.cff is the one generated for the newest version of data/CHANGELOG.md (run node scripts/write-citation.ts)', () => {
    const current = latestRelease(readFileSync('data/CHANGELOG.md', 'utf8'));
    const cff = readFileSync('CITATION.cff', 'utf8');
    // written for the site it is published on (LEDGER_SITE + LEDGER_BASE when it was written)
    const site = /^repository-artifact: "(https:\/\/[^"]+\/)data\/"$/m.exec(cff)?.[1];
    expect(site, 'repository-artifact: "<site>data/"').toBeDefined();
    expect(cff).toBe(citationCff(current, site!));
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(/^type: dataset$/m);
    expect(cff).toMatch(/^license: CC-BY-4\.0$/m);
    expect(cff).toContain(`version: "${current.version}"`);
    expect(cff).toContain(`date-released: "${current.date}"`);
  });

  it('gives GB/T 7714, APA and BibTeX with the version, its date and its permanent URL', () => {
    const c = citations(release, 'https://example.org/ledger');
    const url = 'https://example.org/ledger/data/v1.2.3/';
    expect(c.gbt7714).toBe(`村务公开账本贡献者. 玉龙纳西族自治县村务公开账本: 数据版本 1.2.3[DS/OL]. (2027-03-04)[引用日期]. ${url}.`);
    expect(c.apa).toBe(`Open Village Ledger contributors. (2027). Open Village Ledger of Yulong County (Version 1.2.3) [Data set]. ${url}`);
    expect(c.bibtex).toMatch(/^@misc\{yulong_village_ledger_1_2_3,/);
    expect(c.bibtex).toContain('version      = {1.2.3}');
    expect(c.bibtex).toContain(`url          = {${url}}`);
    let depth = 0;
    for (const ch of c.bibtex) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('names the permanent URL on the site as built: LEDGER_SITE + LEDGER_BASE, with the base path', () => {
    expect(siteAddress({ LEDGER_SITE: 'https://example.org', LEDGER_BASE: '/ledger/' })).toBe('https://example.org/ledger/');
    expect(siteAddress({ LEDGER_SITE: 'https://example.org/', LEDGER_BASE: 'ledger' })).toBe('https://example.org/ledger/');
    expect(siteAddress({ LEDGER_BASE: '/' })).toBe('https://open-village-ledger.github.io/');
    expect(siteAddress({})).toBe('https://open-village-ledger.github.io/');
    const cff = citationCff(release, siteAddress({ LEDGER_SITE: 'https://example.org', LEDGER_BASE: '/ledger/' }));
    expect(cff).toContain('url: "https://example.org/ledger/data/v1.2.3/"');
    expect(cff).toContain('repository-artifact: "https://example.org/ledger/data/"');
  });
});
