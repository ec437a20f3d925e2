import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { authoriseIssue, checkIssuingNow, issuingUntilOf, type Issuer } from './issuing.js';

const anonymous: Issuer = { kind: 'anonymous' };
const kiosk: Issuer = { kind: 'device', deviceId: 'K01' };
const clerk: Issuer = { kind: 'staff', userId: 3 };

function refusal(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.code : 'thrown';
  }
}

describe('who may issue what', () => {
  it('lets anyone take a plain ticket while the hall allows it', () => {
    expect(authoriseIssue(anonymous, {}, 'open')).toBe('phone');
    expect(authoriseIssue(anonymous, { source: 'kiosk' }, 'open')).toBe('kiosk');
    expect(refusal(() => authoriseIssue(anonymous, {}, 'devices-only'))).toBe('anonymous-tickets-off');
    expect(authoriseIssue(kiosk, {}, 'devices-only')).toBe('kiosk');
  });

  it('keeps the green channel to paired kiosks and staff', () => {
    expect(refusal(() => authoriseIssue(anonymous, { priority: 'elderly' }, 'open'))).toBe('device-required');
    expect(authoriseIssue(kiosk, { priority: 'elderly' }, 'open')).toBe('kiosk');
    expect(authoriseIssue(clerk, { priority: 'disabled' }, 'open')).toBe('counter');
  });

  it('takes an appointment only with a booking code, and never with a green-channel reason', () => {
    for (const issuer of [anonymous, kiosk, clerk]) {
      expect(refusal(() => authoriseIssue(issuer, { source: 'appointment' }, 'open'))).toBe('appointment-not-found');
      expect(authoriseIssue(issuer, { appointmentCode: 'X1' }, 'open')).toBe('appointment');
    }
    expect(refusal(() => authoriseIssue(kiosk, { appointmentCode: 'X1', priority: 'elderly' }, 'open'))).toBe('validation-failed');
    expect(refusal(() => authoriseIssue(anonymous, { appointmentCode: 'X1' }, 'devices-only'))).toBe('anonymous-tickets-off');
  });

  it('records the source from who asked, not from what they claim', () => {
    expect(refusal(() => authoriseIssue(anonymous, { source: 'counter' }, 'open'))).toBe('device-required');
    expect(authoriseIssue(kiosk, { source: 'phone' }, 'open')).toBe('kiosk');
  });
});

describe('when a queue issues tickets', () => {
  const hall = { opensAt: '09:00', closesAt: '17:00' };
  const own = { opensAt: '08:30', closesAt: '12:00', stopIssuingMin: 30 };
  const hallHours = { opensAt: null, closesAt: null, stopIssuingMin: 0 };
  const cases: [string, typeof own | typeof hallHours, string, string | null][] = [
    ['hall hours, before opening', hallHours, '08:59', 'outside-hours'],
    ['hall hours, at opening', hallHours, '09:00', null],
    ['hall hours, last minute', hallHours, '16:59', null],
    ['hall hours, at closing', hallHours, '17:00', 'outside-hours'],
    ['own hours open before the hall', own, '08:30', null],
    ['own hours, inside the stop margin', own, '11:30', 'outside-hours'],
    ['own hours, just before the margin', own, '11:29', null],
    ['own hours, afternoon when the hall is open', own, '14:00', 'outside-hours'],
    ['hall close with a margin', { opensAt: null, closesAt: null, stopIssuingMin: 60 }, '16:00', 'outside-hours'],
    ['hall close with a margin, before it', { opensAt: null, closesAt: null, stopIssuingMin: 60 }, '15:59', null],
  ];
  for (const [name, queue, at, expected] of cases) {
    it(name, () => expect(refusal(() => checkIssuingNow(at, queue, hall, 'city'))).toBe(expected));
  }

  it('sends district matters to the district halls, whatever the time', () => {
    expect(refusal(() => checkIssuingNow('10:00', hallHours, hall, 'district'))).toBe('matter-elsewhere');
    expect(refusal(() => checkIssuingNow('10:00', hallHours, hall, null))).toBe(null);
  });

  it('names when tickets stop today only when it differs from the hall', () => {
    expect(issuingUntilOf(hallHours, hall)).toBe(null);
    expect(issuingUntilOf(own, hall)).toBe('11:30');
    expect(issuingUntilOf({ opensAt: null, closesAt: null, stopIssuingMin: 45 }, hall)).toBe('16:15');
  });

  it('says when issuing stopped and resumes', () => {
    expect(() => checkIssuingNow('11:40', own, hall, 'city')).toThrow(/stopped issuing at 11:30.*resume at 08:30/);
  });
});
