import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../contract/constants.js';
import type { CaseDetailDto } from '../contract/dto.js';
import { CASE_TRANSITIONS } from '../server/domain/case.js';
import { actionsFor, departmentsOf } from './actions.js';

type Step = CaseDetailDto['steps'][number];
const step = (departmentId: string, decision: Step['decision'] = 'pending'): Step => ({ departmentId, departmentName: departmentId, decision, opinion: '', actorName: null, at: null });
const joint = (status: CaseStatus, method: 'pickup' | 'mail' = 'pickup') => ({
  status, delivery: { method, address: method === 'mail' ? '厦门市思明区' : null },
  steps: [step('construction', 'approved'), step('fire-rescue'), step('archives')],
});

describe('the buttons a case offers', () => {
  it('follow the server\'s transition table for every status', () => {
    for (const status of CASE_STATUSES) {
      const b = actionsFor(joint(status, 'mail'), 'all');
      expect(b.review, status).toBe(CASE_TRANSITIONS['start-review'].from.includes(status));
      expect(b.supplement, status).toBe(CASE_TRANSITIONS['request-supplement'].from.includes(status));
      expect(b.decideFor.length > 0, status).toBe(CASE_TRANSITIONS.decide.from.includes(status));
      expect(b.resultReady, status).toBe(CASE_TRANSITIONS['mark-result-ready'].from.includes(status));
      expect(b.mail, status).toBe(CASE_TRANSITIONS.mail.from.includes(status));
    }
  });

  it('let a department decide only its own pending step, and mail only mailed results', () => {
    expect(actionsFor(joint('in-review'), ['construction']).decideFor).toEqual([]);
    expect(actionsFor(joint('in-review'), ['fire-rescue', 'archives', 'housing']).decideFor).toEqual(['fire-rescue', 'archives']);
    expect(actionsFor(joint('in-review'), 'all').decideFor).toEqual(['fire-rescue', 'archives']);
    expect(actionsFor(joint('in-review'), ['housing'])).toMatchObject({ supplement: false, decideFor: [] });
    expect(actionsFor(joint('result-ready', 'pickup'), 'all').mail).toBe(false);
    expect(actionsFor(joint('result-ready', 'mail'), ['archives']).mail).toBe(true);
  });

  it('give supervisors every department and window staff none', () => {
    expect(departmentsOf({ role: 'supervisor', departmentIds: [] })).toBe('all');
    expect(departmentsOf({ role: 'approver', departmentIds: ['construction'] })).toEqual(['construction']);
    expect(departmentsOf({ role: 'clerk', departmentIds: ['construction'] })).toEqual([]);
  });
});
