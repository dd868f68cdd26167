/**
 * What a file is when it is not text at all: a workbook or an archive saved (or renamed) with a
 * .csv name, recognised by its first bytes, so the validator says so in one line instead of a
 * cascade of decoding and header errors. Pure.
 */
import type { Bilingual } from '../schemas/problem.ts';

export interface BinaryKind {
  kind: 'xlsx' | 'ods' | 'docx' | 'zip' | 'ole' | 'pdf';
  /** What it is, as a noun phrase. */
  what: Bilingual;
}

const latin1 = new TextDecoder('latin1');
const ascii = (bytes: Uint8Array, from: number, to: number) => latin1.decode(bytes.subarray(from, to));

/** The kind of a binary file by its magic bytes, or null for anything that may be text. */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  // a zip archive (PK\x03\x04): an Office Open XML or OpenDocument file is one; the names of its
  // first entries, stored uncompressed in their local headers, say which
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const head = ascii(bytes, 0, Math.min(bytes.length, 64 * 1024));
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))
      return { kind: 'ods', what: { zh: 'OpenDocument 电子表格(.ods)', en: 'an OpenDocument spreadsheet (.ods)' } };
    if (/xl\/(workbook|worksheets|styles|sharedStrings)/.test(head) || (head.includes('[Content_Types].xml') && !head.includes('word/')))
      return { kind: 'xlsx', what: { zh: 'Excel 工作簿(.xlsx)', en: 'an Excel workbook (.xlsx)' } };
    if (head.includes('word/')) return { kind: 'docx', what: { zh: 'Word 文档(.docx)', en: 'a Word document (.docx)' } };
    return { kind: 'zip', what: { zh: 'zip 压缩包', en: 'a zip archive' } };
  }
  // an OLE compound file: Excel 97–2003 (.xls), WPS (.et) or Word 97–2003 (.doc)
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 && bytes[4] === 0xa1 && bytes[5] === 0xb1 && bytes[6] === 0x1a && bytes[7] === 0xe1)
    return { kind: 'ole', what: { zh: '旧版 Excel 97–2003 工作簿(.xls)或 WPS 表格(.et)', en: 'an old Excel 97–2003 workbook (.xls) or a WPS sheet (.et)' } };
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'pdf', what: { zh: 'PDF 文件', en: 'a PDF file' } };
  return null;
}

/** How to turn a file of this kind into the table's CSV file. */
export function saveAsCsv(k: BinaryKind, name: string): Bilingual {
  switch (k.kind) {
    case 'xlsx':
    case 'ods':
    case 'ole':
      return {
        zh: `用 Excel 或 WPS 打开它,选“文件 → 另存为”,保存类型选“CSV UTF-8(逗号分隔)(*.csv)”,文件名为 ${name};只改扩展名不能把工作簿变成 CSV`,
        en: `open it in Excel or WPS, choose File → Save As, file type "CSV UTF-8 (Comma delimited) (*.csv)", name ${name}; renaming a workbook does not make it CSV`,
      };
    case 'zip':
      return { zh: `解压它,把其中的 ${name} 放在这里`, en: `unzip it and put the ${name} inside it here` };
    case 'docx':
    case 'pdf':
      return {
        zh: `数据文件必须是 CSV:把表格复制到 Excel/WPS 中,按数据字典的列另存为“CSV UTF-8(逗号分隔)”,文件名为 ${name}`,
        en: `a data file must be CSV: copy the table into Excel/WPS, with the data dictionary's columns, and save it as "CSV UTF-8 (Comma delimited)" named ${name}`,
      };
  }
}
