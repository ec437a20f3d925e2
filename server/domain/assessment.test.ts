import { describe, expect, it } from 'vitest';
import { attendanceScore, attitudeScore, DEFAULT_WEIGHTS, proficiencyScore, publicScore, totalScore } from './assessment.js';

describe('assessment parts', () => {
  it('attendance counts pauses against the time signed in, meals excepted', () => {
    expect(attendanceScore({ signedInMin: 400, pausedMin: { meal: 60, meeting: 40 } })).toBe(90);
    expect(attendanceScore({ signedInMin: 0, pausedMin: {} })).toBeNull();
  });
  it('proficiency is half speed against the norm, half the one-time success rate', () => {
    const f = { served: 10, meanServiceMin: 15, normMin: 10, oneTimeNotices: 1, refusals: 1, transfers: 0, substantive: 8, acceptedOrDone: 6 };
    expect(proficiencyScore(f)).toBe(Math.round(50 * (10 / 15) + 50 * 0.75));
    expect(proficiencyScore({ ...f, meanServiceMin: 5 })).toBe(Math.round(50 + 37.5));
    expect(proficiencyScore({ ...f, served: 0 })).toBeNull();
  });
  it('founded follow-ups and complaints cost points; unrated is no public score', () => {
    expect(attitudeScore({ foundedRectifications: 1, complaints: 1 }, 5)).toBe(60);
    expect(publicScore({ rated: 0, satisfied: 0 })).toBeNull();
    expect(publicScore({ rated: 4, satisfied: 3 })).toBe(75);
  });
  it('the total weights only the parts that have a score', () => {
    expect(totalScore({ attendance: 90, proficiency: 80, attitude: null, department: null, public: null }, DEFAULT_WEIGHTS))
      .toBe(Math.round(((90 * 20 + 80 * 25) / 45) * 10) / 10);
    expect(totalScore({ attendance: null, proficiency: null, attitude: null, department: null, public: null }, DEFAULT_WEIGHTS)).toBeNull();
  });
});
