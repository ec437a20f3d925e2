import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_STATUSES, type CaseAction, type CaseStatus } from '../../contract/constants.js';
import { refusalOf } from './refusal.js';
import {
  CASE_TRANSITIONS, canTake, caseNumber, decideStep, receiveSupplement, requestSupplement, transition, urgencyOf, verdictOf, type CaseState,
} from './case.js';
import { calendarOf } from './working-days.js';

const weekdays = calendarOf([]);
const base = (status: CaseStatus, departments = ['a']): CaseState => ({
  status, dueDay: '2026-12-04', remainingDays: null, steps: departments.map((departmentId) => ({ departmentId, decision: 'pending' })),
});
const codeOf = refusalOf;

/** The whole table written out by hand: a change to the lifecycle must change this too. */
const EXPECTED: Record<CaseAction, Partial<Record<CaseStatus, CaseStatus | 'by-steps'>>> = {
  'start-review': { received: 'in-review' },
  'request-supplement': { received: 'supplement-requested', 'in-review': 'supplement-requested', 'supplement-received': 'supplement-requested' },
  'receive-supplement': { 'supplement-requested': 'supplement-received' },
  decide: { received: 'by-steps', 'in-review': 'by-steps', 'supplement-received': 'by-steps' },
  'mark-result-ready': { approved: 'result-ready', denied: 'result-ready' },
  deliver: { 'result-ready': 'delivered' },
  mail: { 'result-ready': 'mailed' },
  withdraw: { received: 'withdrawn', 'in-review': 'withdrawn', 'supplement-requested': 'withdrawn', 'supplement-received': 'withdrawn' },
};

function apply(c: CaseState, action: CaseAction): CaseState {
  switch (action) {
    case 'decide': return decideStep(c, 'a', 'approved');
    case 'request-supplement': return requestSupplement(c, weekdays, '2026-12-01');
    case 'receive-supplement': return receiveSupplement(c, weekdays, '2026-12-01');
    default: return transition(c, action);
  }
}

describe('case transition table', () => {
  for (const action of CASE_ACTIONS) {
    for (const status of CASE_STATUSES) {
      const expected = EXPECTED[action][status];
      it(`${action} from ${status} → ${expected ?? 'refused'}`, () => {
        expect(canTake(status, action)).toBe(expected !== undefined);
        if (expected === undefined) {
          expect(codeOf(() => apply(base(status), action))).toBe('case-transition-illegal');
        } else {
          const next = apply(base(status), action);
          expect(next.status).toBe(expected === 'by-steps' ? 'approved' : expected);
        }
      });
    }
  }
  it('the table has no entry the test does not know', () => {
    for (const action of CASE_ACTIONS) expect(CASE_TRANSITIONS[action].from.length).toBe(Object.keys(EXPECTED[action]).length);
  });
});

describe('joint approval (联审联办)', () => {
  const joint = base('in-review', ['planning', 'housing', 'fire']);
  it('is approved only when every department approves', () => {
    let c = decideStep(joint, 'planning', 'approved');
    expect(c.status).toBe('in-review');
    c = decideStep(c, 'fire', 'approved');
    expect(c.status).toBe('in-review');
    c = decideStep(c, 'housing', 'approved');
    expect(c.status).toBe('approved');
  });
  it('is denied as soon as one department denies, and the others may no longer decide', () => {
    const c = decideStep(decideStep(joint, 'planning', 'approved'), 'housing', 'denied');
    expect(c.status).toBe('denied');
    expect(c.steps.map((s) => s.decision)).toEqual(['approved', 'denied', 'pending']);
    expect(codeOf(() => decideStep(c, 'fire', 'approved'))).toBe('case-transition-illegal');
  });
  it('a department decides once, and only a department on the case decides', () => {
    const c = decideStep(joint, 'planning', 'approved');
    expect(codeOf(() => decideStep(c, 'planning', 'denied'))).toBe('step-already-decided');
    expect(codeOf(() => decideStep(c, 'tax', 'approved'))).toBe('department-not-on-case');
  });
  it('verdictOf: no steps is no verdict', () => {
    expect(verdictOf([])).toBeNull();
  });
});

describe('supplement clock (补正)', () => {
  // Accepted Tue 2026-12-01 with 5 working days: due Tue 2026-12-08.
  const c: CaseState = { ...base('in-review'), dueDay: '2026-12-08' };
  it('stops with the working days left and restarts from the day the supplement arrives', () => {
    const stopped = requestSupplement(c, weekdays, '2026-12-03'); // Thu: Fri, Mon, Tue left
    expect(stopped.remainingDays).toBe(3);
    expect(urgencyOf(stopped, weekdays, '2026-12-20')).toBe('stopped');
    const restarted = receiveSupplement(stopped, weekdays, '2026-12-14'); // Mon → Tue, Wed, Thu
    expect(restarted.dueDay).toBe('2026-12-17');
    expect(restarted.remainingDays).toBeNull();
  });
  it('a request after the due day keeps zero days, so the case is due the day the supplement comes', () => {
    const stopped = requestSupplement(c, weekdays, '2026-12-10');
    expect(stopped.remainingDays).toBe(0);
    expect(receiveSupplement(stopped, weekdays, '2026-12-15').dueDay).toBe('2026-12-15');
  });
});

describe('urgency', () => {
  const c = { status: 'in-review' as const, dueDay: '2026-12-08' };
  it('overdue after the due day, due soon within two working days, else on time', () => {
    expect(urgencyOf(c, weekdays, '2026-12-09')).toBe('overdue');
    expect(urgencyOf(c, weekdays, '2026-12-08')).toBe('due-soon');
    expect(urgencyOf(c, weekdays, '2026-12-04')).toBe('due-soon'); // Fri: Mon, Tue left
    expect(urgencyOf(c, weekdays, '2026-12-03')).toBe('on-time');
  });
  it('a decided case is overdue only if it was decided late', () => {
    expect(urgencyOf({ status: 'approved', dueDay: '2026-12-08' }, weekdays, '2027-01-10', '2026-12-08')).toBe('closed');
    expect(urgencyOf({ status: 'approved', dueDay: '2026-12-08' }, weekdays, '2027-01-10', '2026-12-09')).toBe('overdue');
  });
});

describe('case numbers', () => {
  it('hall code, date without dashes, four-digit sequence', () => {
    expect(caseNumber('XMSZ', '2026-12-01', 42)).toBe('XMSZ-20261201-0042');
    expect(caseNumber('XMSZ', '2026-12-01', 12345)).toMatch(/^[A-Z0-9]+-\d{8}-\d{3,}$/);
  });
});
