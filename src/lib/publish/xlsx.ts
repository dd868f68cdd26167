/**
 * The whole data package as one Excel workbook (opens in Excel and WPS), written directly as
 * SpreadsheetML so that it is synchronous and byte-deterministic: a sheet "说明 about" (what,
 * version, licence, how to cite), one sheet per table named after it with the field names as
 * frozen header row, and a sheet "字段说明 dictionary" with each field's Chinese and English
 * title, type, unit and description.
 *
 * Cells: codes, ids, text and dates are text cells formatted as Text (so 12-digit codes and
 * leading zeros survive Excel); integers, years, money (yuan) and percents are numbers with the
 * same value as the CSV; booleans are TRUE/FALSE; an empty CSV cell is an empty cell. Text is
 * UTF-8 XML, so Chinese shows as written. Document dates and zip times are the release date.
 */
import type { Field } from '../../schemas/fields.ts';
import { tables, tableNames, type TableName } from '../../schemas/index.ts';
import type { TableDef } from '../../schemas/table.ts';
import type { Release } from '../changelog.ts';
import { fieldsOf, jsonValue, type CellRow, type JsonValue } from './cells.ts';
import { charPosition } from '../cell-checks.ts';
import { displaySafe } from '../display-safe.ts';
import { describeChar, kindOf } from '../text-checks.ts';
import { UnpublishableError } from './unpublishable.ts';
import { ZipWriter } from './zip.ts';

export interface AboutLine {
  label: string;
  value: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell styles (indexes into cellXfs below). */
const S = { plain: 0, text: 1, money: 2, header: 3, bold: 4, wrap: 5 } as const;

/** What XML 1.0 cannot carry: control characters, U+FFFE, U+FFFF, lone surrogates. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function xmlText(s: string): string {
  const bad = INVALID_XML.exec(s);
  if (bad) {
    const cp = bad[0].charCodeAt(0);
    const what = describeChar(cp, kindOf(cp) ?? 'control');
    throw new UnpublishableError(`工作簿(xlsx)中的文字第 ${charPosition(s, bad.index)} 个字符是 ${what.zh},XML 容不下它:“${displaySafe(s.slice(0, 40))}” / workbook text holds ${what.en} at character ${charPosition(s, bad.index)}, which XML cannot carry: "${displaySafe(s.slice(0, 40))}"`);
  }
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

interface Cell {
  value: JsonValue;
  style: number;
}

function cellXml(ref: string, c: Cell): string {
  const s = c.style ? ` s="${c.style}"` : '';
  if (c.value === null) return c.style ? `<c r="${ref}"${s}/>` : '';
  if (typeof c.value === 'number') return `<c r="${ref}"${s}><v>${String(c.value)}</v></c>`;
  if (typeof c.value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${c.value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(c.value)}</t></is></c>`;
}

const rowXml = (r: number, cells: readonly Cell[]) => `<row r="${r}">${cells.map((c, ci) => cellXml(`${columnName(ci)}${r}`, c)).join('')}</row>`;

interface Sheet {
  name: string;
  widths: number[];
  columnStyles: number[];
  /** How many rows `rows` gives (for the sheet's dimension). */
  rowCount: number;
  /** The rows, made one at a time as the sheet is written. */
  rows: () => Iterable<Cell[]>;
  frozenHeader: boolean;
}

/** Rows go out in batches of this many characters of XML, each deflated as it comes. */
const BATCH = 1 << 16;

function* sheetXml(sheet: Sheet): Generator<string> {
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${sheet.columnStyles[i] ? ` style="${sheet.columnStyles[i]}"` : ''}/>`).join('');
  const last = `${columnName(Math.max(0, sheet.widths.length - 1))}${Math.max(1, sheet.rowCount)}`;
  const view = sheet.frozenHeader
    ? '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  let xml = `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}"><dimension ref="A1:${last}"/><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`;
  let r = 0;
  for (const row of sheet.rows()) {
    xml += rowXml(++r, row);
    if (xml.length >= BATCH) {
      yield xml;
      xml = '';
    }
  }
  if (r !== sheet.rowCount) throw new Error(`sheet ${sheet.name}: ${r} rows written, ${sheet.rowCount} announced`);
  yield `${xml}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

const STYLES = `${HEAD}<styleSheet xmlns="${NS}">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF4"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

