/**
 * node scripts/write-validation-docs.ts
 * Rewrites the table of problem codes in docs/validation.md (between the `codes:start` and
 * `codes:end` markers) from src/lib/problem-codes.ts. tests/problem-codes.test.ts fails when
 * the page and the list disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderProblemCodes } from '../src/lib/problem-codes.ts';
import { withCodeTable } from '../src/lib/validation-docs.ts';

const path = 'docs/validation.md';
writeFileSync(path, withCodeTable(readFileSync(path, 'utf8'), renderProblemCodes()));
console.log(`${path}: table of codes rewritten`);
