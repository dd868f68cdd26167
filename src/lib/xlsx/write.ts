/**
 * A small SpreadsheetML writer for fill-in workbooks: sheets (one may be hidden), column widths
 * and formats, frozen header rows, data validation (drop-down lists, whole numbers, dates, input
 * and error messages) and defined names. Written as XML over the deterministic zip writer, so
 * the same input gives the same bytes on every machine, fast enough for a template per village at
 * province scale (exceljs writes the same features but takes ~100 ms a workbook and stamps the
 * time into its zip).
 */
import { columnLetter } from '../../schemas/problem.ts';
import { deflateSync } from 'fflate';
import { xmlText } from '../publish/xlsx.ts';

/** Cell styles (indexes into cellXfs below). */
export const STYLE = {
  plain: 0,
  text: 1,
  date: 2,
  money: 3,
  integer: 4,
  headerRequired: 5,
  headerOptional: 6,
  headerDelete: 7,
  bold: 8,
  wrap: 9,
  title: 10,
  subheader: 11,
} as const;

const DATE_FORMAT = 'yyyy-mm-dd';
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="${DATE_FORMAT}"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFCE4C4"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF4"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDDDDD"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="12">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>
<xf numFmtId="49" fontId="1" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>
<xf numFmtId="49" fontId="1" fillId="4" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>
<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>
<xf numFmtId="49" fontId="0" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

export interface Cell {
  /** Text (an inline string), a number, or nothing (a styled empty cell). */
  v: string | number | null;
  s?: number;
}

export interface Validation {
  /** Cells it applies to, e.g. `B2:B1048576`. */
  sqref: string;
  type: 'list' | 'whole' | 'decimal' | 'date' | 'textLength' | 'custom' | 'none';
  operator?: 'between' | 'equal' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  formula1?: string;
  formula2?: string;
  /** The input message shown when a cell is selected (title ≤ 32 characters, text ≤ 255). */
  prompt?: { title: string; text: string };
  /** What Excel says to a value that does not fit; `warning` lets the editor keep it. */
  error?: { title: string; text: string; style: 'stop' | 'warning' };
}

export interface Sheet {
  name: string;
  hidden?: boolean;
  cols: { width: number; style?: number }[];
  rows: Cell[][];
  frozenRows?: number;
  validations?: Validation[];
}

export interface WorkbookSpec {
  title: string;
  /** ISO date: the documents' dates and the zip entries' times. */
  date: string;
  sheets: Sheet[];
  /** Defined names, e.g. `{ name: 'list_village_code', ref: "lists!$A$2:$A$105" }`. */
  names?: { name: string; ref: string }[];
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Excel's limits on input and error messages (longer ones make it refuse the file). */
const clip = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);

function cellXml(ref: string, c: Cell): string {
  const s = c.s ? ` s="${c.s}"` : '';
  if (c.v === null) return c.s ? `<c r="${ref}"${s}/>` : '';
  if (typeof c.v === 'number') return `<c r="${ref}"${s}><v>${c.v}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(c.v)}</t></is></c>`;
}

function validationXml(v: Validation): string {
  const a = [`type="${v.type}"`];
  if (v.operator && v.operator !== 'between') a.push(`operator="${v.operator}"`);
  if (v.error?.style === 'warning') a.push('errorStyle="warning"');
  a.push('allowBlank="1"');
  if (v.prompt) a.push('showInputMessage="1"');
  if (v.error) a.push('showErrorMessage="1"');
  if (v.error) a.push(`errorTitle="${xmlText(clip(v.error.title, 32))}"`, `error="${xmlText(clip(v.error.text, 255))}"`);
  if (v.prompt) a.push(`promptTitle="${xmlText(clip(v.prompt.title, 32))}"`, `prompt="${xmlText(clip(v.prompt.text, 255))}"`);
  a.push(`sqref="${v.sqref}"`);
  const f = (v.formula1 !== undefined ? `<formula1>${xmlText(v.formula1)}</formula1>` : '') + (v.formula2 !== undefined ? `<formula2>${xmlText(v.formula2)}</formula2>` : '');
  return `<dataValidation ${a.join(' ')}>${f}</dataValidation>`;
}

