import { describe, expect, it } from 'vitest';
import { hallClockParts, hallDate, hallDateTime, hallTime, hallTimeWithSeconds } from './hall-time.js';

describe('hall time', () => {
  // 2026-11-29 23:30:05Z: already Monday the 30th, 07:30:05, in Shanghai.
  const at = Date.parse('2026-11-29T23:30:05Z');

  it('reads the date and time in the hall\'s zone, not the machine\'s or UTC', () => {
    expect(hallDate(at, 'Asia/Shanghai')).toBe('2026-11-30');
    expect(hallTime(at, 'Asia/Shanghai')).toBe('07:30');
    expect(hallTimeWithSeconds(at, 'Asia/Shanghai')).toBe('07:30:05');
    expect(hallDateTime(at, 'Asia/Shanghai')).toBe('2026-11-30 07:30');
    expect(hallDateTime(at, 'UTC')).toBe('2026-11-29 23:30');
    expect(hallDate(at, 'America/New_York')).toBe('2026-11-29');
  });

  it('writes midnight as 00, never 24, and pads every field', () => {
    const midnight = Date.parse('2026-01-04T16:00:00Z'); // 00:00 on 5 January in Shanghai
    expect(hallTimeWithSeconds(midnight, 'Asia/Shanghai')).toBe('00:00:00');
    expect(hallDate(midnight, 'Asia/Shanghai')).toBe('2026-01-05');
  });

  it('gives the weekday with Sunday as 0', () => {
    expect(hallClockParts(at, 'Asia/Shanghai').weekday).toBe(1);
    expect(hallClockParts(at, 'UTC').weekday).toBe(0);
  });

  it('refuses a zone that does not exist rather than guess one', () => {
    expect(() => hallDate(at, 'Nowhere/Land')).toThrow(RangeError);
  });
});
