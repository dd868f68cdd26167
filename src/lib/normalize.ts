/**
 * What `npm run normalize` does to a file an editor's spreadsheet saved, as a pure function:
 * bytes in, bytes out, and every change it made with its line and column. It converts only
 * what cannot change a value:
 *   - GB18030/GBK or UTF-16 → UTF-8, and drops a BOM;
 *   - CRLF or CR line ends → LF;
 *   - full-width digits (１２３, and the full-width ．－ in them) → 123, only in the numeric,
 *     date and code columns of a known table, never in names or free text;
 *   - empty rows at the end of the file (what Excel leaves: `,,,,`) are dropped, and the file
 *     ends with one line break.
 * It never changes a name or a number's value, and changes nothing else: the validator still
 * reports every other problem, for the editor to fix by hand. Control, invisible and
 * bidirectional characters, noncharacters and U+FFFD are never stripped or replaced: each is
 * named in a note (line, column, character), and a row holding one is not an empty row.
 */
import type { Field } from '../schemas/fields.ts';
import type { Bilingual } from '../schemas/problem.ts';
import type { TableDef } from '../schemas/table.ts';
import { decodeCsv } from './decode.ts';
import { readCsv } from './read-csv.ts';
import { describeChar, findBadCharacters, isBlankCell } from './text-checks.ts';

export interface Change {
  kind: 'encoding' | 'bom' | 'newline' | 'fullwidth-digits' | 'trailing-empty-rows' | 'final-newline';
  /** 1-based line, 0 = the whole file. */
  line: number;
  /** 1-based column (field number), 0 = the whole line. */
  column: number;
  zh: string;
  en: string;
}

export interface Normalized {
  bytes: Uint8Array;
  changes: Change[];
  /** What the file was, for the report: `utf-8`, `gb18030`, `utf-16le`, ... */
  encoding: string;
  /** Why a step was skipped (an unknown table, an undecodable file), if one was. */
  notes: Bilingual[];
}

/** Field kinds whose cells are digits: full-width digits in them are converted. */
const NUMERIC_KINDS = /^(integer|money|percent|date|year|code\d+)$/;
const FULLWIDTH_IN_NUMBER = /[\uFF10-\uFF19\uFF0E\uFF0D]/g;
const halfWidth = (s: string) => s.replace(FULLWIDTH_IN_NUMBER, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

interface CellSpan {
  /** Offsets of the cell's text in the file text (inside the quotes, if quoted). */
  start: number;
  end: number;
  line: number;
  field: number;
}

/**
 * The position of every cell of every record, by RFC 4180 rules (the same rules papaparse
 * follows for well-formed files). Records are lists of cells; the line is the cell's first line.
 */
function scanCells(text: string, delimiter: string): { line: number; cells: CellSpan[] }[] {
  const records: { line: number; cells: CellSpan[] }[] = [];
  let line = 1;
  let i = 0;
  let rec: { line: number; cells: CellSpan[] } = { line, cells: [] };
  while (i <= text.length) {
    const cellLine = line;
    let start = i;
    let end: number;
    if (text[i] === '"') {
      start = i + 1;
      let j = start;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          j = text.length;
          break;
        }
        if (text[q + 1] === '"') j = q + 2;
        else {
          j = q;
          break;
        }
      }
      for (let k = text.indexOf('\n', i); k >= 0 && k < j; k = text.indexOf('\n', k + 1)) line++;
      end = j;
      i = Math.min(j + 1, text.length);
      // Anything between the closing quote and the delimiter belongs to the cell as papaparse reads it.
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n') i++;
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n') i++;
      end = i;
    }
    rec.cells.push({ start, end, line: cellLine, field: rec.cells.length + 1 });
    if (i >= text.length) {
      records.push(rec);
      break;
    }
    if (text[i] === '\n') {
      records.push(rec);
      line++;
      rec = { line, cells: [] };
    }
    i++;
    if (i === text.length) break;
  }
  return records;
}

