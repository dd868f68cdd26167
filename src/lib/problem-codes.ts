/**
 * Every code the validator can emit, with what it means and how to fix it, in Chinese and
 * English. docs/validation.md is generated from this list (node scripts/write-validation-docs.ts),
 * and tests/problem-codes.test.ts fails when the code emits a code that is not listed here or
 * the page has drifted from the list.
 */
import type { Bilingual } from '../schemas/problem.ts';

export interface ProblemCode {
  code: string;
  meaning: Bilingual;
  fix: Bilingual;
}

export interface ProblemGroup {
  title: Bilingual;
  codes: ProblemCode[];
}

const c = (code: string, zh: string, en: string, fixZh: string, fixEn: string): ProblemCode => ({
  code,
  meaning: { zh, en },
  fix: { zh: fixZh, en: fixEn },
});

export const problemGroups: ProblemGroup[] = [
  {
    title: { zh: '文件与编码', en: 'Files and encoding' },
    codes: [
      c('file.missing', '数据包缺少某张表的 CSV 文件', 'a table’s CSV file is missing from the data folder', '加上该文件;没有数据时只写表头一行', 'add the file; a header line alone will do when there are no rows'),
      c('file.unknown', '数据目录中有不属于数据包的 CSV 文件', 'a CSV file in the data folder is not a table of the package', '改成正确的文件名(全小写,如 villages.csv),或移出 data/', 'rename it to the table’s file name (lower case, e.g. villages.csv) or move it out of data/'),
      c('file.case', '文件名与表的文件名只差大小写(Villages.CSV);它仍按该表检查,或者是同一张表的第二个副本', 'a file name differs from a table’s only in letter case (Villages.CSV); it is still checked as that table, or it is a second copy of it', '按提示改名(全小写,如 villages.csv),或删除多余的副本', 'rename it as the hint says (all lower case, e.g. villages.csv), or delete the extra copy'),
      c('file.not-csv', '文件名以 .csv 结尾,内容却是 Excel 工作簿(.xlsx、.xls)、WPS 表格、zip 压缩包或 PDF', 'a file with a .csv name holds an Excel workbook (.xlsx, .xls), a WPS sheet, a zip archive or a PDF', '在 Excel/WPS 中“另存为”“CSV UTF-8(逗号分隔)”;只改扩展名没有用', 'in Excel/WPS use Save As “CSV UTF-8 (Comma delimited)”; renaming the file does not convert it'),
      c('encoding.bom', '文件开头有 BOM(Excel 的“CSV UTF-8”会加上)', 'the file starts with a byte-order mark (Excel’s “CSV UTF-8” adds one)', '运行 npm run normalize -- 文件', 'run npm run normalize -- FILE'),
      c('encoding.gb18030', '文件是 GBK/GB18030 编码(中文 Windows 下 Excel 另存的“CSV”)', 'the file is GBK/GB18030 (Excel’s plain “CSV” on Chinese Windows)', '在 Excel/WPS 中另存为“CSV UTF-8(逗号分隔)”,或运行 npm run normalize -- 文件', 'save as “CSV UTF-8 (Comma delimited)”, or run npm run normalize -- FILE'),
      c('encoding.utf16', '文件是 UTF-16 编码(Excel 的“Unicode 文本”)', 'the file is UTF-16 (Excel’s “Unicode Text”)', '另存为“CSV UTF-8(逗号分隔)”,或运行 npm run normalize -- 文件', 'save as “CSV UTF-8 (Comma delimited)”, or run npm run normalize -- FILE'),
      c('encoding.unknown', '文件既不是 UTF-8,也无法识别其编码', 'the file is not UTF-8 and its encoding is not recognised', '用 Excel/WPS 另存为“CSV UTF-8(逗号分隔)”', 'save it as “CSV UTF-8 (Comma delimited)” from Excel/WPS'),
      c('newline.crlf', '文件用 Windows(CRLF)或旧式(CR)换行', 'the file has Windows (CRLF) or old Mac (CR) line ends', '运行 npm run normalize -- 文件', 'run npm run normalize -- FILE'),
    ],
  },
  {
    title: { zh: 'CSV 结构', en: 'CSV structure' },
    codes: [
      c('csv.empty', '文件是空的,连表头都没有', 'the file is empty, without even a header', '写上表头一行(列名见数据字典)', 'write the header line (see the data dictionary)'),
      c('csv.delimiter', '列之间用分号或制表符分隔,不是英文逗号', 'columns are separated by semicolons or tabs, not commas', '另存为“CSV UTF-8(逗号分隔)”', 'save as “CSV UTF-8 (Comma delimited)”'),
      c('csv.quotes', '引号不成对或位置不对', 'malformed quotes', '含逗号、引号或换行的单元格整体用英文双引号括起,内部的双引号写两次', 'enclose a cell with a comma, quote or line break in double quotes, doubling any quote inside'),
      c('csv.title-row', '表头上方有标题行或空行', 'a title or blank row above the header', '删除该行;第一行必须是列名', 'delete the row; the first line must be the column names'),
      c('header.unknown', '未知的列名(改过名或多出的列)', 'an unknown column name (renamed, or an extra column)', '按提示改回数据字典中的列名,或删除多出的列', 'use the data dictionary’s name the hint suggests, or delete the extra column'),
      c('header.missing', '缺少某列', 'a column is missing', '在提示的位置加上该列', 'add the column where the hint says'),
      c('header.duplicate', '同一列名出现两次', 'a column name appears twice', '删除重复的列', 'delete the repeated column'),
      c('header.whitespace', '列名前后有空格', 'a column name has spaces around it', '删除空格', 'delete the spaces'),
      c('header.order', '列的顺序与数据字典不同', 'the columns are not in the data dictionary’s order', '按提示的顺序排列各列', 'put the columns in the order the hint gives'),
      c('row.empty', '空行', 'an empty row', '删除;npm run normalize 会删除文件末尾的空行', 'delete it; npm run normalize removes trailing ones'),
      c('row.totals', '合计、小计等汇总行', 'a totals row (合计, 小计, total …)', '删除;合计由网站计算', 'delete it; the site computes totals'),
      c('row.ragged', '这一行的单元格数与表头的列数不同', 'the row has more or fewer cells than the header has columns', '找出没加引号的逗号(如 1,000),或补齐空单元格的逗号', 'look for an unquoted comma (as in 1,000) or add the missing empty cells'),
    ],
  },
  {
    title: { zh: '单元格(所有列)', en: 'Any cell' },
    codes: [
      c('cell.control', '单元格(或列名)中有控制字符 U+0000–U+001F、U+007F–U+009F,或 Word 粘贴的手动换行 U+000B、分页符 U+000C、行/段分隔符 U+2028/U+2029:下载文件(xlsx)容不下它们', 'a control character (U+0000–U+001F, U+007F–U+009F) in a cell or column name, or a manual line break (U+000B, what Word pastes), page break (U+000C) or line/paragraph separator (U+2028/U+2029): the downloads (xlsx) cannot carry them', '删除提示所说的第几个字符;要分行就在单元格里用真正的换行(Excel/WPS 中 Alt+Enter)', 'delete the character the hint points at; for a new line use a real line break inside the cell (Alt+Enter in Excel/WPS)'),
      c('cell.noncharacter', '单元格中有 Unicode 非字符(U+FFFE、U+FFFF、U+FDD0–U+FDEF 等)', 'a Unicode noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF …) in the cell', '删除该字符', 'delete it'),
      c('cell.bidi', '单元格中有双向文字控制符(U+061C、U+200E、U+200F、U+202A–U+202E、U+2066–U+2069),会让显示的文字与实际不同', 'a bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) in the cell, which makes the text show otherwise than it reads', '删除该字符', 'delete it'),
      c('cell.zero-width', '单元格中有看不见的字符(零宽空格、BOM、软连字符)', 'an invisible character (zero-width space, BOM, soft hyphen) in the cell', '删除该字符(常由网页或微信复制带入)', 'delete it (it often comes with text pasted from a web page or WeChat)'),
      c('cell.invisible', '单元格中有其他看不见的字符(U+2061–U+2064、U+180E、韩文填充符 U+3164/U+115F/U+1160/U+FFA0、标签字符等),可能藏住或伪装内容', 'another invisible character (U+2061–U+2064, U+180E, the Hangul fillers U+3164/U+115F/U+1160/U+FFA0, tag characters …) in the cell, which can hide or disguise content', '删除该字符', 'delete it'),
      c('cell.replacement-char', '单元格中有替换字符 �(U+FFFD):文件在到达这里之前被按错误的编码读过,原文已丢失', 'the replacement character � (U+FFFD) in the cell: the file was read in the wrong encoding before it got here, and the original text is lost', '找回原始文件,用正确的编码(GBK 或 UTF-8)导入 Excel/WPS 后另存为“CSV UTF-8”,或照原件重新输入', 'go back to the original file, import it into Excel/WPS in its right encoding (GBK or UTF-8) and save it as “CSV UTF-8”, or retype the text from the original'),
      c('cell.whitespace', '单元格开头或结尾有空格(含全角空格)', 'the cell starts or ends with a space (full-width ones included)', '删除多余的空格', 'delete the extra spaces'),
      c('cell.formula', '单元格以 = + - @ 开头,会被电子表格当作公式执行(公式注入)', 'the cell starts with = + - or @, which a spreadsheet would run as a formula (formula injection)', '去掉开头的符号,或以文字开头', 'remove the leading sign, or start with a word'),
      c('privacy.id-card', '单元格(包括备注)中有身份证号码(18 或 15 位),打码的、全角的、带空格或横线的、在网址里的都算;消息中只显示打码形式', 'an ID-card number (18 or 15 digits) in a cell, notes included: masked or not, full-width, spaced or dashed, inside a URL; messages show it masked only', '删除;本数据只收录可以公开的内容', 'delete it; the dataset holds only what may be published'),
      c('privacy.phone', '单元格中有手机或座机号码(含 +86、区号、分机),打码的也算', 'a mobile or landline number (+86, area code, extension) in a cell, masked or not', '删除', 'delete it'),
      c('privacy.bank-card', '单元格中有银行卡号(16–19 位),打码的也算', 'a bank-card number (16–19 digits) in a cell, masked or not', '删除', 'delete it'),
      c('privacy.synthetic-name', '演示(合成)数据的人名不是“示例党员0001”式的占位名', 'a synthetic row names a person that is not a placeholder such as 示例党员0001', '演示数据只用占位名', 'synthetic rows use placeholders only'),
    ],
  },
  {
    title: { zh: '单元格的类型', en: 'Cell types' },
    codes: [
      c('cell.required', '必填的单元格是空的', 'a required cell is empty', '填写;提示中有例子', 'fill it in; the hint gives an example'),
      c('cell.too-long', '文字超过该列的长度上限', 'the text is longer than the column allows', '缩短,或把说明移到备注', 'shorten it, or move the explanation to the note'),
      c('cell.pattern', '文字不符合该列的格式(编号、网址、时期等)', 'the text is not in the column’s form (ids, URLs, periods …)', '按提示的格式写', 'write it in the form the hint gives'),
      c('cell.code', '不是 6、9 或 12 位的区划代码', 'not a 6-, 9- or 12-digit division code', '从统计用区划代码名录复制完整代码,并把该列设为“文本”', 'copy the full code from the official list and format the column as Text'),
      c('cell.enum', '不是该列的可选值(如状态写法不同)', 'not one of the column’s allowed values (e.g. another spelling of a status)', '按提示改为标准写法', 'use the standard spelling the hint gives'),
      c('cell.integer', '不是整数,或有多余的前导零', 'not a whole number, or has leading zeros', '只写阿拉伯数字', 'write plain digits'),
      c('cell.money', '不是金额', 'not an amount of money', '以元为单位,最多两位小数,例如 100000 或 2360000.50', 'yuan with at most 2 decimals, e.g. 100000 or 2360000.50'),
      c('cell.decimals', '金额超过两位小数', 'an amount with more than 2 decimals', '金额精确到分', 'amounts are exact to the fen'),
      c('cell.positive', '金额不大于 0', 'an amount that is not greater than 0', '金额必须大于 0;没有金额的行不要写', 'amounts must be greater than 0; leave out rows without one'),
      c('cell.percent', '不是 0–100 之间、最多两位小数的百分数', 'not a percentage from 0 to 100 with at most 2 decimals', '写数字,不带 %,例如 5.5', 'write the number without %, e.g. 5.5'),
      c('cell.range', '数值超出允许范围', 'a number outside the allowed range', '核对数字', 'check the number'),
      c('cell.year', '不是四位年份,或年份不在允许范围内', 'not a four-digit year, or a year outside the allowed range', '写四位年份,例如 2017', 'write a four-digit year, e.g. 2017'),
      c('cell.date', '不是有效日期', 'not a valid date', '按 年-月-日 写,例如 2016-03-15', 'write YYYY-MM-DD, e.g. 2016-03-15'),
      c('cell.date-format', '日期写成了 2016/3/15、2016年3月15日 等形式', 'a date written as 2016/3/15, 2016年3月15日 or the like', '写成提示中的 年-月-日', 'write the YYYY-MM-DD the hint gives'),
      c('cell.excel-date', '日期变成了 Excel 的日期序列号(如 42444)', 'a date turned into an Excel serial number (e.g. 42444)', '把该列设为“文本”格式,写提示中的日期', 'format the column as Text and write the date the hint gives'),
      c('cell.boolean', '不是 true 或 false', 'not true or false', '写 true(是)或 false(否)', 'write true or false'),
      c('cell.fullwidth-digits', '数字或日期用了全角字符(123)', 'full-width digits (１２３) in a number or date', '改为半角,或运行 npm run normalize -- 文件', 'write half-width digits, or run npm run normalize -- FILE'),
      c('cell.thousands-separator', '数字中有千分位逗号(1,000)', 'thousands separators in a number (1,000)', '去掉逗号', 'remove the commas'),
      c('cell.unit-in-number', '数字中带有单位(3万、30000元、20%)', 'a unit inside a number (3万, 30000元, 20%)', '只写数字,按该列的单位换算(3万 → 30000)', 'write the number alone, in the column’s unit (3万 → 30000)'),
      c('cell.scientific', '数字或代码被 Excel 写成了科学计数法(5.30721E+11),只剩前几位有效数字', 'a number or code in scientific notation (Excel wrote 5.30721E+11), keeping only its first digits', '丢失的位数无法还原(不要补零):先把该列设为“文本”(代码)或“数值”(金额),再从原始资料重新填写完整的数', 'the lost digits cannot be recovered (do not pad with zeros): format the column as Text (codes) or Number (amounts) first, then type the full value again from the source'),
      c('cell.invalid', '单元格不符合该列的要求(其他情况)', 'the cell does not fit its column (other cases)', '见说明', 'see the message'),
    ],
  },
  {
    title: { zh: '键(跨行、跨表)', en: 'Keys (across rows and tables)' },
    codes: [
      c('key.duplicate', '主键重复:同一个编号或同一组键出现在两行(只差大小写的编号也算重复)', 'a duplicate primary key: the same id or key appears on two rows (ids that differ only in letter case included)', '删除重复行或合并,或另起编号', 'delete the duplicate or merge the rows, or give one of them another id'),
      c('key.foreign', '引用了别的表中不存在的代码或编号(如未知的村;大小写不同也算不存在)', 'a code or id that does not exist in the table it refers to (e.g. an unknown village; another letter case does not match)', '核对代码;新的村、来源等先加入对应的表', 'check the code; add a new village, source … to its table first'),
      c('check.skipped', '(警告)一个文件无法读取(缺失、不是 CSV、表头缺少必需的列、引号不成对),读取它的其他表的检查因此跳过;每个受影响的表一行', '(warning) a file cannot be read (missing, not CSV, a required column missing from its header, broken quotes), so the checks of other tables that read it were skipped; one line per table affected', '先修正该文件,再运行 npm run validate', 'fix that file first, then run npm run validate again'),
    ],
  },
  {
    title: { zh: '人员与不公开的姓名', en: 'People and withheld names' },
    codes: [
      c('person.two-names', '同一个人员编号在不同行写着不同的姓名', 'one person id carries two different names', '同一个人在各行写同一个姓名;不同的人用不同的编号', 'write one person’s name the same way everywhere; give different people different ids'),
      c('person.synthetic-shared', '演示数据的占位人和真实的人用了同一个人员编号', 'a placeholder of the demonstration and a real person share a person id', '真实的人要有自己的随机编号', 'give the real person a random id of their own'),
      c('person.same-name', '(警告)同一个村的同一姓名有两个人员编号:可能是同一个人算了两次', '(warning) one name in one village has two person ids: perhaps one person counted twice', '是同一个人就用同一个编号;确是同名的两个人可以不改', 'use one id if it is one person; two people of the same name may stay'),
      c('privacy.withheld-public', '某人的姓名在一笔贷款中不公开(recipient_public=false),同一人员编号却在另一行(贷款或设岗定责)公开了姓名', 'a person withheld on one loan (recipient_public=false) is named on another row (a loan or a duty post) with the same person id', '由编辑决定:各处都不公开,或者都公开', 'the editor decides: withhold the name everywhere, or nowhere'),
      c('privacy.withheld-name', '不公开的姓名出现在别的单元格中(例如引述原文的事实、备注)', 'a withheld name appears in another cell (a fact quoting a published text, a note …)', '由编辑决定:改写或删去这里的姓名,或把那笔贷款改回公开;网站不会悄悄改动公开发表的事实', 'the editor decides: reword or remove the name here, or make the loan public again; the site never silently rewrites a published fact'),
    ],
  },
  {
    title: { zh: '规则', en: 'Rules' },
    codes: [
      c('geo.code-prefix', '下级代码不以上级代码开头', 'a code does not start with its parent’s code', '核对代码和所属上级', 'check the code and its parent'),
      c('geo.kind', '类别与名称结尾不符(如“石鼓镇”写成“乡”)', 'the kind does not match the name’s ending (e.g. 石鼓镇 marked 乡)', '按名称结尾填写类别', 'use the kind the name ends with'),
      c('geo.village-count', '乡镇的村级单位数与 villages.csv 不符', 'a township’s village count differs from villages.csv', '核对两处', 'check both'),
      c('loan.stage-order', '四个环节的日期顺序不对:应为 申请 ≤ 推荐 ≤ 公示开始 ≤ 公示结束 ≤ 审批', 'the stage dates are out of order: application ≤ recommendation ≤ notice start ≤ notice end ≤ decision', '核对日期', 'check the dates'),
      c('loan.year', '贷款年度与各环节日期矛盾:早于最早的日期,或比最晚的日期晚一年以上(没有环节日期的贷款不查)', 'the loan year contradicts its stage dates: before the first, or more than a year after the last (a loan without stage dates is not checked)', '核对年度和日期', 'check the year and the dates'),
      c('loan.notice-incomplete', '公示只有开始或只有结束日期', 'the public notice has only a start or only an end date', '两个都填或都空', 'fill in both or neither'),
      c('loan.notice-period', '群众监督公示期短于规定天数(默认 5 天,含首尾;--min-notice-days 可改)', 'the public notice is shorter than the set number of days (5 by default, both ends counted; see --min-notice-days)', '核对公示日期', 'check the notice dates'),
      c('loan.decision-missing', '有审批日期却没有审批结果', 'a decision date without a decision', '填写 批准、未批准 或 审批中', 'fill in 批准, 未批准 or 审批中'),
      c('loan.repayment-unapproved', '未获批准的贷款有还款状态', 'a loan that was not approved has a repayment status', '核对审批结果和还款状态', 'check the decision and the repayment status'),
      c('loan.households', '带动贫困户数多于带动总户数', 'more poor households than households brought along', '核对两个数字', 'check both numbers'),
      c('followup.before-loan', '跟踪帮扶日期早于贷款审批日期', 'a follow-up dated before the loan was decided', '核对日期', 'check the dates'),
      c('dividend.township', '分红的村不属于所写的乡镇', 'the distribution’s village is not in its township', '按提示改乡级代码', 'use the township code the hint gives'),
      c('dividend.percent-sum', '一次分红各方比例之和不是 100%', 'the shares of a distribution do not add up to 100%', '核对比例', 'check the percents'),
      c('dividend.pool-sum', '一次分红各方金额之和不等于分红总额;总额标为下限(pool_is_lower_bound=true)时,少于总额', 'the shares of a distribution do not add up to its pool; with a pool that is a lower bound (pool_is_lower_bound=true), they add up to less than it', '核对金额(提示中有差额)', 'check the amounts (the hint gives the difference)'),
      c('dividend.share-amount', '某一方的金额与比例 × 总额相差超过 1 分;比例为约数(percent_approximate=true)时,超过 0.5 个百分点(--percent-tolerance 可改);总额为下限时按各方金额之和计', 'a share’s amount differs from percent × pool by more than one fen, or, when its percent is approximate (percent_approximate=true), by more than 0.5 percentage points (see --percent-tolerance); with a pool that is a lower bound, the pool is the sum of the shares', '核对该方的比例和金额', 'check that share’s percent and amount'),
      c('date.range', '日期早于 1949-10-01,或日期、年份比构建日期(CHANGELOG.md 中最新版本的日期,或 SOURCE_DATE_EPOCH)晚一年以上', 'a date before 1949-10-01, or a date or year more than a year after the build date (the newest version’s date in CHANGELOG.md, or SOURCE_DATE_EPOCH)', '核对年份是否写错', 'check the year for a typo'),
      c('income.total', '村某年的收入合计不等于各类型收入之和', 'a village’s income total for a year differs from the sum of its types', '核对 collective_income.csv 与 income_totals.csv', 'check collective_income.csv against income_totals.csv'),
      c('income.no-total', '有分类型收入,却没有该村该年的合计', 'income by type without a total for that village and year', '在 income_totals.csv 中加上合计', 'add the total to income_totals.csv'),
    ],
  },
  {
    title: { zh: '导入 Excel 工作簿(npm run import、检查文件页面)', en: 'Importing a workbook (npm run import, the check page)' },
    codes: [
      c('xlsx.unreadable', '文件不是可以读取的 .xlsx 工作簿(旧的 .xls、损坏的文件)', 'the file is not a readable .xlsx workbook (an old .xls, a damaged file)', '在 Excel/WPS 中另存为 .xlsx 或“CSV UTF-8(逗号分隔)”', 'save it as .xlsx or “CSV UTF-8 (Comma delimited)” from Excel/WPS'),
      c('xlsx.error-value', '单元格是错误值(#N/A、#DIV/0! 等)', 'the cell holds an error value (#N/A, #DIV/0! …)', '改正公式,或直接填写数值', 'fix the formula or type the value'),
      c('xlsx.formula-no-value', '单元格是公式,文件里没有它的计算结果', 'a formula with no calculated value saved in the file', '在 Excel/WPS 中打开后重新保存,或直接填写数值', 'open and save the file in Excel/WPS again, or type the value'),
      c('xlsx.date-cell', 'Excel 把不是日期的一列中的内容变成了日期(如 2018-04、4-5)', 'Excel turned a cell of a column that is not a date into a date (2018-04, 4-5 …)', '把这一列设为“文本”格式后重新输入', 'format the column as Text and type it again'),
      c('import.no-table', '文件或工作表的表头与任何一张表都对不上', 'the header of a file or sheet names no table’s columns', '用网站上的填写模板;第一行是列名', 'use a template from the site; the first row holds the column names'),
      c('import.delete-value', 'delete 列中写的不是“是”', 'the delete column holds something other than 是', '要删除这一行写“是”,否则留空', 'write 是 to delete the row, or leave it empty'),
      c('import.delete-missing', '标记删除的行在数据中不存在', 'a row marked for deletion is not in the data', '核对这一行的编号或代码', 'check the row’s key'),
      c('import.code-name', '“代码 名称”中的名称不是这个代码的名称', 'the name in “code name” is not that code’s name', '从下拉列表重新选择,或只写代码', 'pick it again from the drop-down list, or write the code alone'),
    ],
  },
];

export const problemCodes: ProblemCode[] = problemGroups.flatMap((g) => g.codes);

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** docs/validation.md's table of codes: one table per group. */
export function renderProblemCodes(): string {
  return problemGroups
    .map(
      (g) =>
        `### ${g.title.zh} / ${g.title.en}\n\n| code | 说明 | meaning | 怎么改 / how to fix |\n| --- | --- | --- | --- |\n` +
        g.codes.map((p) => `| \`${p.code}\` | ${cell(p.meaning.zh)} | ${cell(p.meaning.en)} | ${cell(p.fix.zh)} / ${cell(p.fix.en)} |`).join('\n'),
    )
    .join('\n\n');
}
