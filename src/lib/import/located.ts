/**
 * Where a problem is in what the editor sent: a cell of a workbook (`村务.xlsx!credit_loans!C5`),
 * a line and column of a CSV file (`credit_loans.csv:5:3`, as the validator says it), or a line of
 * a data file that the import did not come from. The words are the validator's: `formatProblem`'s.
 */
import { columnLetter, formatProblem, type Finding, type Problem } from '../../schemas/problem.ts';

export interface Where {
  /** The file as the editor named it (a workbook or a CSV), or a data file (`data/villages.csv`). */
  file: string;
  /** The sheet of a workbook; null for a CSV file. */
  sheet: string | null;
  /** 1-based row (spreadsheet row or CSV line); 0 = the whole sheet or file. */
  row: number;
  /** 1-based column; 0 = the whole row. */
  col: number;
}

export interface Located extends Finding {
  where: Where;
  severity: Problem['severity'];
  /** The data file's line this row would have become, where that helps to see the problem. */
  csvLine?: { file: string; line: number; text: string };
}

/** `book.xlsx!sheet!C5`, `book.xlsx!sheet!5:5` (a whole row), `book.xlsx!sheet`, or `file.csv:5:3`. */
export function whereText(w: Where): string {
  if (w.sheet === null) return `${w.file}:${w.row}:${w.col}`;
  const sheet = /[\s!'()]/.test(w.sheet) ? `'${w.sheet.replace(/'/g, "''")}'` : w.sheet;
  if (w.row === 0) return `${w.file}!${sheet}`;
  return `${w.file}!${sheet}!${w.col ? `${columnLetter(w.col)}${w.row}` : `${w.row}:${w.row}`}`;
}

/** One problem, one line: `WHERE: error[code]: 中文 / English (提示: … / hint: …)`. */
export function formatLocated(p: Located): string {
  const asProblem: Problem = { code: p.code, zh: p.zh, en: p.en, ...(p.hint ? { hint: p.hint } : {}), file: '', line: 0, column: 0, severity: p.severity };
  return `${whereText(p.where)}${formatProblem(asProblem).slice(':0:0'.length)}`;
}

/** A validator problem, located where the validator found it. */
export const fromProblem = (p: Problem): Located => ({
  code: p.code,
  zh: p.zh,
  en: p.en,
  ...(p.hint ? { hint: p.hint } : {}),
  severity: p.severity,
  where: { file: p.file, sheet: null, row: p.line, col: p.column },
});

export const located = (f: Finding, where: Where, severity: Problem['severity'] = 'error'): Located => ({ ...f, where, severity });
