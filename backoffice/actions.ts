/**
 * Which back-office buttons a case offers: the statuses come from the one transition table
 * (common/case-transitions.ts), the departments from the case's pending steps. The server still
 * decides; this only keeps buttons that would be refused from being offered.
 */
import { mayTake } from '../common/case-transitions.js';
import type { CaseDetailDto, SessionUserDto } from '../contract/dto.js';

export interface CaseButtons {
  review: boolean;
  supplement: boolean;
  /** Departments of the caller with a pending step: who may still approve or deny. */
  decideFor: string[];
  resultReady: boolean;
  /** Only for results that go out by mail. */
  mail: boolean;
}

/** The departments an account decides for: an approver's own, supervisors and admins any. */
export function departmentsOf(user: Pick<SessionUserDto, 'role' | 'departmentIds'>): readonly string[] | 'all' {
  if (user.role === 'supervisor' || user.role === 'admin') return 'all';
  return user.role === 'approver' ? user.departmentIds : [];
}

type CaseView = Pick<CaseDetailDto, 'status' | 'steps' | 'delivery'>;

export function actionsFor(c: CaseView, mine: readonly string[] | 'all'): CaseButtons {
  const ours = (d: string) => mine === 'all' || mine.includes(d);
  const onCase = c.steps.some((s) => ours(s.departmentId));
  const decideFor = mayTake(c.status, 'decide') ? c.steps.filter((s) => s.decision === 'pending' && ours(s.departmentId)).map((s) => s.departmentId) : [];
  return {
    review: onCase && mayTake(c.status, 'start-review'),
    supplement: onCase && mayTake(c.status, 'request-supplement'),
    decideFor,
    resultReady: onCase && mayTake(c.status, 'mark-result-ready'),
    mail: onCase && c.delivery.method === 'mail' && mayTake(c.status, 'mail'),
  };
}

export const NO_BUTTONS: CaseButtons = { review: false, supplement: false, decideFor: [], resultReady: false, mail: false };