function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** At most this many characters are named one by one; the rest are counted. */
const MAX_CHARACTER_NOTES = 20;

/** A note for each cell's first character of each kind that breaks files or hides content (text-checks.ts). */
function badCharacterNotes(text: string, delimiter: string): Bilingual[] {
  if (findBadCharacters(text).length === 0) return [];
  const notes: Bilingual[] = [];
  let more = 0;
  for (const r of scanCells(text, delimiter))
    for (const c of r.cells) {
      const cell = text.slice(c.start, c.end);
      for (const b of findBadCharacters(cell)) {
        if (notes.length >= MAX_CHARACTER_NOTES) {
          more++;
          continue;
        }
        const what = describeChar(b.codePoint, b.kind);
        const count = b.count > 1 ? { zh: `(共 ${b.count} 个)`, en: ` (${b.count} in all)` } : { zh: '', en: '' };
        notes.push({
          zh: `第 ${c.line} 行第 ${c.field} 列第 ${b.position} 个字符是 ${what.zh}${count.zh}:没有改动,请手工删除或改正(npm run validate 会指出它)`,
          en: `line ${c.line}, column ${c.field}, character ${b.position} is ${what.en}${count.en}: left as it is; delete or correct it by hand (npm run validate points at it)`,
        });
      }
    }
  if (more) notes.push({ zh: `另有 ${more} 处这样的字符`, en: `and ${more} more such characters` });
  return notes;
}