function sheetXml(sheet: Sheet): string {
  const width = Math.max(1, sheet.cols.length, ...sheet.rows.map((r) => r.length));
  const last = `${columnLetter(width)}${Math.max(1, sheet.rows.length)}`;
  const view = sheet.frozenRows
    ? `<sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.frozenRows + 1}" sqref="A${sheet.frozenRows + 1}"/></sheetView>`
    : '<sheetView workbookViewId="0"/>';
  const cols = sheet.cols.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.style ? ` style="${c.style}"` : ''}/>`).join('');
  const rows = sheet.rows.map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cellXml(`${columnLetter(j + 1)}${i + 1}`, c)).join('')}</row>`).join('');
  const dv = sheet.validations?.length ? `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join('')}</dataValidations>` : '';
  return `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}"><dimension ref="A1:${last}"/><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>${dv}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

export function writeWorkbook(spec: WorkbookSpec): Uint8Array {
  const { sheets } = spec;
  for (const s of sheets) if (!SHEET_NAME.test(s.name) || s.name.startsWith("'")) throw new Error(`not a valid sheet name: ${s.name}`);
  if (!sheets.length || sheets[0]!.hidden) throw new Error('a workbook needs a visible first sheet');
  const zip = new CachedZip(spec.date);
  const when = `${spec.date}T00:00:00Z`;
  const overrides = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ];
  zip.add('[Content_Types].xml', [
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  ]);
  zip.add('_rels/.rels', [
    `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  ]);
  zip.add('docProps/core.xml', [
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(spec.title)}</dc:title><dc:creator>Open Village Ledger / 村务公开账本</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`,
  ]);
  zip.add('docProps/app.xml', [`${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Open Village Ledger</Application></Properties>`]);
  const names = spec.names?.length ? `<definedNames>${spec.names.map((n) => `<definedName name="${xmlText(n.name)}">${xmlText(n.ref)}</definedName>`).join('')}</definedNames>` : '';
  zip.add('xl/workbook.xml', [
    `${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets>${names}</workbook>`,
  ]);
  zip.add('xl/_rels/workbook.xml.rels', [
    `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  ]);
  zip.add('xl/styles.xml', [STYLES]);
  sheets.forEach((s, i) => zip.add(`xl/worksheets/sheet${i + 1}.xml`, [sheetXml(s)]));
  return zip.finish();
}

// ---------------------------------------------------------------- the zip container

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Deflated {
  crc: number;
  size: number;
  data: Uint8Array;
}

/**
 * Parts that many workbooks of a build share (the styles, the content types, the workbook part,
 * an empty table's sheet) are deflated once: the templates of 15,000 villages repeat them.
 */
const deflated = new Map<string, Deflated>();
const CACHE_LIMIT = 400;
const utf8 = new TextEncoder();

function deflate(text: string): Deflated {
  const hit = deflated.get(text);
  if (hit) return hit;
  const raw = utf8.encode(text);
  const d = { crc: crc32(raw), size: raw.length, data: deflateSync(raw, { level: 6 }) };
  if (deflated.size >= CACHE_LIMIT) deflated.delete(deflated.keys().next().value!);
  deflated.set(text, d);
  return d;
}

/** A zip of deflated entries with a fixed date (midnight), in the order added: the same bytes everywhere. */
class CachedZip {
  readonly #entries: { name: Uint8Array; d: Deflated }[] = [];
  readonly #dosDate: number;

  constructor(isoDate: string) {
    const [y, m, d] = isoDate.split('-').map(Number);
    this.#dosDate = ((y! - 1980) << 9) | (m! << 5) | d!;
  }

  add(name: string, parts: string[]): void {
    this.#entries.push({ name: utf8.encode(name), d: deflate(parts.join('')) });
  }

  finish(): Uint8Array {
    const size = this.#entries.reduce((n, e) => n + 30 + e.name.length + e.d.data.length + 46 + e.name.length, 22);
    const out = new Uint8Array(size);
    const view = new DataView(out.buffer);
    let at = 0;
    const offsets: number[] = [];
    const header = (sig: number, e: { name: Uint8Array; d: Deflated }, central: boolean) => {
      view.setUint32(at, sig, true);
      at += 4;
      if (central) (view.setUint16(at, 20, true), (at += 2));
      view.setUint16(at, 20, true); // version needed
      view.setUint16(at + 2, 0x0800, true); // names are UTF-8
      view.setUint16(at + 4, 8, true); // deflate
      view.setUint16(at + 6, 0, true); // 00:00
      view.setUint16(at + 8, this.#dosDate, true);
      view.setUint32(at + 10, e.d.crc, true);
      view.setUint32(at + 14, e.d.data.length, true);
      view.setUint32(at + 18, e.d.size, true);
      view.setUint16(at + 22, e.name.length, true);
      view.setUint16(at + 24, 0, true);
      at += 26;
    };
    for (const e of this.#entries) {
      offsets.push(at);
      header(0x04034b50, e, false);
      out.set(e.name, at);
      at += e.name.length;
      out.set(e.d.data, at);
      at += e.d.data.length;
    }
    const central = at;
    this.#entries.forEach((e, i) => {
      header(0x02014b50, e, true);
      view.setUint16(at, 0, true); // comment length
      view.setUint16(at + 2, 0, true); // disk
      view.setUint16(at + 4, 0, true); // internal attributes
      view.setUint32(at + 6, 0, true); // external attributes
      view.setUint32(at + 10, offsets[i]!, true);
      at += 14;
      out.set(e.name, at);
      at += e.name.length;
    });
    view.setUint32(at, 0x06054b50, true);
    view.setUint16(at + 8, this.#entries.length, true);
    view.setUint16(at + 10, this.#entries.length, true);
    view.setUint32(at + 12, at - central, true);
    view.setUint32(at + 16, central, true);
    return out;
  }
}

/** The Excel serial number of an ISO date (days since 1899-12-30). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y!, m! - 1, d!) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
