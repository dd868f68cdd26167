/**
 * CSV text → header and records, each record with the line it starts on and the line of each
 * of its cells (a quoted cell may span lines), so that every problem can name line and column
 * as an editor or spreadsheet shows them. Parsing is papaparse's; this only keeps positions.
 */
import Papa from 'papaparse';
import { finding, type Finding } from '../schemas/problem.ts';

export interface CsvRecord {
  /** 1-based line of the record's first cell. */
  line: number;
  cells: string[];
  /** 1-based line of each cell; absent when the whole record is on one line. */
  cellLines?: number[];
  /** The record has malformed quotes (reported once): its cells cannot be trusted. */
  malformed?: boolean;
}

export interface Located extends Finding {
  line: number;
  column: number;
}

export interface ParsedCsv {
  delimiter: string;
  header: CsvRecord | null;
  records: CsvRecord[];
  findings: Located[];
}

function parseRecords(text: string, delimiter: string): { records: CsvRecord[]; errors: Located[] } {
  const records: CsvRecord[] = [];
  const errors: Located[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (r) => {
      const cells = r.data;
      // The line of each cell, kept only for a record with a line break inside a quoted cell.
      let cellLines: number[] | undefined;
      let l = line;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i]!;
        if (cellLines) cellLines.push(l);
        if (c.includes('\n')) {
          if (!cellLines) cellLines = Array.from({ length: i + 1 }, () => line);
          for (let k = c.indexOf('\n'); k >= 0; k = c.indexOf('\n', k + 1)) l++;
        }
      }
      const malformed = r.errors.some((e) => e.code !== 'UndetectableDelimiter');
      if (malformed) {
        const e = r.errors.find((x) => x.code !== 'UndetectableDelimiter')!;
        errors.push({
          ...finding('csv.quotes', `引号不成对或位置不对(${e.message})`, `malformed quotes (${e.message})`, {
            zh: '含逗号、引号或换行的单元格要整体用英文双引号括起,内部的双引号写两次',
            en: 'a cell with a comma, quote or line break is enclosed in double quotes; a quote inside is doubled',
          }),
          line,
          column: Math.max(1, cells.length),
        });
      }
      const rec: CsvRecord = cellLines ? { line, cells, cellLines } : { line, cells };
      if (malformed) rec.malformed = true;
      records.push(rec);
      // papaparse's cursor is just past the record's own line break.
      const end = r.meta.cursor;
      for (let k = text.indexOf('\n', start); k >= 0 && k < end; k = text.indexOf('\n', k + 1)) line++;
      start = end;
    },
  });
  // papaparse reports the empty string after a final newline as a record: drop it.
  const last = records.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === '' && text.endsWith('\n')) records.pop();
  return { records, errors };
}

/**
 * Parses `text` (already decoded and LF) expecting the given header fields. Finds the header
 * even below title rows, and a `;` or tab delimiter, and says so.
 */
export function readCsv(text: string, expected: readonly string[]): ParsedCsv {
  const findings: Located[] = [];
  const firstLines = text.split('\n', 10);
  const looksLikeHeader = (l: string, d: string) => expected.filter((f) => l.split(d).map((c) => c.replace(/"/g, '').trim()).includes(f)).length;
  let delimiter = ',';
  const best = [',', ';', '\t']
    .map((d) => ({ d, score: Math.max(0, ...firstLines.map((l) => looksLikeHeader(l, d))) }))
    .sort((a, b) => b.score - a.score)[0]!;
  if (best.score > 0 && best.d !== ',' && best.score > Math.max(0, ...firstLines.map((l) => looksLikeHeader(l, ',')))) {
    delimiter = best.d;
    const name = delimiter === '\t' ? '制表符(Tab)' : '分号';
    const nameEn = delimiter === '\t' ? 'tabs' : 'semicolons';
    findings.push({
      ...finding('csv.delimiter', `列之间用${name}分隔,应为英文逗号`, `columns are separated by ${nameEn}, not commas`, {
        zh: '在 Excel/WPS 中另存为“CSV UTF-8(逗号分隔)”',
        en: 'save as "CSV UTF-8 (Comma delimited)" in Excel/WPS',
      }),
      line: 1,
      column: 0,
    });
  }

  const { records, errors } = parseRecords(text, delimiter);
  findings.push(...errors);
  if (records.length === 0) {
    findings.push({ ...finding('csv.empty', '文件是空的', 'the file is empty'), line: 1, column: 0 });
    return { delimiter, header: null, records: [], findings };
  }

  // The header is the first record naming at least half the expected fields (title rows above it).
  const matches = (r: CsvRecord) => r.cells.filter((c) => expected.includes(c.trim())).length;
  let headerIndex = 0;
  if (matches(records[0]!) < Math.ceil(expected.length / 2)) {
    const found = records.slice(0, 10).findIndex((r) => matches(r) >= Math.ceil(expected.length / 2));
    if (found > 0) {
      headerIndex = found;
      for (const r of records.slice(0, found))
        findings.push({
          ...finding('csv.title-row', '表头上方有标题行或空行', 'there is a title or blank row above the header', {
            zh: `删除第 ${r.line} 行;第一行必须是列名`,
            en: `delete line ${r.line}; the first line must be the column names`,
          }),
          line: r.line,
          column: 0,
        });
    }
  }
  return { delimiter, header: records[headerIndex]!, records: records.slice(headerIndex + 1), findings };
}
