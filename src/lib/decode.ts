/**
 * Bytes of a CSV file → text, with a finding for everything that is not the data package's
 * form (UTF-8, no BOM, LF). The text returned is always decoded as well as it can be, so the
 * validator goes on to report every other problem of the file in the same run.
 */
import { finding, type Finding } from '../schemas/problem.ts';

export interface Decoded {
  text: string;
  /** What the bytes were: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `unknown`. */
  encoding: string;
  lineEnding: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  findings: Finding[];
}

const NORMALIZE = (file: string) => ({ zh: `运行 npm run normalize -- ${file}`, en: `run npm run normalize -- ${file}` });

export function detectEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without a BOM: ASCII text has a NUL in every other byte.
  const sample = bytes.subarray(0, 2000);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddNul++ : evenNul++);
  if (oddNul > sample.length / 8) return 'utf-16le';
  if (evenNul > sample.length / 8) return 'utf-16be';
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
  const findings: Finding[] = [];
  const encoding = detectEncoding(bytes);
  let text: string;
  switch (encoding) {
    case 'utf-8':
      text = new TextDecoder('utf-8').decode(bytes);
      break;
    case 'utf-8-bom':
      text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
      findings.push(
        finding('encoding.bom', '文件开头有 BOM(字节顺序标记)', 'the file starts with a byte-order mark (BOM)', {
          zh: `另存为不带 BOM 的 UTF-8,或${NORMALIZE(file).zh}`,
          en: `save as UTF-8 without BOM, or ${NORMALIZE(file).en}`,
        }),
      );
      break;
    case 'utf-16le':
    case 'utf-16be':
      text = new TextDecoder(encoding).decode(bytes);
      findings.push(
        finding('encoding.utf16', `文件是 ${encoding.toUpperCase()} 编码(Excel 的“Unicode 文本”),不是 UTF-8`, `the file is ${encoding.toUpperCase()} (Excel's "Unicode Text"), not UTF-8`, {
          zh: `在 Excel/WPS 中另存为“CSV UTF-8(逗号分隔)”,或${NORMALIZE(file).zh}`,
          en: `save as "CSV UTF-8 (Comma delimited)" in Excel/WPS, or ${NORMALIZE(file).en}`,
        }),
      );
      break;
    case 'gb18030':
      text = new TextDecoder('gb18030').decode(bytes);
      findings.push(
        finding('encoding.gb18030', '文件看来是 GBK/GB18030 编码(中文 Windows 下 Excel 的“CSV”),不是 UTF-8', 'the file seems to be GBK/GB18030 (Excel’s "CSV" on Chinese Windows), not UTF-8', {
          zh: `在 Excel/WPS 中另存为“CSV UTF-8(逗号分隔)”,或${NORMALIZE(file).zh}`,
          en: `save as "CSV UTF-8 (Comma delimited)" in Excel/WPS, or ${NORMALIZE(file).en}`,
        }),
      );
      break;
    default:
      text = new TextDecoder('utf-8').decode(bytes);
      findings.push(
        finding('encoding.unknown', '文件不是有效的 UTF-8,也无法识别其编码', 'the file is not valid UTF-8 and its encoding is not recognised', {
          zh: '用 Excel/WPS 另存为“CSV UTF-8(逗号分隔)”',
          en: 'save it as "CSV UTF-8 (Comma delimited)" from Excel/WPS',
        }),
      );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  const lineEnding = kinds > 1 ? 'mixed' : crlf ? 'crlf' : cr ? 'cr' : lf ? 'lf' : 'none';
  if (crlf || cr) {
    findings.push(
      finding('newline.crlf', '文件使用 Windows(CRLF)或旧式(CR)换行,应为 LF', 'the file uses Windows (CRLF) or old Mac (CR) line ends; the data package uses LF', NORMALIZE(file)),
    );
    text = text.replace(/\r\n?/g, '\n');
  }
  return { text, encoding, lineEnding, findings };
}
