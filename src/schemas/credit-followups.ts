import { date, id, text } from './fields.ts';
import { note, sourceId } from './common.ts';
import { defineTable } from './table.ts';

export const creditFollowups = defineTable({
  name: 'credit_followups',
  title: { zh: '跟踪帮扶记录', en: 'Loan follow-up records' },
  description: {
    zh: '对每笔红色信贷的经营情况与资金使用的跟踪帮扶记录',
    en: 'Follow-up visits to each red-credit recipient: business and use of funds',
  },
  fields: {
    loan_id: id({ required: true, title: { zh: '贷款编号', en: 'Loan id' }, description: { zh: 'credit_loans 中的贷款编号', en: 'Loan id in credit_loans' }, example: 'L2016-0042' }),
    date: date({ required: true, title: { zh: '日期', en: 'Date' }, description: { zh: '跟踪日期', en: 'Date of the follow-up' } }),
    checked: text({ required: true, maxLength: 200, title: { zh: '检查内容', en: 'What was checked' }, description: { zh: '检查了什么', en: 'What was checked' }, example: '资金使用' }),
    finding: text({ required: true, maxLength: 500, title: { zh: '结果', en: 'Finding' }, description: { zh: '发现的情况', en: 'What was found' }, example: '按承诺用途使用' }),
    source_id: sourceId(),
    note: note(),
  },
  primaryKey: ['loan_id', 'date'],
  foreignKeys: [
    { fields: ['loan_id'], reference: { resource: 'credit_loans', fields: ['loan_id'] } },
    { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
  ],
});
