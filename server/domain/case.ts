/**
 * The case (办件) lifecycle as one table: which action is allowed from which status, and where
 * it leads. Joint matters (联审联办) carry one approval step per department, decided in parallel:
 * the case is approved when every step is, denied as soon as one is. The deadline clock counts
 * working days and stops while a supplement (补正) is awaited.
 */
import { CASE_ACTION_FROM } from '../../common/case-transitions.js';
import type { CaseAction, CaseStatus } from '../../contract/constants.js';
import { fail } from './errors.js';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from './working-days.js';

export type StepDecision = 'pending' | 'approved' | 'denied';

export interface CaseStep {
  departmentId: string;
  decision: StepDecision;
}

export interface CaseState {
  status: CaseStatus;
  /** Hall-local date the promise falls due. */
  dueDay: string;
  /** Working days left while the clock is stopped for a supplement; null while it runs. */
  remainingDays: number | null;
  steps: readonly CaseStep[];
}

/** Not decided yet: the applicant may still withdraw. */
export const BEFORE_DECISION: readonly CaseStatus[] = ['received', 'in-review', 'supplement-requested', 'supplement-received'];
/** Not decided and the deadline clock running (a supplement request stops it): these can be overdue. */
export const CLOCK_RUNNING: readonly CaseStatus[] = ['received', 'in-review', 'supplement-received'];

/**
 * From which statuses each action may be taken (common/case-transitions.ts, shared with the back
 * office's buttons) and where it leads. `decide` lands by the steps (see decideStep).
 */
const leadsTo = (action: CaseAction, status: CaseStatus | 'by-steps') => ({ from: CASE_ACTION_FROM[action], to: status });
export const CASE_TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus | 'by-steps' }> = {
  'start-review': leadsTo('start-review', 'in-review'),
  'request-supplement': leadsTo('request-supplement', 'supplement-requested'),
  'receive-supplement': leadsTo('receive-supplement', 'supplement-received'),
  decide: leadsTo('decide', 'by-steps'),
  'mark-result-ready': leadsTo('mark-result-ready', 'result-ready'),
  deliver: leadsTo('deliver', 'delivered'),
  mail: leadsTo('mail', 'mailed'),
  withdraw: leadsTo('withdraw', 'withdrawn'),
};

export const FINAL_STATUSES: readonly CaseStatus[] = ['delivered', 'mailed', 'withdrawn'];

export function canTake(status: CaseStatus, action: CaseAction): boolean {
  return CASE_TRANSITIONS[action].from.includes(status);
}

function assertAllowed(status: CaseStatus, action: CaseAction): void {
  if (!canTake(status, action)) fail('case-transition-illegal', `a case that is ${status} cannot ${action}`);
}

/** The plain transitions: every action except `decide`, the supplement clock and mailing's data are the caller's. */
export function transition(c: CaseState, action: Exclude<CaseAction, 'decide' | 'request-supplement' | 'receive-supplement'>): CaseState {
  assertAllowed(c.status, action);
  const to = CASE_TRANSITIONS[action].to;
  if (to === 'by-steps') throw new Error('unreachable: decide goes through decideStep');
  return { ...c, status: to };
}

/** The status the steps add up to: denied if any denies, approved when all approve, else undecided. */
export function verdictOf(steps: readonly CaseStep[]): 'approved' | 'denied' | null {
  if (steps.some((s) => s.decision === 'denied')) return 'denied';
  if (steps.length > 0 && steps.every((s) => s.decision === 'approved')) return 'approved';
  return null;
}

/**
 * One department decides its step. The case leaves review when the steps add up to a verdict;
 * until then it is in review. A department decides once: a second decision is refused.
 */
export function decideStep(c: CaseState, departmentId: string, decision: 'approved' | 'denied'): CaseState {
  assertAllowed(c.status, 'decide');
  const step = c.steps.find((s) => s.departmentId === departmentId);
  if (!step) fail('department-not-on-case', `department ${departmentId} has no step on this case`);
  if (step.decision !== 'pending') fail('step-already-decided', `department ${departmentId} already ${step.decision} this case`);
  const steps = c.steps.map((s) => (s.departmentId === departmentId ? { ...s, decision } : s));
  const verdict = verdictOf(steps);
  return { ...c, steps, status: verdict ?? 'in-review' };
}

/** The clock stops: the working days still left on the promise are kept (never below 0). */
export function requestSupplement(c: CaseState, cal: WorkCalendar, today: string): CaseState {
  assertAllowed(c.status, 'request-supplement');
  const left = Math.max(0, workingDaysBetween(cal, today, c.dueDay));
  return { ...c, status: 'supplement-requested', remainingDays: left };
}

/** The clock restarts on the day the supplement arrives, with the days it had left. */
export function receiveSupplement(c: CaseState, cal: WorkCalendar, today: string): CaseState {
  assertAllowed(c.status, 'receive-supplement');
  return { ...c, status: 'supplement-received', remainingDays: null, dueDay: addWorkingDays(cal, today, c.remainingDays ?? 0) };
}

export type Urgency = 'overdue' | 'due-soon' | 'on-time' | 'stopped' | 'closed';

/** Due within this many working days counts as due soon. */
export const DUE_SOON_DAYS = 2;

/**
 * How the promise stands today. A decided case is judged by the day it was decided (the caller
 * passes `decidedOn`); a stopped clock is never overdue; a case past its due day is overdue.
 */
export function urgencyOf(c: Pick<CaseState, 'status' | 'dueDay'>, cal: WorkCalendar, today: string, decidedOn?: string | null): Urgency {
  if (c.status === 'supplement-requested') return 'stopped';
  if (!BEFORE_DECISION.includes(c.status)) return decidedOn && decidedOn > c.dueDay ? 'overdue' : 'closed';
  if (today > c.dueDay) return 'overdue';
  return workingDaysBetween(cal, today, c.dueDay) <= DUE_SOON_DAYS ? 'due-soon' : 'on-time';
}

/** A case number: hall code, service date, daily sequence of at least three digits (XMSZ-20261201-0042). */
export function caseNumber(hallCode: string, serviceDay: string, seq: number): string {
  return `${hallCode}-${serviceDay.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}
