import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { refusalOf } from './refusal.js';
import {
  blockedUntil, checkBookable, checkCancellable, checkCheckIn, checkMayBook, DEFAULT_APPOINTMENT_RULES as R, isMissed, rulesOf, slotCapacities,
} from './appointments.js';

const MIN = 60_000;
const codeOf = refusalOf;

describe('slot capacity from the roster', () => {
  it('is the planned windows\' visitors per half hour times the share, rounded down; shared windows split their time', () => {
    // Window A serves market alone 08:30–12:00; window B serves market and tax 09:00–10:00.
    const windows = [
      { queueIds: ['market'], spans: [['08:30', '12:00']] as [string, string][] },
      { queueIds: ['market', 'tax'], spans: [['09:00', '10:00']] as [string, string][] },
      { queueIds: ['tax'], spans: [['08:00', '17:00']] as [string, string][] },
    ];
    // 10-minute services, share 0.5: A alone gives 1.5 bookable visitors a half hour, A with half
    // of B 2.25; carried through the day: 1.5, 3.75, 6, 7.5, 9, 10.5, 12 → 1, 2, 3, 1, 2, 1, 2.
    expect(slotCapacities('market', windows, 10, 0.5)).toEqual([
      { start: '08:30', capacity: 1 }, { start: '09:00', capacity: 2 }, { start: '09:30', capacity: 3 },
      { start: '10:00', capacity: 1 }, { start: '10:30', capacity: 2 }, { start: '11:00', capacity: 1 }, { start: '11:30', capacity: 2 },
    ]);
  });

  it('offers nothing on a day without plan, for a queue no window serves, or with no share', () => {
    expect(slotCapacities('market', [{ queueIds: ['market'], spans: [] }], 10, 0.3)).toEqual([]);
    expect(slotCapacities('legal', [{ queueIds: ['market'], spans: [['09:00', '12:00']] }], 10, 0.3)).toEqual([]);
    expect(slotCapacities('market', [{ queueIds: ['market'], spans: [['09:00', '12:00']] }], 10, 0)).toEqual([]);
  });

  it('gives a quiet queue a few places through the day instead of none', () => {
    // 20-minute services on a window shared by four queues, share 0.3: 0.1125 a half hour, so
    // one place every nine half hours (08:30 … 17:30 is 18 half hours → 2 places).
    const shared = [{ queueIds: ['legal', 'a', 'b', 'c'], spans: [['08:30', '17:30']] as [string, string][] }];
    expect(slotCapacities('legal', shared, 20, 0.3)).toEqual([{ start: '12:30', capacity: 1 }, { start: '17:00', capacity: 1 }]);
    expect(slotCapacities('market', [{ queueIds: ['market'], spans: [['09:00', '09:20']] }], 10, 0.3)).toEqual([]);
  });
});

