/** LICENSE.md of a download: the data licence (CC BY 4.0), how to attribute, and what SYN means. */
import type { Release } from '../changelog.ts';
import { TITLE_EN, TITLE_ZH } from './citation.ts';

export function licenseText(release: Release): string {
  return `# 数据许可 / Data licence

本数据包(${TITLE_ZH},数据版本 ${release.version})以 **知识共享署名 4.0 国际许可协议(CC BY 4.0)** 发布。
您可以自由地共享(复制、发行)和演绎(修改、转换、再创作)本数据,包括商业用途,
惟须署名、提供许可协议链接,并注明是否作了修改。
协议全文:<https://creativecommons.org/licenses/by/4.0/legalcode.zh-hans>

This data package (${TITLE_EN}, data version ${release.version}) is licensed under the
**Creative Commons Attribution 4.0 International licence (CC BY 4.0)**. You may share and adapt
it for any purpose, even commercially, provided you give appropriate credit, link to the licence
and indicate if changes were made. Legal code: <https://creativecommons.org/licenses/by/4.0/legalcode>

署名方式 / Attribution: “${TITLE_ZH},数据版本 ${release.version}” / "${TITLE_EN}, data version
${release.version}", with a link to the site (see README.md, “如何引用 / How to cite”).

公开发表的数字来自 sources 表所列的来源;\`source_id\` 为 \`SYN\` 的行是演示(合成)数据,不是真实数字。
Published figures come from the sources listed in the sources table; rows whose \`source_id\` is
\`SYN\` are synthetic demonstration data, not real figures.
`;
}
