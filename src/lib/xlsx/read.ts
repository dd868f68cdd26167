/**
 * Reads an .xlsx workbook (Office Open XML, as Excel, WPS and LibreOffice save it) into its sheets
 * and cells, keeping what a cell holds as the file stores it: text, a number (with the number
 * format of its style, so a date is a serial number that says it is a date), a boolean or an error
 * value. Nothing is converted here: src/lib/import/convert.ts turns cells into CSV text, field by
 * field. Pure and browser-safe (fflate unzips; the few XML parts a reader needs are read with a
 * small tokenizer, since a DOM is not there in Node).
 */
import { unzipSync } from 'fflate';

export type XlsxValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format: string; date: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; text: string };

export interface XlsxCell {
  /** 1-based row and column, as the spreadsheet numbers them. */
  row: number;
  col: number;
  value: XlsxValue;
  /** The cell holds a formula; `value` is its result as last calculated. */
  formula: boolean;
}

export interface XlsxSheet {
  name: string;
  hidden: boolean;
  /** Cells with a value, row by row, left to right. */
  cells: XlsxCell[];
}

export interface XlsxWorkbook {
  sheets: XlsxSheet[];
  /** Dates count days from 1904-01-01 (old Mac workbooks) instead of 1899-12-30. */
  date1904: boolean;
}

/** Not a workbook, or one that cannot be read: said in both languages. */
export class XlsxError extends Error {
  readonly zh: string;
  constructor(zh: string, en: string) {
    super(en);
    this.zh = zh;
  }
}

const utf8 = new TextDecoder('utf-8');

// ---------------------------------------------------------------- a small XML tokenizer

/** An element's tag: local name (namespace prefix dropped), attributes, and where it is. */
interface Tag {
  name: string;
  attrs: string;
  close: boolean;
  selfClose: boolean;
  start: number;
  end: number;
}

// attribute values may hold '>' (number formats such as [>=100]0), so they are matched whole
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

function* tags(xml: string): Generator<Tag> {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml))
    yield { name: m[2]!, attrs: m[3] ?? '', close: m[1] === '/', selfClose: m[4] === '/', start: m.index, end: TAG.lastIndex };
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** XML entities, then the `_xHHHH_` escapes Office uses for characters XML cannot carry. */
export function decodeXml(s: string): string {
  if (s.includes('&'))
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
    );
  if (s.includes('_x')) s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/** The text of the `<t>` elements in a fragment (a shared string or an inline string), phonetic runs left out. */
function textOf(fragment: string): string {
  const body = fragment.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let out = '';
  const T = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  for (let m = T.exec(body); m; m = T.exec(body)) out += decodeXml(m[1] ?? '');
  return out;
}

// ---------------------------------------------------------------- number formats

/** Number formats every spreadsheet knows by id (ECMA-376 §18.8.30), and the East Asian date ids. */
const BUILTIN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'yyyy-mm-dd', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'yyyy-mm-dd h:mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
// 27–36 and 50–58 are dates and times in the Chinese, Japanese and Korean locales (年/月/日)
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN[id] = 'yyyy"年"m"月"d"日"';

/** Whether a number format shows a date or time (what makes a number a date in Excel). */
export function isDateFormat(format: string): boolean {
  if (/^general$/i.test(format.trim())) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/E[+-]/gi, '')
    .split(';')[0]!;
  return /[dmyhse]/i.test(bare);
}

// ---------------------------------------------------------------- the workbook

function cellPosition(ref: string | undefined): { row: number; col: number } | null {
  const m = ref ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref) : null;
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) p === '..' ? out.pop() : p !== '.' && out.push(p);
  return out.join('/');
}

