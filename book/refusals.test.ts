/** Every refusal the booking page can meet gets its own sentence, with the server's detail carried over. */
import { describe, expect, it } from 'vitest';
import { refusalText } from './refusals.js';

describe('refusal sentences', () => {
  it('a blocked number is told the day it may book again', () => {
    const r = { code: 'phone-blocked', message: 'this phone number missed 3 bookings within 30 days: it may book again after 2026-12-28' } as const;
    expect(refusalText(r, 'zh')).toContain('2026-12-28 之后可再预约');
    expect(refusalText(r, 'en')).toContain('after 2026-12-28');
  });

  it('a code asked too soon says how long to wait; too many in the hour says later', () => {
    expect(refusalText({ code: 'phone-code-too-soon', message: 'wait 42 s before asking for another code' }, 'zh')).toContain('42 秒后');
    expect(refusalText({ code: 'phone-code-too-soon', message: 'at most 5 codes an hour: try again later' }, 'zh')).toContain('一小时内');
  });

  it('limits carry their number', () => {
    expect(refusalText({ code: 'booking-limit', message: 'a phone number may hold 3 bookings at once' }, 'zh')).toContain('最多同时保留 3 个预约');
    expect(refusalText({ code: 'remote-ticket-limit', message: 'a phone number may take 2 tickets a day from the phone' }, 'en')).toContain('2 tickets a day');
  });

  it('each booking refusal has its own sentence, never the fallback', () => {
    const fallback = refusalText({ code: 'internal', message: '' }, 'zh');
    const codes = ['slot-full', 'slot-unavailable', 'booking-duplicate', 'phone-code-invalid', 'phone-invalid', 'appointments-off', 'remote-tickets-off',
      'outside-hours', 'cancel-too-late', 'booking-not-active', 'network'] as const;
    const sentences = codes.map((code) => refusalText({ code, message: '' }, 'zh'));
    expect(sentences).not.toContain(fallback);
    expect(new Set(sentences).size).toBe(codes.length);
  });
});