export function normalizeCsv(bytes: Uint8Array, table: TableDef<any> | undefined, file: string): Normalized {
  const changes: Change[] = [];
  const notes: Bilingual[] = [];
  const decoded = decodeCsv(bytes, file);
  let text = decoded.text;
  if (bytes.length === 0) return { bytes, changes, encoding: decoded.encoding, notes };
  if (decoded.encoding === 'unknown') {
    notes.push({
      zh: '无法识别文件的编码,没有改动;请用 Excel/WPS 另存为“CSV UTF-8(逗号分隔)”',
      en: 'the file’s encoding is not recognised, so nothing was changed; save it as “CSV UTF-8 (Comma delimited)” from Excel/WPS',
    });
    return { bytes, changes, encoding: decoded.encoding, notes };
  }
  // UTF-16 with a lone surrogate would come out with U+FFFD in its place: a change of text
  if (decoded.encoding.startsWith('utf-16') && !decodesCleanly(bytes, decoded.encoding)) {
    notes.push({
      zh: `文件是 ${decoded.encoding.toUpperCase()} 编码,但其中有无法解码的字节(不成对的代理项),转换会把它们变成 �:没有改动;请在 Excel/WPS 中另存为“CSV UTF-8(逗号分隔)”`,
      en: `the file is ${decoded.encoding.toUpperCase()} but holds bytes that do not decode (a lone surrogate), which a conversion would turn into �: nothing was changed; save it as “CSV UTF-8 (Comma delimited)” from Excel/WPS`,
    });
    return { bytes, changes, encoding: decoded.encoding, notes };
  }
  if (decoded.encoding === 'gb18030' || decoded.encoding.startsWith('utf-16'))
    changes.push({
      kind: 'encoding',
      line: 0,
      column: 0,
      zh: `编码:${decoded.encoding === 'gb18030' ? 'GBK/GB18030' : decoded.encoding.toUpperCase()} → UTF-8(文字不变)`,
      en: `encoding: ${decoded.encoding === 'gb18030' ? 'GBK/GB18030' : decoded.encoding.toUpperCase()} → UTF-8 (the text is unchanged)`,
    });
  if (decoded.encoding === 'utf-8-bom' || (decoded.encoding.startsWith('utf-16') && (bytes[0] === 0xff || bytes[0] === 0xfe)))
    changes.push({ kind: 'bom', line: 1, column: 1, zh: '删除文件开头的 BOM(字节顺序标记)', en: 'removed the byte-order mark (BOM) at the start' });
  const crlf = decoded.findings.find((f) => f.code === 'newline.crlf');
  if (crlf)
    changes.push({
      kind: 'newline',
      line: crlf.line,
      column: 0,
      zh: `换行:${decoded.lineEnding === 'cr' ? 'CR' : decoded.lineEnding === 'mixed' ? '混合' : 'CRLF(Windows)'} → LF(自第 ${crlf.line} 行起)`,
      en: `line ends: ${decoded.lineEnding === 'cr' ? 'CR' : decoded.lineEnding === 'mixed' ? 'mixed' : 'CRLF (Windows)'} → LF (from line ${crlf.line})`,
    });

  const fields = table ? (table.fields as Record<string, Field<any>>) : undefined;
  const csv = readCsv(text, fields ? Object.keys(fields) : []);
  // Characters that break files or hide content are never removed or replaced here: they are
  // named, for the editor to fix by hand (the validator refuses them).
  notes.push(...badCharacterNotes(text, csv.delimiter));
  if (!fields) notes.push({ zh: `${file} 不是数据包中的表,未转换全角数字`, en: `${file} is not a table of the data package, so full-width digits were left alone` });

  // Full-width digits in the numeric, date and code columns of the table.
  if (fields && csv.header && FULLWIDTH_IN_NUMBER.test(text)) {
    FULLWIDTH_IN_NUMBER.lastIndex = 0;
    const records = scanCells(text, csv.delimiter);
    const header = records.find((r) => r.line === csv.header!.line);
    const numeric = new Set<number>();
    header?.cells.forEach((c) => {
      const f = fields[text.slice(c.start, c.end).trim()];
      if (f && NUMERIC_KINDS.test(f.meta.kind)) numeric.add(c.field);
    });
    const edits: { start: number; end: number; to: string }[] = [];
    for (const r of records) {
      if (!header || r.line <= header.line) continue;
      for (const c of r.cells) {
        if (!numeric.has(c.field)) continue;
        const from = text.slice(c.start, c.end);
        const to = halfWidth(from);
        if (to === from) continue;
        edits.push({ start: c.start, end: c.end, to });
        changes.push({ kind: 'fullwidth-digits', line: c.line, column: c.field, zh: `全角数字:“${from}” → “${to}”`, en: `full-width digits: "${from}" → "${to}"` });
      }
    }
    for (const e of edits.reverse()) text = text.slice(0, e.start) + e.to + text.slice(e.end);
  }

  // Empty rows at the end (blank lines, or only delimiters as Excel leaves them), and one final line break.
  const lines = text.split('\n');
  // a row of a control or invisible character is not empty: it is left for the validator to report
  const blank = (l: string) => l.split(csv.delimiter).every((c) => isBlankCell(c) || c === '""');
  let last = lines.length;
  while (last > 1 && blank(lines[last - 1]!)) last--;
  const droppedFrom = last + 1;
  const dropped = lines.slice(last).filter((l, k) => k < lines.length - last - 1 || l !== '').length;
  if (dropped > 0 && last < lines.length)
    changes.push({
      kind: 'trailing-empty-rows',
      line: droppedFrom,
      column: 0,
      zh: `删除文件末尾的 ${dropped} 个空行(第 ${droppedFrom} 行起)`,
      en: `removed ${dropped} empty row(s) at the end of the file (from line ${droppedFrom})`,
    });
  const hadFinalNewline = text.endsWith('\n');
  text = `${lines.slice(0, last).join('\n')}\n`;
  if (!hadFinalNewline && dropped === 0 && text.length > 1)
    changes.push({ kind: 'final-newline', line: last, column: 0, zh: '在文件末尾加上换行', en: 'added a line break at the end of the file' });

  return { bytes: new TextEncoder().encode(text), changes, encoding: decoded.encoding, notes };
}
