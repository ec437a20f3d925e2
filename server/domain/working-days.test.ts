import { describe, expect, it } from 'vitest';
import calendarFile from '../db/seed-data/calendar-cn.json' with { type: 'json' };
import { workingDaysInYear } from './calendar-year.js';
import { addWorkingDays, calendarOf, isWorkingDay, workingDayOnOrAfter, workingDaysBetween, type DayKind } from './working-days.js';

const kindOf = (k: string): DayKind => {
  if (k === 'holiday' || k === 'workday') return k;
  throw new Error(`bad kind ${k}`);
};
/** The calendar every hall is seeded with: the official 2026 arrangement, 2027's statutory days. */
const seeded = calendarOf(calendarFile.years.flatMap((y) => y.days.map((d) => ({ day: d.day, kind: kindOf(d.kind) }))));
const plain = calendarOf([]);

describe('working days over weekends alone', () => {
  it('skips Saturday and Sunday', () => {
    expect(addWorkingDays(plain, '2026-03-06', 1)).toBe('2026-03-09'); // Fri → Mon
    expect(addWorkingDays(plain, '2026-03-07', 1)).toBe('2026-03-09'); // Sat → Mon
    expect(addWorkingDays(plain, '2026-03-09', 4)).toBe('2026-03-13');
  });

  it('a promise of 5 working days made on a Friday falls due the next Friday', () => {
    expect(addWorkingDays(plain, '2026-03-06', 5)).toBe('2026-03-13');
    expect(addWorkingDays(seeded, '2026-03-06', 5)).toBe('2026-03-13');
  });

  it('n = 0 is the day itself, worked or not; a negative or fractional n is refused', () => {
    expect(addWorkingDays(seeded, '2026-03-06', 0)).toBe('2026-03-06');
    expect(addWorkingDays(seeded, '2026-10-01', 0)).toBe('2026-10-01');
    expect(() => addWorkingDays(seeded, '2026-03-06', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(seeded, '2026-03-06', 1.5)).toThrow(RangeError);
  });

  it('crosses month ends and a leap day', () => {
    expect(addWorkingDays(plain, '2026-03-31', 1)).toBe('2026-04-01');
    expect(addWorkingDays(plain, '2028-02-28', 1)).toBe('2028-02-29');
    expect(addWorkingDays(plain, '2028-02-29', 1)).toBe('2028-03-01');
  });
});

describe('working days over the seeded calendar', () => {
  it('public holidays are off and make-up days (调休) are worked', () => {
    expect(isWorkingDay(seeded, '2026-10-01')).toBe(false); // Thursday, 国庆节
    expect(isWorkingDay(seeded, '2026-10-10')).toBe(true); // Saturday, 国庆节调休上班
    expect(isWorkingDay(seeded, '2026-10-11')).toBe(false); // an ordinary Sunday
    expect(isWorkingDay(seeded, '2026-01-04')).toBe(true); // Sunday, 元旦调休上班
    expect(addWorkingDays(seeded, '2026-04-03', 1)).toBe('2026-04-07'); // 清明: Monday 4/6 off
  });

  it('National Day week: 2026-09-30 + 5 working days is 2026-10-13, because Saturday 10/10 is worked', () => {
    expect(addWorkingDays(seeded, '2026-09-30', 5)).toBe('2026-10-13');
    expect(addWorkingDays(plain, '2026-09-30', 5)).toBe('2026-10-07');
  });

  it('Spring Festival: the Saturday before is worked, then nothing until the 24th', () => {
    expect(addWorkingDays(seeded, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(seeded, '2026-02-13', 2)).toBe('2026-02-24');
    expect(workingDayOnOrAfter(seeded, '2026-02-16')).toBe('2026-02-24');
  });

  it('across the year end: 2026-12-31 + 1 working day is 2027-01-04 (元旦 on Friday, then a weekend)', () => {
    expect(addWorkingDays(seeded, '2026-12-31', 1)).toBe('2027-01-04');
    expect(addWorkingDays(plain, '2026-12-31', 1)).toBe('2027-01-01');
    expect(addWorkingDays(seeded, '2025-12-31', 1)).toBe('2026-01-04'); // 1/1–1/2 off, Saturday 1/3 off, Sunday 1/4 worked
  });

  it('the working days of each seeded year', () => {
    expect(workingDaysInYear(plain, 2026)).toBe(261);
    expect(workingDaysInYear(seeded, 2026)).toBe(261 - 19 + 6);
    expect(workingDaysInYear(seeded, 2027)).toBe(261 - 7);
  });
});

describe('working days between two days', () => {
  it('is zero for the same day and negative backwards', () => {
    expect(workingDaysBetween(seeded, '2026-10-01', '2026-10-01')).toBe(0);
    expect(workingDaysBetween(seeded, '2026-09-30', '2026-10-13')).toBe(5);
    expect(workingDaysBetween(seeded, '2026-10-13', '2026-09-30')).toBe(-5);
    // Only days off in between: no working day passes.
    expect(workingDaysBetween(seeded, '2026-10-01', '2026-10-07')).toBe(0);
    expect(workingDaysBetween(seeded, '2026-12-31', '2027-01-04')).toBe(1);
  });

  it('undoes addWorkingDays', () => {
    for (const day of ['2026-01-01', '2026-02-13', '2026-09-30', '2026-12-31']) {
      for (const n of [1, 3, 10, 30]) expect(workingDaysBetween(seeded, day, addWorkingDays(seeded, day, n))).toBe(n);
    }
  });
});

describe('dates that do not exist', () => {
  for (const bad of ['2026-02-30', '2026-13-01', '2027-02-29', '2026-1-01', '20260101', '']) {
    it(`refuses "${bad}"`, () => {
      expect(() => addWorkingDays(seeded, bad, 1)).toThrow(RangeError);
      expect(() => workingDaysBetween(seeded, bad, '2026-03-01')).toThrow(RangeError);
      expect(() => isWorkingDay(seeded, bad)).toThrow(RangeError);
    });
  }
});
