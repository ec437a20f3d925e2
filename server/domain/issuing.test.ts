import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { authoriseIssue, type Issuer } from './issuing.js';

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

  it('refuses every appointment claim until bookings exist, whoever asks', () => {
    for (const issuer of [anonymous, kiosk, clerk]) {
      expect(refusal(() => authoriseIssue(issuer, { appointmentCode: 'X1' }, 'open'))).toBe('appointment-not-found');
      expect(refusal(() => authoriseIssue(issuer, { source: 'appointment' }, 'open'))).toBe('appointment-not-found');
    }
  });

  it('records the source from who asked, not from what they claim', () => {
    expect(refusal(() => authoriseIssue(anonymous, { source: 'counter' }, 'open'))).toBe('device-required');
    expect(authoriseIssue(kiosk, { source: 'phone' }, 'open')).toBe('kiosk');
  });
});
