/**
 * node scripts/write-citation.ts
 * Writes CITATION.cff for the newest version in data/CHANGELOG.md (npm run freeze-release does
 * this too). tests/opendata-citation.test.ts fails when the committed file has drifted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { latestRelease } from '../src/lib/changelog.ts';
import { citationCff } from '../src/lib/publish/citation.ts';

const release = latestRelease(readFileSync('data/CHANGELOG.md', 'utf8'));
writeFileSync('CITATION.cff', citationCff(release));
console.error(`wrote CITATION.cff (version ${release.version}, ${release.date})`);
