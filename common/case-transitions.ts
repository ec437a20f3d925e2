/**
 * From which statuses each case action may be taken: the one table both the server's lifecycle
 * (server/domain/case.ts, which adds where each action leads) and the back office's buttons read.
 * Pure code both ends run.
 */
import type { CaseAction, CaseStatus } from '../contract/constants.js';

const BEFORE_DECISION: readonly CaseStatus[] = ['received', 'in-review', 'supplement-requested', 'supplement-received'];

export const CASE_ACTION_FROM: Readonly<Record<CaseAction, readonly CaseStatus[]>> = {
  'start-review': ['received'],
  'request-supplement': ['received', 'in-review', 'supplement-received'],
  'receive-supplement': ['supplement-requested'],
  decide: ['received', 'in-review', 'supplement-received'],
  'mark-result-ready': ['approved', 'denied'],
  deliver: ['result-ready'],
  mail: ['result-ready'],
  withdraw: BEFORE_DECISION,
};

export function mayTake(status: CaseStatus, action: CaseAction): boolean {
  return CASE_ACTION_FROM[action].includes(status);
}
