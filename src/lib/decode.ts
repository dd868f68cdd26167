/**
 * Bytes of a CSV file → text, with a finding for everything that is not the data package's
 * form (UTF-8, no BOM, LF). The text returned is always decoded as well as it can be, so the
 * validator goes on to report every other problem of the file in the same run.
 */
import { finding, type Finding } from '../schemas/problem.ts';

/** A finding with the line it is on (column 0: the whole line). */
export interface Located extends Finding {
  line: number;
  column: number;
}

export interface Decoded {
  text: string;
  /** What the bytes were: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `unknown`. */
  encoding: string;
  lineEnding: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  findings: Located[];
}

const NORMALIZE = (file: string) => ({ zh: `运行 npm run normalize -- ${file}`, en: `run npm run normalize -- ${file}` });

/** Index of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** 1-based line of byte `index` (counting LF bytes; right for UTF-8 and GB18030 alike). */
function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function detectEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without a BOM: ASCII text has a NUL in every other byte, on one side only (a run of
  // NUL characters in a UTF-8 file has them on both sides: it is a cell's problem, not an encoding).
  const sample = bytes.subarray(0, 2000);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddNul++ : evenNul++);
  if (oddNul > sample.length / 8 && evenNul * 4 < oddNul) return 'utf-16le';
  if (evenNul > sample.length / 8 && oddNul * 4 < evenNul) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      return 'gb18030';
    } catch {
      return 'unknown';
    }
  }
}

export function decodeCsv(bytes: Uint8Array, file: string): Decoded {
  const findings: Located[] = [];
  const encoding = detectEncoding(bytes);
  const push = (f: Finding, line: number, column: number) => findings.push({ ...f, line, column });
  // Where the first byte that is not UTF-8 is: the line an editor should look at.
  const badLine = () => {
    const i = firstInvalidUtf8(bytes);
    return i < 0 ? 1 : lineOfByte(bytes, i);
  };
  let text: string;
  switch (encoding) {
    case 'utf-8':
      text = new TextDecoder('utf-8').decode(bytes);
      break;
    case 'utf-8-bom':
      text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
      push(
        finding('encoding.bom', '文件开头有 BOM(字节顺序标记)', 'the file starts with a byte-order mark (BOM)', {
          zh: `另存为不带 BOM 的 UTF-8,或${NORMALIZE(file).zh}`,
          en: `save as UTF-8 without BOM, or ${NORMALIZE(file).en}`,
        }),
        1,
        1,
      );
      break;
    case 'utf-16le':
    case 'utf-16be':
      text = new TextDecoder(encoding).decode(bytes);
      push(
        finding('encoding.utf16', `文件是 ${encoding.toUpperCase()} 编码(Excel 的“Unicode 文本”),不是 UTF-8`, `the file is ${encoding.toUpperCase()} (Excel's "Unicode Text"), not UTF-8`, {
          zh: `在 Excel/WPS 中另存为“CSV UTF-8(逗号分隔)”,或${NORMALIZE(file).zh}`,
          en: `save as "CSV UTF-8 (Comma delimited)" in Excel/WPS, or ${NORMALIZE(file).en}`,
        }),
        1,
        0,
      );
      break;
    case 'gb18030':
      text = new TextDecoder('gb18030').decode(bytes);
      push(
        finding('encoding.gb18030', '文件看来是 GBK/GB18030 编码(中文 Windows 下 Excel 的“CSV”),不是 UTF-8', 'the file seems to be GBK/GB18030 (Excel’s "CSV" on Chinese Windows), not UTF-8', {
          zh: `在 Excel/WPS 中另存为“CSV UTF-8(逗号分隔)”,或${NORMALIZE(file).zh}`,
          en: `save as "CSV UTF-8 (Comma delimited)" in Excel/WPS, or ${NORMALIZE(file).en}`,
        }),
        badLine(),
        0,
      );
      break;
    default:
      text = new TextDecoder('utf-8').decode(bytes);
      push(
        finding('encoding.unknown', '文件不是有效的 UTF-8,也无法识别其编码', 'the file is not valid UTF-8 and its encoding is not recognised', {
          zh: '用 Excel/WPS 另存为“CSV UTF-8(逗号分隔)”',
          en: 'save it as "CSV UTF-8 (Comma delimited)" from Excel/WPS',
        }),
        badLine(),
        0,
      );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // Line ends, counted without building an array of a million matches.
  let lineEnding: Decoded['lineEnding'] = 'none';
  const firstCr = text.indexOf('\r');
  if (firstCr < 0) lineEnding = text.includes('\n') ? 'lf' : 'none';
  else {
    let crlf = 0;
    let cr = 0;
    let lf = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) text.charCodeAt(i + 1) === 10 ? (crlf++, i++) : cr++;
      else if (c === 10) lf++;
    }
    const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
    lineEnding = kinds > 1 ? 'mixed' : crlf ? 'crlf' : 'cr';
    let line = 1;
    for (let i = 0; i < firstCr; i++) if (text.charCodeAt(i) === 10) line++;
    push(
      finding('newline.crlf', '文件使用 Windows(CRLF)或旧式(CR)换行,应为 LF', 'the file uses Windows (CRLF) or old Mac (CR) line ends; the data package uses LF', NORMALIZE(file)),
      line,
      0,
    );
    text = text.replace(/\r\n?/g, '\n');
  }
  return { text, encoding, lineEnding, findings };
}
