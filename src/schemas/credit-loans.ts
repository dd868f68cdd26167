import { bool, code, date, enumOf, id, integer, money, text, year } from './fields.ts';
import { note, personId, sourceId } from './common.ts';
import { defineTable } from './table.ts';
import { industries, loanDecisions, repaymentStatuses } from './vocab.ts';

const day = (zh: string, en: string) =>
  date({ required: false, title: { zh, en }, description: { zh: `${zh};来源未载明时留空`, en: `${en}; empty where the source does not say` } });

/**
 * One red-credit loan (红色信贷) and how far it got through the four stages:
 * 个人申请 → 组织推荐 → 群众监督 (public notice, with objections) → 农信审批. A real row leaves
 * empty what its source does not say.
 */
export const creditLoans = defineTable({
  name: 'credit_loans',
  title: { zh: '红色信贷', en: 'Red-credit loans' },
  description: {
    zh: '每笔红色信贷一行:借款党员(按公示)、金额、用途,四个环节的日期,还款状态,创业承诺、挂牌示范户与带动户数',
    en: 'One row per red-credit loan: the Party member as published, amount, purpose, the date of each of the four stages, repayment, pledge, model-household plaque and households brought along',
  },
  fields: {
    loan_id: id({ required: true, title: { zh: '贷款编号', en: 'Loan id' }, description: { zh: '贷款编号', en: 'Loan id' }, example: 'L2016-0042' }),
    village_code: code({ required: true, digits: 12, title: { zh: '村级代码', en: 'Village code' }, description: { zh: '借款人所在村', en: 'Village of the recipient' }, example: '530721102211' }),
    recipient: text({ required: true, maxLength: 40, title: { zh: '借款党员', en: 'Recipient' }, description: { zh: '按官方公示的姓名;演示数据为“示例党员0001”式占位名', en: 'Name as the official notice published it; demonstration rows use placeholders such as 示例党员0001' }, example: '示例党员0001' }),
    recipient_public: bool({ required: true, title: { zh: '姓名可公开', en: 'Name public' }, description: { zh: 'false 时网站的任何页面、下载、接口和搜索中都不出现姓名(人员编号仍保留)', en: 'When false the name appears in no page, download, API file or search index of the site (the person id stays)' }, example: 'true' }),
    person_id: personId(),
    village_group: text({ required: false, maxLength: 20, title: { zh: '村民小组', en: 'Village group' }, description: { zh: '所在村民小组,按原文', en: 'Village group, as published' }, example: '4组' }),
    ethnicity: text({ required: false, maxLength: 20, title: { zh: '民族', en: 'Ethnicity' }, description: { zh: '按原文', en: 'As published' }, example: '傈僳族' }),
    age: integer({ required: false, min: 16, max: 100, unit: { zh: '岁', en: 'years' }, title: { zh: '年龄', en: 'Age' }, description: { zh: '按原文的年龄(原文时点)', en: 'Age as published, at the time of the source' }, example: '26' }),
    year: year({ required: true, title: { zh: '贷款年度', en: 'Loan year' }, description: { zh: '放款年度,按原文', en: 'Year of the loan, as published' }, example: '2016' }),
    amount_yuan: money({ required: true, title: { zh: '金额(元)', en: 'Amount (yuan)' }, description: { zh: '贷款金额,单位元', en: 'Amount of the loan, in yuan' }, example: '100000' }),
    purpose: text({ required: true, maxLength: 300, title: { zh: '用途', en: 'Purpose' }, description: { zh: '资金用途', en: 'What the money is for' }, example: '种植滇重楼' }),
    industry: enumOf({ required: true, terms: industries, title: { zh: '产业', en: 'Industry' }, description: { zh: '产业类别', en: 'Industry' } }),
    applied_on: day('个人申请日期', 'Date of the personal application'),
    recommended_on: day('组织推荐日期', 'Date the Party organisation recommended it'),
    notice_from: day('群众监督公示开始', 'Public notice (supervision) from'),
    notice_to: day('群众监督公示结束', 'Public notice (supervision) to'),
    objections: integer({ required: false, min: 0, unit: { zh: '件', en: 'objections' }, title: { zh: '异议件数', en: 'Objections' }, description: { zh: '公示期间收到的异议', en: 'Objections received during the public notice' }, example: '0' }),
    decided_on: day('农信审批日期', 'Date of the rural credit cooperative’s decision'),
    decision: enumOf({ required: false, terms: loanDecisions, title: { zh: '审批结果', en: 'Decision' }, description: { zh: '农信社的审批结果', en: 'The rural credit cooperative’s decision' } }),
    repayment: enumOf({ required: false, terms: repaymentStatuses, title: { zh: '还款状态', en: 'Repayment' }, description: { zh: '还款情况', en: 'Repayment status' } }),
    pledge: text({ required: false, maxLength: 300, title: { zh: '创业承诺', en: 'Pledge' }, description: { zh: '向村党支部公开作出的创业承诺', en: 'The public entrepreneurship pledge made to the village Party branch' }, example: '带动5户贫困户种植中药材' }),
    model_household: bool({ required: false, title: { zh: '挂牌示范户', en: 'Model household' }, description: { zh: '是否挂牌为示范户', en: 'Whether the household received the model-household plaque' } }),
    households_led: integer({ required: false, min: 0, unit: { zh: '户', en: 'households' }, title: { zh: '带动户数', en: 'Households brought along' }, description: { zh: '带动的农户数', en: 'Households brought along' }, example: '8' }),
    poor_households_led: integer({ required: false, min: 0, unit: { zh: '户', en: 'households' }, title: { zh: '带动贫困户数', en: 'Poor households brought along' }, description: { zh: '其中贫困户数,不大于带动户数', en: 'Of which poor households; not more than households brought along' }, example: '3' }),
    source_id: sourceId(),
    note: note(),
  },
  primaryKey: ['loan_id'],
  foreignKeys: [
    { fields: ['village_code'], reference: { resource: 'villages', fields: ['code'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