describe('booking rules', () => {
  const now = Date.UTC(2026, 10, 30, 1, 0);
  it('closes a slot at its cut-off and opens days only so far ahead', () => {
    expect(codeOf(() => checkBookable(now + 31 * MIN, '2026-11-30', '2026-11-30', now, R))).toBeNull();
    expect(codeOf(() => checkBookable(now + 29 * MIN, '2026-11-30', '2026-11-30', now, R))).toBe('slot-unavailable');
    expect(codeOf(() => checkBookable(now + 7 * 1440 * MIN, '2026-12-07', '2026-11-30', now, R))).toBeNull();
    expect(codeOf(() => checkBookable(now + 8 * 1440 * MIN, '2026-12-08', '2026-11-30', now, R))).toBe('slot-unavailable');
    expect(codeOf(() => checkBookable(now + 1440 * MIN, '2026-12-01', '2026-11-30', now, { ...R, enabled: false }))).toBe('appointments-off');
  });

  it('refuses a blocked number first, then a second booking of the matter that day, then one over the limit', () => {
    const ok = { active: R.perPhone - 1, sameMatterSameDay: false, missedDays: [] };
    expect(codeOf(() => checkMayBook(ok, '2026-11-30', R))).toBeNull();
    expect(codeOf(() => checkMayBook({ ...ok, active: R.perPhone }, '2026-11-30', R))).toBe('booking-limit');
    expect(codeOf(() => checkMayBook({ ...ok, sameMatterSameDay: true }, '2026-11-30', R))).toBe('booking-duplicate');
    expect(codeOf(() => checkMayBook({ ...ok, missedDays: ['2026-11-10', '2026-11-20', '2026-11-27'] }, '2026-11-30', R))).toBe('phone-blocked');
  });

  it('blocks after missLimit misses within 30 days, for blockDays after the last', () => {
    const rules = { ...R, missLimit: 2, blockDays: 5 };
    expect(blockedUntil(['2026-11-20'], '2026-11-30', rules)).toBeNull();
    expect(blockedUntil(['2026-11-20', '2026-11-27'], '2026-11-30', rules)).toBe('2026-12-02');
    expect(blockedUntil(['2026-11-20', '2026-11-27'], '2026-12-02', rules)).toBe('2026-12-02');
    expect(blockedUntil(['2026-11-20', '2026-11-27'], '2026-12-03', rules)).toBeNull();
    // A miss older than 30 days no longer counts.
    expect(blockedUntil(['2026-10-20', '2026-11-29'], '2026-11-30', rules)).toBeNull();
    expect(blockedUntil(['2026-11-20', '2026-11-27'], '2026-11-30', { ...rules, missLimit: 0 })).toBeNull();
  });

  it('calls a booking missed once its check-in closed without it', () => {
    const slot = now;
    expect(isMissed('booked', slot, slot + R.checkInLateMin * MIN, R)).toBe(false);
    expect(isMissed('booked', slot, slot + R.checkInLateMin * MIN + 1, R)).toBe(true);
    expect(isMissed('checked-in', slot, slot + 1440 * MIN, R)).toBe(false);
    expect(isMissed('cancelled', slot, slot + 1440 * MIN, R)).toBe(false);
  });

  it('cancels until the cut-off, once', () => {
    const slot = now + 2 * 60 * MIN;
    expect(codeOf(() => checkCancellable('booked', slot, slot - R.cancelCutoffMin * MIN, R))).toBeNull();
    expect(codeOf(() => checkCancellable('booked', slot, slot - R.cancelCutoffMin * MIN + 1, R))).toBe('cancel-too-late');
    expect(codeOf(() => checkCancellable('cancelled', slot, now, R))).toBe('booking-not-active');
    expect(codeOf(() => checkCancellable('checked-in', slot, now, R))).toBe('booking-not-active');
  });
});

describe('check-in', () => {
  const slot = Date.UTC(2026, 10, 30, 2, 0);
  const at = (minutes: number) => codeOf(() => checkCheckIn('booked', slot, slot + minutes * MIN, R, '09:30'));
  it('opens checkInEarlyMin before the slot and closes checkInLateMin after it started', () => {
    expect(at(-R.checkInEarlyMin - 1)).toBe('appointment-too-early');
    expect(at(-R.checkInEarlyMin)).toBeNull();
    expect(at(0)).toBeNull();
    expect(at(R.checkInLateMin)).toBeNull();
    expect(at(R.checkInLateMin + 1)).toBe('appointment-too-late');
  });

  it('says when to come back, and checks a code in once', () => {
    try {
      checkCheckIn('booked', slot, slot - 45 * MIN, R, '09:30');
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).message).toContain('09:30');
    }
    expect(codeOf(() => checkCheckIn('checked-in', slot, slot, R, '09:30'))).toBe('appointment-used');
    expect(codeOf(() => checkCheckIn('cancelled', slot, slot, R, '09:30'))).toBe('appointment-cancelled');
  });

  it('keeps stored rules within range and fills what is missing', () => {
    expect(rulesOf(null)).toEqual(R);
    expect(rulesOf({ share: 3, capEvery: 0 })).toMatchObject({ share: 1, capEvery: 1, daysAhead: R.daysAhead });
  });
});
