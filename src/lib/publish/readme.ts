/** README.md of a download: what it is, which version, the licence, how to cite, and every file. */
import { tables, tableNames, type TableName } from '../../schemas/index.ts';
import { packageMeta } from '../../schemas/package.ts';
import type { Release } from '../changelog.ts';
import { citations, TITLE_EN, TITLE_ZH, versionUrl } from './citation.ts';

export interface ReadmeInput {
  release: Release;
  rowCounts: Record<TableName, number>;
  xlsxName: string;
  zipName: string;
  /** The address of the site the files are published on (`https://example.org/ledger/`). */
  siteRoot: string;
}

export function releaseReadme({ release, rowCounts, xlsxName, zipName, siteRoot }: ReadmeInput): string {
  const c = citations(release, siteRoot);
  const url = versionUrl(siteRoot, release.version);
  const rows = tableNames
    .map((n) => `| \`${n}.csv\`, \`${n}.json\` | ${tables[n].title.zh} / ${tables[n].title.en} | ${rowCounts[n]} |`)
    .join('\n');
  return `# ${TITLE_ZH} / ${TITLE_EN}

数据版本 / Data version: **${release.version}** (${release.date})
永久地址 / Permanent URL: <${url}>
许可 / Licence: CC BY 4.0 (LICENSE.md)

${packageMeta.description}

## 本版本的变更 / Changes in this version

${release.body || '-'}

## 文件 / Files

| 文件 / file | 内容 / content | 行数 / rows |
| --- | --- | --- |
${rows}

- \`datapackage.json\`: Frictionless Data Package(表结构、字段说明、主键与外键;每个 CSV 的 \`bytes\` 与 \`hash\`)/ the table schemas, field descriptions, keys, and each CSV's \`bytes\` and \`hash\`.
- \`${xlsxName}\`: 同样的数据,一张表一个工作表,另有“说明 about”与“字段说明 dictionary”工作表 / the same tables in one workbook (Excel, WPS), plus an about sheet and a data dictionary.
- \`${zipName}\`: 以上全部文件 / all of the above in one archive.
- \`SHA256SUMS\`: 每个文件的 SHA-256(\`sha256sum -c SHA256SUMS\`)/ checksums of every file.

CSV:UTF-8(无 BOM)、LF 换行、RFC 4180 引号,第一行为字段名;空单元格表示无值。金额单位为元(最多两位小数),百分比为 0–100 的数。
CSV: UTF-8 without BOM, LF line ends, RFC 4180 quoting, header row of field names; an empty cell means no value. Money is in yuan (at most 2 decimals), percents are numbers from 0 to 100.

JSON:每张表是一个对象数组,字段名与 CSV 相同;数字为 JSON 数,true/false 为布尔值,空单元格为 null。
JSON: each table is an array of objects with the CSV's field names; numbers are JSON numbers, booleans true/false, empty cells null.

\`source_id\` 为 \`SYN\` 的行是演示(合成)数据,不是真实数字。/ Rows whose \`source_id\` is \`SYN\` are synthetic demonstration data, not real figures.

## 如何引用 / How to cite

GB/T 7714-2015:

    ${c.gbt7714}

APA 7:

    ${c.apa}

BibTeX:

${c.bibtex.split('\n').map((l) => `    ${l}`).join('\n')}
`;
}
