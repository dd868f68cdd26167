/**
 * A problem found in the data: one per line of the validator's output. Every problem is said in
 * Chinese and in English, with a hint on how to fix it where there is one.
 */
import { displaySafe } from '../lib/display-safe.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Problem {
  /** Stable machine-readable code, e.g. `cell.money`, `key.foreign`, `privacy.id-card`. */
  code: string;
  zh: string;
  en: string;
  hint?: Bilingual;
  /** Data file relative to the data folder's parent, e.g. `data/villages.csv`. */
  file: string;
  /** 1-based line of the file, as an editor or spreadsheet shows it. 0 = the whole file. */
  line: number;
  /** 1-based column (field number: 1 = spreadsheet column A). 0 = the whole line. */
  column: number;
  severity: 'error' | 'warning';
}

/** A problem not yet placed in a file: what field parsers and checks return. */
export type Finding = Pick<Problem, 'code' | 'zh' | 'en' | 'hint'>;

/**
 * A problem's text never repeats a personal number found in a cell (it shows it masked,
 * 138****5678) nor prints a control or invisible character as it is (<U+000B>): whatever a
 * message quotes from the data goes through displaySafe.
 */
export function finding(code: string, zh: string, en: string, hint?: Bilingual): Finding {
  return hint ? { code, zh: displaySafe(zh), en: displaySafe(en), hint: { zh: displaySafe(hint.zh), en: displaySafe(hint.en) } } : { code, zh: displaySafe(zh), en: displaySafe(en) };
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `path:line:col: error[code]: 中文 / English (提示 … / hint …)`, the validator's line format. */
export function formatProblem(p: Problem): string {
  const hint = p.hint ? ` (提示: ${p.hint.zh} / hint: ${p.hint.en})` : '';
  return `${p.file}:${p.line}:${p.column}: ${p.severity}[${p.code}]: ${p.zh} / ${p.en}${hint}`;
}
