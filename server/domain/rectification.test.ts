import { describe, expect, it } from 'vitest';
import { RECTIFICATION_ACTIONS, RECTIFICATION_STATUSES, type RectificationAction, type RectificationStatus } from '../../contract/constants.js';
import { refusalOf } from './refusal.js';
import { dueDayOf, isOverdue, RECTIFICATION_TRANSITIONS, step, type Acting } from './rectification.js';
import { calendarOf } from './working-days.js';

const codeOf = refusalOf;

/** The table written out by hand, with who may act: changing the rules means changing this. */
const EXPECTED: Record<RectificationAction, { from: Partial<Record<RectificationStatus, RectificationStatus | 'resume'>>; by: Acting[] }> = {
  verify: { from: { open: 'verified' }, by: ['department', 'supervisor'] },
  contact: { from: { verified: 'contacted' }, by: ['department', 'supervisor'] },
  rectify: { from: { contacted: 'rectified' }, by: ['department', 'supervisor'] },
  explain: { from: { contacted: 'explained' }, by: ['department', 'supervisor'] },
  close: { from: { rectified: 'closed', explained: 'closed' }, by: ['supervisor'] },
  appeal: { from: { open: 'appealed', verified: 'appealed', contacted: 'appealed' }, by: ['department'] },
  uphold: { from: { appealed: 'resume' }, by: ['supervisor'] },
  annul: { from: { appealed: 'annulled' }, by: ['supervisor'] },
};

describe('rectification table', () => {
  for (const action of RECTIFICATION_ACTIONS) {
    for (const status of RECTIFICATION_STATUSES) {
      for (const by of ['department', 'supervisor'] as const) {
        const to = EXPECTED[action].from[status];
        const allowed = EXPECTED[action].by.includes(by);
        it(`${by} ${action} from ${status} → ${to === undefined ? 'refused' : allowed ? to : 'supervisor-required'}`, () => {
          const item = { status, appealedFrom: status === 'appealed' ? ('verified' as const) : null };
          if (to === undefined) expect(codeOf(() => step(item, action, by))).toBe('rectification-step-illegal');
          else if (!allowed) expect(codeOf(() => step(item, action, by))).toBe('supervisor-required');
          else expect(step(item, action, by).status).toBe(to === 'resume' ? 'verified' : to);
        });
      }
    }
  }
  it('the table has nothing the test does not know', () => {
    for (const a of RECTIFICATION_ACTIONS) {
      expect([...RECTIFICATION_TRANSITIONS[a].from].sort()).toEqual(Object.keys(EXPECTED[a].from).sort());
      expect([...RECTIFICATION_TRANSITIONS[a].by].sort()).toEqual([...EXPECTED[a].by].sort());
    }
  });
  it('an appeal remembers where the item was, and an upheld rating resumes there', () => {
    const appealed = step({ status: 'contacted', appealedFrom: null }, 'appeal', 'department');
    expect(appealed).toEqual({ status: 'appealed', appealedFrom: 'contacted' });
    expect(step(appealed, 'uphold', 'supervisor')).toEqual({ status: 'contacted', appealedFrom: null });
  });
});

describe('due dates and overdue', () => {
  const cal = calendarOf([
    { day: '2026-10-01', kind: 'holiday' }, { day: '2026-10-02', kind: 'holiday' }, { day: '2026-10-05', kind: 'holiday' },
    { day: '2026-10-06', kind: 'holiday' }, { day: '2026-10-07', kind: 'holiday' }, { day: '2026-10-10', kind: 'workday' },
  ]);
  it('counts 15 working days across the National Day week and its make-up Saturday', () => {
    // Opened Tue 29 Sep: 30 Sep, 8, 9, 10 (Sat, make-up), 12–16, 19–23, 26 → the 15th is Mon 26 Oct.
    expect(dueDayOf(cal, '2026-09-29')).toBe('2026-10-26');
    expect(dueDayOf(calendarOf([]), '2026-09-29')).toBe('2026-10-20');
  });
  it('is overdue the day after the due day unless closed or annulled', () => {
    expect(isOverdue({ status: 'contacted', dueDay: '2026-10-22' }, '2026-10-22')).toBe(false);
    expect(isOverdue({ status: 'contacted', dueDay: '2026-10-22' }, '2026-10-23')).toBe(true);
    expect(isOverdue({ status: 'closed', dueDay: '2026-10-22' }, '2026-12-01')).toBe(false);
    expect(isOverdue({ status: 'annulled', dueDay: '2026-10-22' }, '2026-12-01')).toBe(false);
  });
});
