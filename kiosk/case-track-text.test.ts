import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../contract/constants.js';
import { caseTokenFromPath, deadlineText, eventLabel, shortDay, statusLine, stepIndicator } from './case-track-text.js';

const states = (status: CaseStatus, method: 'pickup' | 'mail' = 'pickup') => stepIndicator(status, method).steps.map((s) => s.state).join(' ');

describe('the step indicator: 受理 → 审查 → 办结 → 待领取 → 已领取/已邮寄', () => {
  it('marks each status on its step', () => {
    expect(states('received')).toBe('current todo todo todo todo');
    expect(states('in-review')).toBe('done current todo todo todo');
    expect(states('supplement-received')).toBe('done current todo todo todo');
    expect(states('approved')).toBe('done done current todo todo');
    expect(states('result-ready')).toBe('done done done current todo');
    expect(states('delivered')).toBe('done done done done done');
    expect(states('mailed', 'mail')).toBe('done done done done done');
  });

  it('names the last steps after the delivery method', () => {
    expect(stepIndicator('received', 'pickup').steps.map((s) => s.label.zh)).toEqual(['受理', '审查', '办结', '待领取', '已领取']);
    expect(stepIndicator('received', 'mail').steps.map((s) => s.label.zh)).toEqual(['受理', '审查', '办结', '待邮寄', '已邮寄']);
  });

  it('shows a supplement as its own state beside the review step', () => {
    const s = stepIndicator('supplement-requested', 'pickup');
    expect(s.steps.map((x) => x.state).join(' ')).toBe('done current todo todo todo');
    expect(s.aside?.kind).toBe('supplement');
    expect(stepIndicator('in-review', 'pickup').aside).toBeNull();
  });

  it('ends a withdrawn case after acceptance and a denied one at the decision', () => {
    expect(states('withdrawn')).toBe('done todo todo todo todo');
    expect(stepIndicator('withdrawn', 'pickup').aside?.kind).toBe('withdrawn');
    const denied = stepIndicator('denied', 'pickup');
    expect(denied.steps[2]?.label.zh).toBe('不予许可');
    expect(denied.aside?.kind).toBe('denied');
  });
});

describe('the deadline line', () => {
  const c = { dueDay: '2026-12-08', status: 'in-review' as const };
  it('counts working days left to the promised day', () => {
    expect(deadlineText({ ...c, urgency: 'on-time', workingDaysLeft: 3 }).zh).toBe('承诺 12月8日前办结 · 还剩 3 个工作日');
    expect(deadlineText({ ...c, urgency: 'due-soon', workingDaysLeft: 0 })).toMatchObject({ zh: '承诺 12月8日前办结 · 今天到期', tone: 'soon' });
    expect(deadlineText({ ...c, urgency: 'overdue', workingDaysLeft: -1 }).tone).toBe('late');
  });

  it('explains a stopped clock and a closed case', () => {
    expect(deadlineText({ ...c, status: 'supplement-requested', urgency: 'stopped', workingDaysLeft: 2 }).zh).toBe('补正期间暂停计时，补齐材料后继续计算，尚余 2 个工作日');
    expect(deadlineText({ ...c, status: 'withdrawn', urgency: 'closed', workingDaysLeft: null }).zh).toBe('已撤回，不再计时');
    expect(deadlineText({ ...c, status: 'approved', urgency: 'closed', workingDaysLeft: null }).zh).toContain('已办结');
  });

  it('writes days short in both languages', () => {
    expect(shortDay('2026-01-05')).toEqual({ zh: '1月5日', en: '5 Jan' });
  });
});

describe('timeline and path', () => {
  it('names events by type, falling back to the status they led to', () => {
    expect(eventLabel({ at: '', type: 'received', toStatus: 'received', note: '' }).zh).toBe('窗口受理');
    expect(eventLabel({ at: '', type: 'something-new', toStatus: 'approved', note: '' }).zh).toBe('准予许可');
  });
  it('tells a visitor with a ready result where it goes next, and names other statuses plainly', () => {
    expect(statusLine('result-ready', 'pickup').zh).toBe('结果已出，请到综合出件窗口领取');
    expect(statusLine('result-ready', 'mail').zh).toBe('结果已出，等待邮寄');
    expect(statusLine('in-review', 'pickup').zh).toBe('审查中');
  });
  it('reads the token from /c/<token> only', () => {
    expect(caseTokenFromPath('/c/abc_DEF-1')).toBe('abc_DEF-1');
    expect(caseTokenFromPath('/c/')).toBeNull();
  });
});
