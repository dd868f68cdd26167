/**
 * Red-credit loans: each loan's four stages as a timeline, and the rollups by year, township,
 * industry and status. Money is integer fen.
 */
import type { CreditLoan } from '../../schemas/index.ts';
import { byText, sum } from './group.ts';

export type StageId = 'apply' | 'recommend' | 'notice' | 'approve';
/** done: it happened (with a date or a result); no: declined; pending: not yet; unknown: the source does not say. */
export type StageState = 'done' | 'no' | 'pending' | 'unknown';

export interface Stage {
  id: StageId;
  zh: string;
  en: string;
  state: StageState;
  date: string | null;
  /** Public notice only. */
  to?: string | null;
  /** Days the notice ran, counting both ends. */
  days?: number | null;
  objections?: number | null;
  decision?: string | null;
}

export const STAGES: readonly { id: StageId; zh: string; en: string }[] = [
  { id: 'apply', zh: '个人申请', en: 'Personal application' },
  { id: 'recommend', zh: '组织推荐', en: 'Recommendation by the Party organisation' },
  { id: 'notice', zh: '群众监督', en: 'Public supervision (notice)' },
  { id: 'approve', zh: '农信审批', en: 'Approval by the rural credit cooperative' },
];

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

/** Inclusive day count of a notice period: 2014-02-11 to 2014-02-20 → 10. */
export function noticeDays(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return Math.round(dayNumber(to) - dayNumber(from)) + 1;
}

export function loanStages(l: CreditLoan): Stage[] {
  const decided = l.decision === '批准' || l.decision === '未批准';
  const later = (i: number) => [l.applied_on, l.recommended_on, l.notice_from ?? l.notice_to, l.decided_on ?? (decided ? 'x' : null)].slice(i + 1).some(Boolean);
  const state = (date: string | null, i: number): StageState => (date ? 'done' : later(i) ? 'unknown' : l.decision === '审批中' ? 'pending' : 'unknown');
  const [a, r, n, d] = STAGES as [typeof STAGES[0], typeof STAGES[0], typeof STAGES[0], typeof STAGES[0]];
  return [
    { ...a, state: state(l.applied_on, 0), date: l.applied_on },
    { ...r, state: state(l.recommended_on, 1), date: l.recommended_on },
    {
      ...n,
      state: state(l.notice_from ?? l.notice_to, 2),
      date: l.notice_from,
      to: l.notice_to,
      days: noticeDays(l.notice_from, l.notice_to),
      objections: l.objections,
    },
    {
      ...d,
      state: l.decision === '批准' ? 'done' : l.decision === '未批准' ? 'no' : l.decision === '审批中' ? 'pending' : l.decided_on ? 'done' : 'unknown',
      date: l.decided_on,
      decision: l.decision,
    },
  ];
}

/** Approved (批准) loans decided within [from, to] (ISO dates, inclusive). */
export function approvedWithin(loans: readonly CreditLoan[], from: string, to: string): CreditLoan[] {
  return loans.filter((l) => l.decision === '批准' && l.decided_on !== null && l.decided_on >= from && l.decided_on <= to);
}

export interface LoanRollup {
  key: string;
  loans: number;
  recipients: number;
  fen: number;
}

/** Loans grouped by a key (year, township, industry, status), keys sorted by `order`. */
export function rollupLoans(loans: readonly CreditLoan[], key: (l: CreditLoan) => string, order: (a: string, b: string) => number = byText): LoanRollup[] {
  const m = new Map<string, CreditLoan[]>();
  for (const l of loans) {
    const k = key(l);
    const list = m.get(k);
    if (list) list.push(l);
    else m.set(k, [l]);
  }
  return [...m]
    .map(([k, rows]) => ({ key: k, loans: rows.length, recipients: new Set(rows.map((r) => r.person_id)).size, fen: sum(rows.map((r) => r.amount_yuan)) }))
    .sort((a, b) => order(a.key, b.key));
}

/** The status of a loan in one word: its repayment when known, else its decision, else 无记录. */
export function loanStatus(l: CreditLoan): string {
  if (l.decision === '未批准' || l.decision === '审批中') return l.decision;
  return l.repayment ?? l.decision ?? '未载明';
}
