import { describe, expect, it } from 'vitest';
import { atHall, deadlineText, progressText } from './format.js';

describe('the promise as the back office words it', () => {
  it('counts the working days left, and says when the clock is stopped', () => {
    expect(deadlineText({ status: 'in-review', dueDay: '2026-12-08', workingDaysLeft: 3, urgency: 'on-time' }).zh).toBe('承诺 2026-12-08 前办结，剩余 3 个工作日');
    expect(deadlineText({ status: 'supplement-requested', dueDay: '2026-12-08', workingDaysLeft: 2, urgency: 'stopped', remainingDaysWhenStopped: 2 }).zh)
      .toBe('补正中，时限暂停，剩余 2 个工作日');
    expect(deadlineText({ status: 'received', dueDay: '2026-12-01', workingDaysLeft: -4, urgency: 'overdue' }).zh).toBe('承诺 2026-12-01 前办结，已超期 4 个工作日');
    expect(deadlineText({ status: 'approved', dueDay: '2026-12-08', workingDaysLeft: null, urgency: 'closed' }).zh).toBe('承诺 2026-12-08 前办结，已办结');
  });

  it('shows joint steps and hall times', () => {
    expect(progressText({ approved: 2, denied: 0, total: 5 }).zh).toBe('2/5 部门已同意');
    expect(progressText({ approved: 1, denied: 1, total: 2 }).zh).toBe('1/2 部门已同意，1 个不同意');
    expect(atHall('2026-12-01T01:05:00.000Z', 'Asia/Shanghai')).toBe('2026-12-01 09:05');
  });
});
