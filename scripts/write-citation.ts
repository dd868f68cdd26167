/**
 * node scripts/write-citation.ts
 * Writes CITATION.cff for the newest version in data/CHANGELOG.md (npm run freeze-release does
 * this too), naming the version's permanent URL on the site LEDGER_SITE + LEDGER_BASE (set them as
 * the Pages workflow does). tests/opendata-citation.test.ts fails when the committed file has drifted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { latestRelease } from '../src/lib/changelog.ts';
import { citationCff } from '../src/lib/publish/citation.ts';
import { siteAddress } from '../src/site/settings.ts';

const release = latestRelease(readFileSync('data/CHANGELOG.md', 'utf8'));
const site = siteAddress();
writeFileSync('CITATION.cff', citationCff(release, site));
console.error(`wrote CITATION.cff (version ${release.version}, ${release.date}, ${site})`);
