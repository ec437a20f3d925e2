import { describe, expect, it } from 'vitest';
import { isWithinHours, serviceDayOf } from './time.js';

describe('service day', () => {
  it('follows the hall time zone across midnight, not UTC', () => {
    // 2026-11-29 15:59:59Z is 23:59:59 in Shanghai; one second later is the next service day there.
    const before = Date.UTC(2026, 10, 29, 15, 59, 59);
    expect(serviceDayOf(before, 'Asia/Shanghai')).toBe('2026-11-29');
    expect(serviceDayOf(before + 1000, 'Asia/Shanghai')).toBe('2026-11-30');
    // Same instant, a hall in another zone is still on the 29th.
    expect(serviceDayOf(before + 1000, 'Europe/Berlin')).toBe('2026-11-29');
  });

  it('opens and closes by the hall\'s wall clock', () => {
    const at = Date.UTC(2026, 10, 29, 0, 30); // 08:30 in Shanghai
    expect(isWithinHours(at, 'Asia/Shanghai', '09:00', '17:00')).toBe(false);
    expect(isWithinHours(at + 30 * 60000, 'Asia/Shanghai', '09:00', '17:00')).toBe(true);
    expect(isWithinHours(Date.UTC(2026, 10, 29, 15, 59), 'Asia/Shanghai', '00:00', '24:00')).toBe(true);
  });
});
