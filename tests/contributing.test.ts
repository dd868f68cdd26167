// CONTRIBUTING.md cannot drift from the code: its column reference and validator examples are
// generated, and this test fails when the committed file is not what the generator writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regenerate } from '../src/lib/contributing.ts';
import { tables, tableNames } from '../src/schemas/index.ts';

const committed = readFileSync('CONTRIBUTING.md', 'utf8');

describe('CONTRIBUTING.md', () => {
  it('is what npm run docs:contributing generates (run it after changing a table or a message)', () => {
    expect(committed).toBe(regenerate(committed));
  });

  it('documents every column of every table, with its Chinese and English name', () => {
    for (const name of tableNames) {
      expect(committed).toContain(`\`data/${name}.csv\``);
      for (const [k, f] of Object.entries(tables[name].fields)) {
        const row = committed.split('\n').find((l) => l.startsWith(`| \`${k}\` |`) && l.includes(f.meta.title.en));
        expect(row, `${name}.${k}`).toBeDefined();
        expect(row).toContain(f.meta.title.zh);
      }
    }
  });

  it('shows the validator’s real messages for common spreadsheet mistakes', () => {
    for (const code of ['encoding.gb18030', 'cell.unit-in-number', 'cell.thousands-separator', 'cell.excel-date', 'key.foreign', 'key.duplicate', 'header.unknown'])
      expect(committed).toContain(`error[${code}]`);
  });

  it('is Chinese first, then English', () => {
    expect(committed.indexOf('## 中文')).toBeGreaterThan(0);
    expect(committed.indexOf('## 中文')).toBeLessThan(committed.indexOf('## English'));
  });
});
