/** Every code the validator can emit is listed once, and docs/validation.md is the list's table. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemCodes, renderProblemCodes } from '../src/lib/problem-codes.ts';
import { withCodeTable } from '../src/lib/validation-docs.ts';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Codes written as the first argument of finding(…) or bad(…) anywhere in src/. */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const f of sourceFiles('src')) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\b(?:finding|bad)\(\s*(['`])([a-z0-9-]+\.[a-z0-9${}.-]+)\1/g)) {
      const code = m[2]!;
      if (code === 'privacy.${p.kind}') for (const k of ['id-card', 'phone', 'bank-card']) codes.add(`privacy.${k}`);
      else codes.add(code);
    }
  }
  return codes;
}

describe('problem codes', () => {
  const listed = problemCodes.map((p) => p.code);
  const docs = readFileSync('docs/validation.md', 'utf8');

  it('finds the codes in the source (the scan itself works)', () => {
    const emitted = emittedCodes();
    for (const c of ['header.unknown', 'cell.money', 'key.foreign', 'loan.notice-period', 'privacy.phone', 'encoding.gb18030']) expect(emitted).toContain(c);
  });

  it('lists every code the validator can emit, each once, with Chinese and English', () => {
    expect([...emittedCodes()].filter((c) => !listed.includes(c))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    for (const p of problemCodes) {
      expect(p.meaning.zh, p.code).toMatch(/[\u4e00-\u9fff]/);
      expect(p.fix.zh, p.code).toMatch(/[\u4e00-\u9fff]/);
      expect(p.meaning.en, p.code).toMatch(/[a-z]/);
      expect(p.fix.en, p.code).toMatch(/[a-z]/);
    }
  });

  it('lists no code that nothing emits', () => {
    const emitted = emittedCodes();
    expect(listed.filter((c) => !emitted.has(c))).toEqual([]);
  });

  it('is documented in docs/validation.md exactly as generated (run node scripts/write-validation-docs.ts)', () => {
    expect(docs).toBe(withCodeTable(docs, renderProblemCodes()));
    for (const c of listed) expect(docs).toContain(`\`${c}\``);
  });
});