function sheetCells(xml: string, shared: readonly string[], formats: readonly string[]): XlsxCell[] {
  const cells: XlsxCell[] = [];
  let row = 0;
  let col = 0;
  let open: { row: number; col: number; type: string; style: number; start: number } | null = null;
  for (const t of tags(xml)) {
    if (t.name === 'row' && !t.close) {
      const r = Number(attr(t.attrs, 'r'));
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      col = 0;
      continue;
    }
    if (t.name !== 'c') continue;
    if (!t.close) {
      const at = cellPosition(attr(t.attrs, 'r'));
      if (at) ({ row, col } = at);
      else col++;
      if (t.selfClose) continue; // a formatted empty cell
      open = { row, col, type: attr(t.attrs, 't') ?? 'n', style: Number(attr(t.attrs, 's') ?? 0), start: t.end };
      continue;
    }
    if (!open) continue;
    const body = xml.slice(open.start, t.start);
    const v = /<(?:[\w.-]+:)?v\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(body)?.[1];
    const formula = /<(?:[\w.-]+:)?f\b/.test(body);
    let value: XlsxValue | null = null;
    switch (open.type) {
      case 's': {
        const s = v === undefined ? undefined : shared[Number(v)];
        if (s === undefined) throw new XlsxError(`单元格引用了不存在的共享字符串 ${v}`, `a cell refers to shared string ${v}, which does not exist`);
        value = { kind: 'text', text: s };
        break;
      }
      case 'inlineStr':
        value = { kind: 'text', text: textOf(body) };
        break;
      case 'str':
        value = v === undefined ? null : { kind: 'text', text: decodeXml(v) };
        break;
      case 'b':
        value = v === undefined ? null : { kind: 'boolean', value: v.trim() === '1' || v.trim() === 'true' };
        break;
      case 'e':
        value = { kind: 'error', text: decodeXml(v ?? '#VALUE!') };
        break;
      case 'd':
        // an ISO 8601 date written as text (rare; LibreOffice can write it): kept as its date
        value = v === undefined ? null : { kind: 'text', text: decodeXml(v).slice(0, 10) };
        break;
      default: {
        if (v === undefined || v.trim() === '') break;
        const n = Number(v);
        if (!Number.isFinite(n)) throw new XlsxError(`单元格的数字无法读取:${v.slice(0, 20)}`, `a cell's number cannot be read: ${v.slice(0, 20)}`);
        const format = formats[open.style] ?? 'General';
        value = { kind: 'number', value: n, format, date: isDateFormat(format) };
      }
    }
    if (value) cells.push({ row: open.row, col: open.col, value, formula });
    else if (formula) cells.push({ row: open.row, col: open.col, value: { kind: 'error', text: '' }, formula });
    open = null;
  }
  return cells;
}

function styleFormats(xml: string | undefined): string[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g))
    custom.set(Number(attr(m[1]!, 'numFmtId')), attr(m[1]!, 'formatCode') ?? 'General');
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out: string[] = [];
  for (const m of xfs.matchAll(/<(?:[\w.-]+:)?xf\b((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)) {
    const id = Number(attr(m[1]!, 'numFmtId') ?? 0);
    out.push(custom.get(id) ?? BUILTIN[id] ?? 'General');
  }
  return out;
}

export function readXlsx(bytes: Uint8Array): XlsxWorkbook {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new XlsxError('这不是 .xlsx 文件(不是 zip 格式);旧的 .xls 请在 Excel/WPS 中另存为 .xlsx', 'this is not an .xlsx file (not a zip); save an old .xls as .xlsx in Excel/WPS');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') && f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  } catch (e) {
    throw new XlsxError(`文件已损坏,无法解压(${(e as Error).message})`, `the file is damaged and cannot be unzipped (${(e as Error).message})`);
  }
  const text = (name: string) => (files[name] ? utf8.decode(files[name]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new XlsxError('文件中没有工作簿(xl/workbook.xml),不是 Excel 工作簿', 'the file holds no workbook (xl/workbook.xml): it is not an Excel workbook');
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<(?:[\w.-]+:)?Relationship\b((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g))
    rels.set(attr(m[1]!, 'Id') ?? '', resolveTarget(attr(m[1]!, 'Target') ?? ''));

  const shared: string[] = [];
  const sst = text('xl/sharedStrings.xml');
  if (sst) for (const m of sst.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g)) shared.push(textOf(m[1] ?? ''));
  const formats = styleFormats(text('xl/styles.xml'));

  const pr = /<(?:[\w.-]+:)?workbookPr\b((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)/.exec(workbook)?.[1] ?? '';
  const date1904 = ['1', 'true'].includes(attr(pr, 'date1904') ?? '');
  const sheets: XlsxSheet[] = [];
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)) {
    const name = attr(m[1]!, 'name') ?? '';
    const path = rels.get(attr(m[1]!, 'id') ?? '');
    const xml = path ? text(path) : undefined;
    if (!xml) continue; // a chart sheet or a missing part: no cells
    const state = attr(m[1]!, 'state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', cells: sheetCells(xml, shared, formats) });
  }
  return { sheets, date1904 };
}
