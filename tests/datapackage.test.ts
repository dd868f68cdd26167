import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/io/read-data-dir.ts';
import { latestRelease } from '../src/lib/changelog.ts';
import { makeDataPackage, stringifyPackage } from '../src/lib/datapackage.ts';
import { tables, tableNames } from '../src/schemas/index.ts';

describe('datapackage.json', () => {
  const committed = readFileSync('data/datapackage.json', 'utf8');

  it('is exactly what the table definitions generate (run npm run datapackage after a schema change)', () => {
    const release = latestRelease(readFileSync('data/CHANGELOG.md', 'utf8'));
    const { data } = readDataset('data');
    expect(committed).toBe(stringifyPackage(makeDataPackage(release, data.sources)));
  });

  it('describes every table with its keys and bilingual field titles', () => {
    const pkg = JSON.parse(committed);
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(tableNames.map((n) => tables[n].name));
    for (const r of pkg.resources) {
      expect(r.schema.primaryKey.length).toBeGreaterThan(0);
      for (const f of r.schema.fields) expect(f.title).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
  });
});
