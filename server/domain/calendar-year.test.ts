import { describe, expect, it } from 'vitest';
import { entryProblem, yearProblems, type CalendarEntry } from './calendar-year.js';

const h = (day: string, name = '节'): CalendarEntry => ({ day, kind: 'holiday', name });
const w = (day: string, name = '调休'): CalendarEntry => ({ day, kind: 'workday', name });

describe('what a year of the calendar may hold', () => {
  it('takes holidays on weekdays and make-up days on weekends', () => {
    expect(yearProblems(2026, [h('2026-10-01'), w('2026-10-10'), w('2026-09-20')])).toEqual([]);
    expect(yearProblems(2026, [])).toEqual([]);
  });

  it('refuses a holiday on a weekend and a make-up day on a weekday, saying why', () => {
    expect(entryProblem(2026, h('2026-10-03'))).toMatch(/Saturday.*周六/);
    expect(entryProblem(2026, h('2026-10-04'))).toMatch(/Sunday.*周日/);
    expect(entryProblem(2026, w('2026-10-09'))).toMatch(/weekday/);
  });

  it('refuses impossible dates, days of another year, unknown kinds, long names and repeats', () => {
    expect(entryProblem(2026, h('2026-02-30'))).toMatch(/no such date/);
    expect(entryProblem(2026, h('2027-01-01'))).toMatch(/not in 2026/);
    expect(entryProblem(2026, { day: '2026-10-01', kind: 'off' as unknown as 'holiday', name: '' })).toMatch(/kind/);
    expect(entryProblem(2026, h('2026-10-01', '节'.repeat(41)))).toMatch(/40/);
    expect(entryProblem(2026, h('2026-10-01', '节'.repeat(40)))).toBeNull();
    expect(yearProblems(2026, [h('2026-10-01'), w('2026-10-10'), h('2026-10-01', '又')])).toEqual(['2026-10-01: listed twice · 重复']);
  });
});
