/**
 * The last guard before the downloads are written: text the validator refuses (a control
 * character, an invisible or bidirectional one, a personal number, a formula) must never reach a
 * published file, even if the validation was skipped. What reaches this guard stops the downloads
 * with a clear message naming table, row, column and character — a data error, not a program's,
 * so it carries no stack trace — and never repeats the text it refuses (displaySafe).
 */
import { describeChar, findBadCharacters } from '../text-checks.ts';
import { charPosition } from '../cell-checks.ts';

export class UnpublishableError extends Error {
  override name = 'UnpublishableError';
  constructor(message: string) {
    super(message);
    // what a log shows of it is the message: where in the data, and what to run
    this.stack = `${this.name}: ${message}`;
  }
}

/** `credit_loans, data row 3, purpose`: where a refused cell is. */
export const cellWhere = (table: string, row: number, field: string) => ({ zh: `${table}.csv 第 ${row} 行数据的 ${field} 列`, en: `${table}.csv, data row ${row}, ${field}` });

/** Throws when a cell holds a character that breaks files or hides content (text-checks.ts). */
export function assertPublishableText(table: string, rows: readonly Record<string, string>[]): void {
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) {
      const bad = findBadCharacters(v)[0];
      if (!bad) continue;
      const where = cellWhere(table, i + 1, k);
      const what = describeChar(bad.codePoint, bad.kind);
      throw new UnpublishableError(
        `${where.zh}第 ${charPosition(v, bad.index)} 个字符是 ${what.zh},不能发布;运行 npm run validate 找到并改正它 / ${where.en}: character ${charPosition(v, bad.index)} is ${what.en}, which must not be published; run npm run validate to find and fix it`,
      );
    }
  });
}
