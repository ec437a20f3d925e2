import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal.js';
import { assertRateable, checkedRating, ratingDeadline, satisfaction } from './rating.js';
import { calendarOf } from './working-days.js';

const codeOf = refusalOf;

describe('rating rules', () => {
  it('is open until the end of the next working day, across a weekend and a holiday', () => {
    expect(ratingDeadline(calendarOf([]), '2026-12-04', 1)).toBe('2026-12-07'); // Fri → Mon
    expect(ratingDeadline(calendarOf([{ day: '2026-12-07', kind: 'holiday' }]), '2026-12-04', 1)).toBe('2026-12-08');
  });
  it('once per service, and not after the deadline', () => {
    expect(codeOf(() => assertRateable('2026-12-07', '2026-12-07', false))).toBeNull();
    expect(codeOf(() => assertRateable('2026-12-07', '2026-12-07', true))).toBe('already-rated');
    expect(codeOf(() => assertRateable('2026-12-08', '2026-12-07', false))).toBe('rating-closed');
  });
  it('levels 1–5 only; reasons for the two bad levels only', () => {
    expect(checkedRating({ level: 2, reasons: ['slow', 'slow', 'attitude'] })).toEqual({ level: 2, reasons: ['slow', 'attitude'], text: '' });
    expect(codeOf(() => checkedRating({ level: 6 }))).toBe('validation-failed');
    expect(codeOf(() => checkedRating({ level: 4, reasons: ['slow'] }))).toBe('validation-failed');
  });
  it('not rated is not satisfied: the rate is over the rated, with the rated share beside it', () => {
    expect(satisfaction([5, 4, 1], 10)).toEqual({ rated: 3, ratedShare: 0.3, satisfactionRate: 2 / 3 });
    expect(satisfaction([], 10)).toEqual({ rated: 0, ratedShare: 0, satisfactionRate: null });
  });
});