function tableSheet(table: TableDef<any>, rows: readonly CellRow[]): Sheet {
  const fields = fieldsOf(table);
  const styleOf = (f: Field<any>) => (f.meta.type === 'string' || f.meta.type === 'date' ? S.text : f.meta.kind === 'money' ? S.money : S.plain);
  const styles = fields.map(([, f]) => styleOf(f));
  return {
    name: table.name,
    widths: fields.map(([name, f]) => Math.min(40, Math.max(10, name.length + 2, f.meta.kind === 'money' ? 14 : 0))),
    columnStyles: styles,
    frozenHeader: true,
    rowCount: rows.length + 1,
    rows: function* () {
      yield fields.map(([name]) => ({ value: name, style: S.header }));
      for (const r of rows) yield fields.map(([name, f], i) => ({ value: jsonValue(f.meta.type, r[name] ?? ''), style: styles[i]! }));
    },
  };
}

function dictionarySheet(): Sheet {
  const cols = ['table', 'field', 'title_zh', 'title_en', 'type', 'unit', 'required', 'allowed_values', 'description_zh', 'description_en'];
  const rows: Cell[][] = [cols.map((c) => ({ value: c, style: S.header }))];
  for (const n of tableNames) {
    const t = tables[n] as TableDef<any>;
    for (const [name, f] of fieldsOf(t)) {
      const m = f.meta;
      rows.push([t.name, name, m.title.zh, m.title.en, m.type, m.unit ?? '', m.required ? 'true' : 'false', (m.constraints.enum ?? []).join(' | '), m.description.zh, m.description.en].map((v) => ({ value: v || null, style: S.text })));
    }
  }
  return { name: '字段说明 dictionary', widths: cols.map((c) => (c.startsWith('description') ? 50 : c === 'allowed_values' ? 30 : 18)), columnStyles: cols.map(() => S.text), frozenHeader: true, rowCount: rows.length, rows: () => rows };
}

function aboutSheet(about: readonly AboutLine[]): Sheet {
  const rows = about.map((l) => [{ value: l.label, style: S.bold }, { value: l.value, style: S.wrap }]);
  return { name: '说明 about', widths: [24, 100], columnStyles: [S.text, S.wrap], frozenHeader: false, rowCount: rows.length, rows: () => rows };
}

const SHEET_NAMES = ['说明 about', ...tableNames.map((n) => tables[n].name), '字段说明 dictionary'];
for (const name of SHEET_NAMES) if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`not a valid sheet name: ${name}`);

/**
 * The workbook, written as the tables come (`addTable` in the order of `tableNames`), so that
 * only one table's rows are needed at a time and each sheet is deflated as it is written.
 */
export class DatasetWorkbook {
  readonly #zip: ZipWriter;
  #next = 0;

  constructor(release: Release, about: readonly AboutLine[]) {
    this.#zip = new ZipWriter(release.date);
    const when = `${release.date}T00:00:00Z`;
    const title = `玉龙纳西族自治县村务公开账本 ${release.version}`;
    const sheets = SHEET_NAMES;
    const files: [string, string][] = [
      [
        '[Content_Types].xml',
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
      ],
      [
        '_rels/.rels',
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
      ],
      [
        'docProps/core.xml',
        `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(title)}</dc:title><dc:creator>Open Village Ledger / 村务公开账本</dc:creator><cp:lastModifiedBy>Open Village Ledger / 村务公开账本</cp:lastModifiedBy><cp:version>${xmlText(release.version)}</cp:version><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`,
      ],
      ['docProps/app.xml', `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Open Village Ledger</Application></Properties>`],
      [
        'xl/workbook.xml',
        `${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
      ],
      [
        'xl/_rels/workbook.xml.rels',
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ],
      ['xl/styles.xml', STYLES],
    ];
    for (const [name, text] of files) this.#zip.add(name, [text]);
    this.#sheet(aboutSheet(about));
  }

  #sheet(sheet: Sheet): void {
    const i = SHEET_NAMES.indexOf(sheet.name);
    if (i !== this.#next) throw new Error(`sheet ${sheet.name} out of order: the workbook expects ${SHEET_NAMES[this.#next]}`);
    this.#zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet));
    this.#next++;
  }

  /** The next table's sheet; its rows are not kept. */
  addTable(table: TableDef<any>, rows: readonly CellRow[]): this {
    this.#sheet(tableSheet(table, rows));
    return this;
  }

  /** The dictionary sheet, then the workbook's bytes. */
  finish(): Uint8Array {
    this.#sheet(dictionarySheet());
    return this.#zip.finish();
  }
}
